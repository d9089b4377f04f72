using System.Text;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Territories;

namespace NegotiationModel.Interop.Popolo;

/// <summary>
/// The words of Popolo's free-text fields this mapping understands, both ways: one table each, read by the
/// importer (case-insensitive) and written by the exporter (the first word for a value), so the two cannot disagree.
/// </summary>
internal static class PopoloVocabulary
{
    /// <summary>Combined-form list names and the class each holds, in the order the exporter writes them.</summary>
    public static readonly (string List, PopoloClass Class)[] Lists =
    [
        ("persons", PopoloClass.Person),
        ("organizations", PopoloClass.Organization),
        ("memberships", PopoloClass.Membership),
        ("areas", PopoloClass.Area),
        ("events", PopoloClass.Event),
        ("speeches", PopoloClass.Speech),
        ("posts", PopoloClass.Post),
    ];

    /// <summary>Lists of the combined form that the model has no kind for; their items are counted as not mapped.</summary>
    public static readonly string[] UnmappedLists = ["motions", "vote_events", "votes", "counts"];

    /// <summary>Organisation classifications: the kind of actor and, for organisations, which kind.</summary>
    public static readonly (string Word, ActorKind Kind, OrganisationKind? Organisation)[] Classifications =
    [
        ("party", ActorKind.Organisation, OrganisationKind.PoliticalParty),
        ("legislature", ActorKind.Organisation, OrganisationKind.Legislature),
        ("chamber", ActorKind.Organisation, OrganisationKind.Legislature),
        ("executive", ActorKind.Organisation, OrganisationKind.GovernmentBody),
        ("government", ActorKind.Organisation, OrganisationKind.GovernmentBody),
        ("court", ActorKind.Organisation, OrganisationKind.Court),
        ("electoral-authority", ActorKind.Organisation, OrganisationKind.ElectoralAuthority),
        ("company", ActorKind.Organisation, OrganisationKind.Company),
        ("corporation", ActorKind.Organisation, OrganisationKind.Company),
        ("ngo", ActorKind.Organisation, OrganisationKind.NonGovernmental),
        ("intergovernmental", ActorKind.Organisation, OrganisationKind.Intergovernmental),
        ("alliance", ActorKind.Organisation, OrganisationKind.Alliance),
        ("armed-forces", ActorKind.Organisation, OrganisationKind.ArmedForces),
        ("security-service", ActorKind.Organisation, OrganisationKind.SecurityService),
        ("un-body", ActorKind.Organisation, OrganisationKind.UnitedNationsBody),
        ("financial-institution", ActorKind.Organisation, OrganisationKind.InternationalFinancialInstitution),
        ("state", ActorKind.State, null),
        ("country", ActorKind.State, null),
        ("faction", ActorKind.Faction, null),
        ("armed-group", ActorKind.Faction, null),
        ("media", ActorKind.MediaOutlet, null),
        ("negotiating-format", ActorKind.NegotiatingFormat, null),
        ("organization", ActorKind.Organisation, null),
        ("other", ActorKind.Other, null),
    ];

    /// <summary>Area classifications and territory kinds.</summary>
    public static readonly (string Word, TerritoryKind Kind)[] AreaClassifications =
    [
        ("country", TerritoryKind.State),
        ("state", TerritoryKind.State),
        ("region", TerritoryKind.Region),
        ("province", TerritoryKind.Region),
        ("district", TerritoryKind.District),
        ("constituency", TerritoryKind.District),
        ("ward", TerritoryKind.District),
        ("city", TerritoryKind.City),
        ("area", TerritoryKind.Area),
        ("other", TerritoryKind.Other),
    ];

    /// <summary>Notes of <c>other_names</c> that say which kind of name it is (the exporter writes them so).</summary>
    public static readonly (string Word, NameKind Kind)[] NameNotes =
    [
        ("primary", NameKind.Primary),
        ("alias", NameKind.Alias),
        ("transliteration", NameKind.Transliteration),
        ("abbreviation", NameKind.Abbreviation),
        ("misspelling", NameKind.Misspelling),
    ];

    public static (ActorKind Kind, OrganisationKind? Organisation)? Classification(string word)
    {
        var normalized = word.Trim().Replace(' ', '-');
        foreach (var entry in Classifications)
        {
            if (string.Equals(entry.Word, normalized, StringComparison.OrdinalIgnoreCase))
            {
                return (entry.Kind, entry.Organisation);
            }
        }

        return null;
    }

    public static string ClassificationOf(ActorKind kind, OrganisationKind? organisation)
    {
        foreach (var entry in Classifications)
        {
            if (entry.Kind == kind && entry.Organisation == organisation)
            {
                return entry.Word;
            }
        }

        return kind == ActorKind.Organisation ? "organization" : "other";
    }

    /// <summary>An event classification: the name of an <see cref="EventKind"/> in any case, with or without hyphens.</summary>
    public static EventKind? EventKindOf(string word)
    {
        var squeezed = word.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<EventKind>(squeezed, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(squeezed, out _) ? kind : null;
    }

    /// <summary>The classification written for an event kind: its name in kebab case (<c>phone-call</c>).</summary>
    public static string EventWord(EventKind kind)
    {
        var name = kind.ToString();
        var word = new StringBuilder();
        foreach (var character in name)
        {
            if (char.IsUpper(character) && word.Length > 0)
            {
                word.Append('-');
            }

            word.Append(char.ToLowerInvariant(character));
        }

        return word.ToString();
    }

    public static TerritoryKind? AreaKind(string word) => Find(AreaClassifications, word);

    public static string AreaWord(TerritoryKind kind) => Word(AreaClassifications, kind);

    public static NameKind? NameKindOf(string note) => Find(NameNotes, note);

    public static string NameNote(NameKind kind) => Word(NameNotes, kind);

    private static TValue? Find<TValue>((string Word, TValue Value)[] table, string word)
        where TValue : struct
    {
        foreach (var (entryWord, value) in table)
        {
            if (string.Equals(entryWord, word.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    private static string Word<TValue>((string Word, TValue Value)[] table, TValue value)
    {
        foreach (var (word, entryValue) in table)
        {
            if (EqualityComparer<TValue>.Default.Equals(entryValue, value))
            {
                return word;
            }
        }

        return "other";
    }
}
