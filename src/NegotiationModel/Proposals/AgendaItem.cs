namespace NegotiationModel.Proposals;

/// <summary>
/// An item of an agreed agenda, such as point 1, "Comprehensive agricultural development policy", of the six points of the
/// General Agreement of 2012: its number and title, where it stands over time, and the agreements that settle it.
/// </summary>
/// <remarks>
/// <para>The item's order is its place in its agenda's <see cref="Agenda.Items"/>; <see cref="Number"/> is how the agenda
/// numbers it. Positions, status changes and statements refer to it as <c>agenda-item:ID</c>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that the proposals that settle it exist and that its
/// status history is in order and makes sense (<see cref="AgendaItemStatusTransitions"/>).</para>
/// </remarks>
public sealed record AgendaItem : RecordEntity<AgendaItemId>
{
    /// <summary>Initializes a new agenda item.</summary>
    /// <param name="id">The item's identifier in the record; not the default value.</param>
    /// <param name="title">The item's title in one or more languages, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="title"/> is empty.</exception>
    public AgendaItem(AgendaItemId id, ValueList<LocalizedText> title)
        : base(id)
    {
        Title = title;
    }

    /// <summary>Gets the item's number as the agenda gives it, with its word, such as "point 1" or "1.2".</summary>
    [FoundByName]
    public string? Number { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Number)); }

    /// <summary>Gets the item's title in one or more languages.</summary>
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init => field = Guard.Against.EmptyList(value, nameof(Title), "An agenda item needs a title in at least one language."); }

    /// <summary>Gets what the item covers, in one or more languages.</summary>
    public ValueList<LocalizedText> Summary { get; init; }

    /// <summary>Gets the topics the item addresses.</summary>
    public ValueList<TopicId> Topics { get; init; }

    /// <summary>Gets the proposals that settle the item: the partial agreement (or agreements) reached on it, such as the agreement on comprehensive rural reform of May 2013.</summary>
    public ValueList<ProposalId> SettledBy { get; init; }

    /// <summary>Gets the item's status history, oldest first.</summary>
    [Dates]
    public ValueList<StatusChange<AgendaItemStatus>> StatusHistory { get; init; }

    /// <summary>Returns the identifier, number and first title, such as <c>point-1 (point 1): Comprehensive rural reform</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => Number is null ? $"{Id}: {Title[0].Text}" : $"{Id} ({Number}): {Title[0].Text}";
}
