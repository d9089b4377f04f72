using System.Text.Json;
using NegotiationModel.Actors;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Kinds;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Utility;

namespace NegotiationModel.Timelines;

/// <summary>Short texts for people naming the entities of one record in a preferred language.</summary>
internal sealed class EntityLabels(NegotiationRecord record, string language)
{
    /// <summary>Returns an enum value as JSON writes it: <c>TookPlace</c> is <c>took-place</c>.</summary>
    public static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Serialization.KebabCaseEnumConverter<TEnum>.NameOf(value);

    /// <summary>Returns an enum value as words: <c>TookPlace</c> is <c>took place</c>.</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => JsonName(value).Replace('-', ' ');

    /// <summary>Returns the label of the entity a reference points at, or the reference's text when the record holds no such entity.</summary>
    public string Of(EntityReference reference)
        => record.Find(reference) is { } entity ? Of(entity) : reference.ToString();

    /// <summary>Returns an actor's preferred name, or its identifier when the record holds no such actor.</summary>
    public string Of(ActorId actor)
        => record.Find(actor) is { } found ? found.PreferredName(language).Text : actor.ToString();

    /// <summary>
    /// Returns the label of an entity: a provision's or guarantee's number and title (<c>point 2: Ceasefire</c>); a
    /// sentence for the kinds that are relations (a claim, a control observation, a position, a guarantee without a
    /// heading), else its name or title in the language as the entity kinds' table labels it
    /// (<see cref="FoundByNameAttribute"/>), else a short description, else its reference.
    /// </summary>
    public string Of(IRecordEntity entity) => entity switch
    {
        Actor actor => actor.PreferredName(language).Text,
        Source source => Text(source.Title) ?? source.Id.ToString(),
        Statement statement => Text(statement.Text)!,
        Provision provision => Headings.Of(provision.Number, Text(provision.Title)) ?? Text(provision.Summary) ?? $"{provision.Id} ({Words(provision.Category)})",
        AgendaItem item => Headings.Of(item.Number, Text(item.Title))!,
        Guarantee guarantee => Headings.Of(guarantee.Number, Text(guarantee.Title)) ?? $"{Words(guarantee.Kind)} guarantee {guarantee.Id}",
        TerritorialClaim claim => $"{Of(claim.Claimant)} claims {(claim.Extent == ClaimExtent.Whole ? string.Empty : "part of ")}{Of(EntityReference.To(claim.Territory))}",
        ControlObservation observation => Control(observation),
        Position position => $"{Of(position.Holder)} {StanceWords(position.Stance)} {Of(position.Subject)}",
        _ => Labelled(entity),
    };

    /// <summary>Returns a phase's number and title in the language, such as <c>Phase 0: Ceasefire</c>, or its title alone.</summary>
    public string Of(Phase phase) => Headings.Of(phase.Number, Text(phase.Title))!;

    /// <summary>
    /// Returns who made a status change and through what, as words to follow its status: <c> by Congress of Colombia
    /// (through Plebiscite on the final agreement)</c>; empty when the change names neither.
    /// </summary>
    public string MadeBy<TStatus>(StatusChange<TStatus> change)
        where TStatus : struct, Enum
    {
        var by = change.Actors.IsEmpty ? string.Empty : $" by {string.Join(", ", change.Actors.Select(Of))}";
        return change.Cause is { } cause ? $"{by} (through {Of(cause)})" : by;
    }

    /// <summary>Returns the text in the language (or a regional variant of it), else the first text; <see langword="null"/> when there is none.</summary>
    public string? Text(ValueList<LocalizedText> texts)
    {
        if (texts.IsEmpty)
        {
            return null;
        }

        foreach (var text in texts)
        {
            if (Matches(text.Language))
            {
                return text.Text;
            }
        }

        return texts[0].Text;
    }

    private static string StanceWords(Stance stance) => stance switch
    {
        Positions.Stance.Conditional => "conditionally supports",
        Positions.Stance.Ambiguous => "is ambiguous on",
        Positions.Stance.Undecided => "is undecided on",
        _ => Words(stance),
    };

    private string Control(ControlObservation observation)
    {
        var territory = Of(EntityReference.To(observation.Territory));
        var controller = Of(observation.Controller);
        return observation.Extent switch
        {
            ControlExtent.Contested => $"{controller} contests control of {territory}",
            ControlExtent.Full => $"{controller} controls all of {territory}",
            _ => $"{controller} controls {Words(observation.Extent)} of {territory}",
        };
    }

    private string Labelled(IRecordEntity entity)
    {
        var kind = EntityKinds.Of(entity);
        var names = kind.LabelNamesOf(entity);
        return !names.IsEmpty ? Name(names) : Text(kind.LabelTextsOf(entity)) ?? entity.Reference.ToString();
    }

    private string Name(ValueList<LocalizedName> names)
        => (names.FirstOrDefault(n => n.Kind == NameKind.Primary && Matches(n.Language))
            ?? names.FirstOrDefault(n => Matches(n.Language))
            ?? names.FirstOrDefault(n => n.Kind == NameKind.Primary)
            ?? names[0]).Text;

    private bool Matches(string tag)
        => tag.Equals(language, StringComparison.OrdinalIgnoreCase)
            || (tag.Length > language.Length && tag[language.Length] == '-' && tag.StartsWith(language, StringComparison.OrdinalIgnoreCase));
}
