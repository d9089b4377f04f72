namespace NegotiationModel.Votes;

/// <summary>
/// A vote that decides something in a negotiation: a referendum or plebiscite on an agreement, or a vote of a legislature
/// or one of its chambers (a ratification), with who votes, the question, the threshold, whether it binds, the proposal it
/// decides and its results as sources report them.
/// </summary>
/// <remarks>
/// <para>Who votes is the <see cref="Body"/> (an actor: a legislature, a chamber) or, for a popular vote, the
/// <see cref="Electorate"/> described in words with its <see cref="Territory"/>: an electorate is not an actor and holds no
/// position; what it decided is in the <see cref="Results"/>, and what the vote did to a proposal is a status change of
/// that proposal whose cause is this vote.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var plebiscite = new Vote(new VoteId("colombia-plebiscite-2016"), VoteKind.Plebiscite)
/// {
///     Title = [new LocalizedText("Plebiscite on the final agreement", "en")],
///     Electorate = [new LocalizedText("Colombian citizens registered to vote, at home and abroad", "en")],
///     When = When.Parse("2016-10-02[America/Bogota]"),
///     Proposal = new ProposalId("final-agreement-2016-08"),
///     Results = [new VoteResult { Counts = [new VoteCount(VoteChoice.No) { Share = 50.2 }, new VoteCount(VoteChoice.Yes) { Share = 49.8 }] }],
/// };
/// </code>
/// </example>
public sealed record Vote : RecordEntity<VoteId>
{
    /// <summary>Initializes a new vote.</summary>
    /// <param name="id">The vote's identifier in the record; not the default value.</param>
    /// <param name="kind">What kind of vote this is.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="kind"/> is undefined.</exception>
    public Vote(VoteId id, VoteKind kind)
        : base(id)
    {
        Kind = kind;
    }

    /// <summary>Gets what kind of vote this is.</summary>
    public VoteKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the vote's name in one or more languages, such as "Plebiscite on the final agreement".</summary>
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init; }

    /// <summary>Gets the question put to the voters, or the motion voted on, in one or more languages.</summary>
    public ValueList<LocalizedText> Question { get; init; }

    /// <summary>Gets the body that votes, such as a legislature or one of its chambers; none for a popular vote.</summary>
    public ActorId? Body { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(Body)) : null; }

    /// <summary>Gets who may vote in a popular vote, in words, such as "citizens registered to vote, at home and abroad".</summary>
    public ValueList<LocalizedText> Electorate { get; init; }

    /// <summary>Gets the territory whose electorate votes, if any.</summary>
    public TerritoryId? Territory { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(Territory)) : null; }

    /// <summary>Gets who conducts and counts the vote, such as an electoral authority.</summary>
    public ActorId? ConductedBy { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(ConductedBy)) : null; }

    /// <summary>Gets when the vote was held, or is to be held.</summary>
    [Dates]
    public When? When { get; init; }

    /// <summary>Gets the proposal the vote decides: the agreement put to a referendum, the text a legislature ratifies.</summary>
    public ProposalId? Proposal { get; init => field = value is { } id ? Guard.Against.Default(id, nameof(Proposal)) : null; }

    /// <summary>Gets what the vote needs to pass, if more than a simple majority of the votes cast.</summary>
    public VoteThreshold? Threshold { get; init; }

    /// <summary>Gets whether the result binds (<see langword="true"/>) or only advises (<see langword="false"/>); <see langword="null"/> when not known.</summary>
    public bool? Binding { get; init; }

    /// <summary>Gets the results as sources report them, each with its citations; several when counts were revised or sources differ.</summary>
    public ValueList<VoteResult> Results { get; init; }

    /// <summary>Returns the identifier and kind, such as <c>colombia-plebiscite-2016 (Plebiscite)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Kind})";
}
