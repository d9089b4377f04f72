namespace NegotiationModel.WorkingGroups;

/// <summary>
/// A group set up, or proposed, to negotiate one domain of a settlement: the US–Russian security and
/// economic working groups, proposed by the United States and accepted by Russia. Who proposed and who
/// accepted it are recorded as reported; its status history and milestones cite their sources.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record WorkingGroup : RecordEntity<WorkingGroupId>
{
    /// <summary>Initializes a new working group.</summary>
    /// <param name="id">The group's identifier in the record; not the default value.</param>
    /// <param name="names">The group's names in every language, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="names"/> is empty.</exception>
    public WorkingGroup(WorkingGroupId id, ValueList<LocalizedName> names)
        : base(id)
    {
        Names = names;
    }

    /// <summary>Gets the group's names: primary names, aliases and transliterations in every language.</summary>
    [FoundByName]
    public ValueList<LocalizedName> Names { get; init => field = Guard.Against.EmptyList(value, nameof(Names), "A working group needs at least one name."); }

    /// <summary>
    /// Gets what the group is for: a negotiating group, a technical group, or a mechanism that carries out part of an agreement;
    /// <see langword="null"/> reads as <see cref="WorkingGroupKind.Negotiating"/>, as every group did in format 1.0.
    /// </summary>
    [AddedIn(1, 1)]
    public WorkingGroupKind? Kind { get; init => field = value is { } kind ? Guard.Against.UndefinedEnum(kind, nameof(Kind)) : null; }

    /// <summary>Gets the topic the group works on, such as security or the economy.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public TopicId? Domain { get; init => field = value is { } domain ? Guard.Against.Default(domain, nameof(Domain)) : null; }

    /// <summary>Gets the group this one is a sub-group of, such as the Trilateral Contact Group for its security working group.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    [AddedIn(1, 1)]
    public WorkingGroupId? Parent { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Parent)); }

    /// <summary>
    /// Gets the negotiating format the group works within, an actor of kind <see cref="Actors.ActorKind.NegotiatingFormat"/>
    /// such as the Trilateral Contact Group, so that what the format authors or signs and what its groups do can be told apart.
    /// </summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    [AddedIn(1, 1)]
    public ActorId? Format { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Format)); }

    /// <summary>Gets the group's members, each with a role.</summary>
    public ValueList<WorkingGroupMember> Members { get; init; }

    /// <summary>Gets who proposed the group, as reported, such as the United States.</summary>
    public ValueList<ActorId> ProposedBy { get; init; }

    /// <summary>Gets who accepted the proposal, as reported, such as Russia.</summary>
    public ValueList<ActorId> AcceptedBy { get; init; }

    /// <summary>Gets what the group is to do, in every language it is recorded in.</summary>
    public ValueList<LocalizedText> Mandate { get; init; }

    /// <summary>
    /// Gets what the group may do, in one or more languages, apart from what it is to do (<see cref="Mandate"/>): for a mechanism,
    /// such as "verify the laying down of arms", "receive and settle complaints", "report to the parties and the Security Council".
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Competences { get; init; }

    /// <summary>Gets the group's status over time: proposed, accepted, established…; each change cites its sources.</summary>
    [Dates]
    public ValueList<StatusChange<WorkingGroupStatus>> StatusHistory { get; init; }

    /// <summary>Gets the steps the group is expected to reach or has reached.</summary>
    public ValueList<Milestone> Milestones { get; init; }

    /// <summary>Returns the identifier and the first name, such as <c>security-group (Security working group)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Names[0].Text})";
}
