namespace NegotiationModel.Proposals;

/// <summary>
/// An agenda the parties to talks agreed, such as the six points of the General Agreement for the Termination of the
/// Conflict (Havana, 26 August 2012): who agreed it, in which text or at which event, when, and its items in order.
/// </summary>
/// <remarks>
/// <para>The agenda is an entity of its own, not a part of the text that sets it: the text is a proposal
/// (<see cref="AgreedIn"/>) with its own versions and status; the agenda's items live on after it, each with its
/// status history and the partial agreements that settle it (<see cref="AgendaItem.SettledBy"/>). That every item stands
/// or falls with the others ("nothing is agreed until everything is agreed") is said by the agreements that settle them:
/// <see cref="Proposal.ConditionalOn"/> naming the agenda, or a package (<see cref="Proposal.PackageMembers"/>).</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var agenda = new Agenda(new AgendaId("havana-agenda"), [new LocalizedText("Agenda of the General Agreement", "en")])
/// {
///     AgreedBy = [new ActorId("colombia"), new ActorId("farc-ep")],
///     AgreedIn = new ProposalId("general-agreement-2012"),
///     When = When.Parse("2012-08-26[America/Havana]"),
///     Items = [new AgendaItem(new AgendaItemId("point-1"), [new LocalizedText("Comprehensive agricultural development policy", "en")]) { Number = "1" }],
/// };
/// </code>
/// </example>
public sealed record Agenda : RecordEntity<AgendaId>
{
    /// <summary>Initializes a new agenda.</summary>
    /// <param name="id">The agenda's identifier in the record; not the default value.</param>
    /// <param name="title">The agenda's name in one or more languages, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="title"/> is empty.</exception>
    public Agenda(AgendaId id, ValueList<LocalizedText> title)
        : base(id)
    {
        Title = title;
    }

    /// <summary>Gets the agenda's name in one or more languages.</summary>
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init => field = Guard.Against.EmptyList(value, nameof(Title), "An agenda needs a title in at least one language."); }

    /// <summary>Gets who agreed the agenda, as the sources name them.</summary>
    public ValueList<ActorId> AgreedBy { get; init; }

    /// <summary>Gets the text that sets the agenda, such as the General Agreement of 2012, when the record holds it.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public ProposalId? AgreedIn { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(AgreedIn)); }

    /// <summary>Gets the event at which the agenda was agreed or announced, when the record holds it.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public NegotiationEventId? AgreedAt { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(AgreedAt)); }

    /// <summary>Gets when the agenda was agreed.</summary>
    [Dates]
    public When? When { get; init; }

    /// <summary>Gets a summary of the agenda, in one or more languages.</summary>
    public ValueList<LocalizedText> Summary { get; init; }

    /// <summary>Gets the agenda's items, in the agenda's order.</summary>
    public ValueList<AgendaItem> Items { get; init; }

    /// <summary>Finds an item of this agenda by its identifier.</summary>
    /// <param name="id">The item's identifier.</param>
    /// <returns>The item, or <see langword="null"/> when the agenda has none with that identifier.</returns>
    public AgendaItem? FindItem(AgendaItemId id)
    {
        foreach (var item in Items)
        {
            if (item.Id == id)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>Returns the identifier, first title and number of items, such as <c>havana-agenda: Agenda of the General Agreement (6 items)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id}: {Title[0].Text} ({Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} items)";
}
