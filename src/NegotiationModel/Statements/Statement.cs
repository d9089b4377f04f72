using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Utility;

namespace NegotiationModel.Statements;

/// <summary>Something one or more actors said or wrote, as a source reports it.</summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Statement : IRecordEntity
{
    /// <summary>Initializes a new statement.</summary>
    /// <param name="id">The statement's identifier in the record; not the default value.</param>
    /// <param name="speakers">Who made the statement, at least one actor.</param>
    /// <param name="text">The statement's wording: the original and any translations, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, or a collection is empty.</exception>
    public Statement(StatementId id, ValueList<ActorId> speakers, ValueList<LocalizedText> text)
    {
        Id = id;
        Speakers = speakers;
        Text = text;
    }

    /// <summary>Gets the statement's identifier in the record.</summary>
    public StatementId Id { get; init => field = Guard.Against.Default(value, nameof(Id)); }

    /// <summary>Gets who made the statement.</summary>
    public ValueList<ActorId> Speakers { get; init => field = Guard.Against.EmptyList(value, nameof(Speakers), "A statement needs at least one speaker."); }

    /// <summary>Gets the statement's wording: the original and any translations.</summary>
    public ValueList<LocalizedText> Text { get; init => field = Guard.Against.EmptyList(value, nameof(Text), "A statement needs its text in at least one language."); }

    /// <inheritdoc />
    public ValueList<Citation> Citations { get; init; }

    /// <inheritdoc />
    public ValueList<ExternalIdentifier> Identifiers { get; init; }

    /// <inheritdoc />
    public string? Notes { get; init; }

    /// <inheritdoc />
    EntityReference IRecordEntity.Reference => EntityReference.To(Id);

    /// <summary>Returns the identifier and the first text, such as <c>trump-thorny-issues: [en] One or two…</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id}: {Text[0]}";
}
