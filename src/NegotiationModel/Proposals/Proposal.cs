namespace NegotiationModel.Proposals;

/// <summary>
/// A proposal for settling a conflict or part of it: a peace plan, roadmap, draft agreement,
/// counter-proposal, framework or ceasefire proposal, with its versions, phases and status history.
/// </summary>
/// <remarks>
/// <para>A proposal is what its proposers put forward, as sources report it; its provisions are the
/// proposers' terms, not facts. <see cref="Proposers"/> put it forward; <see cref="Authors"/> wrote or
/// elaborated it (the blog author whose roadmap an AI assistant elaborated is an author, not a party).</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Proposal : RecordEntity<ProposalId>
{
    /// <summary>Initializes a new proposal.</summary>
    /// <param name="id">The proposal's identifier in the record; not the default value.</param>
    /// <param name="kind">What kind of proposal this is.</param>
    /// <param name="title">The proposal's title in one or more languages, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, <paramref name="kind"/> is undefined, or <paramref name="title"/> is empty.</exception>
    public Proposal(ProposalId id, ProposalKind kind, ValueList<LocalizedText> title)
        : base(id)
    {
        Kind = kind;
        Title = title;
    }

    /// <summary>Gets the proposal's title in one or more languages.</summary>
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init => field = Guard.Against.EmptyList(value, nameof(Title), "A proposal needs a title in at least one language."); }

    /// <summary>Gets what kind of proposal this is.</summary>
    public ProposalKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets who put the proposal forward: states, organisations, delegations.</summary>
    public ValueList<ActorId> Proposers { get; init; }

    /// <summary>Gets who wrote or elaborated the proposal, when not (only) its proposers: a commentator, a mediator's team, an AI assistant.</summary>
    public ValueList<ActorId> Authors { get; init; }

    /// <summary>
    /// Gets who signed the proposal, as the sources report it: people, states, organisations or negotiating formats, each
    /// with whom it signed for, such as the participants of the Trilateral Contact Group signing the Minsk Package of Measures.
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<Signatory> Signatories { get; init; }

    /// <summary>
    /// Gets the stage of the process the proposal belongs to (PA-X), or <see langword="null"/> when not classified.
    /// The stage says what the proposal does, not when it comes: "pre-negotiation" does not imply temporal precedence.
    /// </summary>
    public AgreementStage? Stage { get; init => field = value is { } stage ? Guard.Against.UndefinedEnum(stage, nameof(Stage)) : null; }

    /// <summary>Gets the proposal's versions, each with its provisions.</summary>
    [Dates]
    public ValueList<ProposalVersion> Versions { get; init; }

    /// <summary>Gets the proposal's status history, oldest first.</summary>
    [Dates]
    public ValueList<StatusChange<ProposalStatus>> StatusHistory { get; init; }

    /// <summary>Gets the proposal this one replaces, if any; when it replaces several, the first of them (the others are <see cref="AlsoSupersedes"/>).</summary>
    public ProposalId? Supersedes { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(Supersedes)) : null; }

    /// <summary>
    /// Gets the proposals this one replaces besides <see cref="Supersedes"/>, such as the partial agreements a final text
    /// takes in, or the counter-proposals a revised text answers. <see cref="SupersededProposals"/> gives them all.
    /// </summary>
    /// <remarks>
    /// <see cref="Supersedes"/> keeps the first predecessor so that a record holds the same single value a 1.0 reader
    /// knows; this list holds the rest. Validation warns when it is used without <see cref="Supersedes"/> (NM5008).
    /// </remarks>
    [AddedIn(1, 1)]
    public ValueList<ProposalId> AlsoSupersedes { get; init; }

    /// <summary>Gets the proposals this one builds on or answers, such as the plan a counter-proposal amends (PROV <c>wasDerivedFrom</c>).</summary>
    public ValueList<ProposalId> DerivedFrom { get; init; }

    /// <summary>
    /// Gets the proposals bound into this one as a package: they stand or fall together with it and with each other
    /// ("nothing is agreed until everything is agreed"), such as the partial agreements of the Havana talks bound into the
    /// final agreement.
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<ProposalId> PackageMembers { get; init; }

    /// <summary>
    /// Gets what this proposal's agreement depends on, as its text or its parties state it: other proposals (agreed only if
    /// they are agreed too), the vote whose approval it awaits (agreed ad referendum), an agenda all of whose items must be
    /// settled. A conditional agreement's status is <see cref="ProposalStatus.AgreedAdReferendum"/>.
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<EntityReference> ConditionalOn { get; init; }

    /// <summary>Gets the times by which the proposal requires something done as a whole, such as "signed within 30 days" or "a final agreement by 23 March 2016".</summary>
    [AddedIn(1, 1)]
    public ValueList<Deadline> Deadlines { get; init; }

    /// <summary>Gets the proposal's phases, for a phased plan or roadmap.</summary>
    public ValueList<Phase> Phases { get; init; }

    /// <summary>Gets the topics the proposal addresses.</summary>
    public ValueList<TopicId> Topics { get; init; }

    /// <summary>Gets a summary of the proposal, in one or more languages.</summary>
    public ValueList<LocalizedText> Summary { get; init; }

    /// <summary>Returns every proposal this one replaces: <see cref="Supersedes"/>, then <see cref="AlsoSupersedes"/>, each once.</summary>
    /// <returns>The proposals, in that order; empty when it replaces none.</returns>
    public ValueList<ProposalId> SupersededProposals()
        => Supersedes is { } first ? ValueList.From(AlsoSupersedes.Prepend(first).Distinct()) : ValueList.From(AlsoSupersedes.Distinct());

    /// <summary>Finds a version by its number.</summary>
    /// <param name="number">The version's number.</param>
    /// <returns>The version, or <see langword="null"/> when the proposal has none with that number (the first, when it has several).</returns>
    public ProposalVersion? FindVersion(int number)
    {
        foreach (var version in Versions)
        {
            if (version.Number == number)
            {
                return version;
            }
        }

        return null;
    }

    /// <summary>Returns the identifier, kind and first title, such as <c>author-roadmap (Roadmap): Phased roadmap</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Kind}): {Title[0].Text}";
}
