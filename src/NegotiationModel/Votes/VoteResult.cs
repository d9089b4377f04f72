using NegotiationModel.Sources;

namespace NegotiationModel.Votes;

/// <summary>
/// A result of a vote as one report gives it: the counts, how many could vote and did, the turnout and the outcome, with
/// the citations that report it. A vote may hold several, as counts get revised (a preliminary count, the final scrutiny,
/// another source's figures), none of them taken as the fact.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record VoteResult : ExtensibleObject
{
    /// <summary>Gets the counts, one per choice, in the order the source gives them.</summary>
    public ValueList<VoteCount> Counts { get; init; }

    /// <summary>Gets how many were entitled to vote: the registered electorate, or the members of the body; never negative.</summary>
    public int? Eligible { get; init => field = value is { } count ? NumberRanges.VoteEligible.Check(count) : null; }

    /// <summary>Gets how many ballots were cast (or members voted), blank and invalid ones included; never negative.</summary>
    public int? Cast { get; init => field = value is { } count ? NumberRanges.VoteCast.Check(count) : null; }

    /// <summary>Gets how many votes were valid, the base of the counts' shares; never negative.</summary>
    public int? Valid { get; init => field = value is { } count ? NumberRanges.VoteValid.Check(count) : null; }

    /// <summary>Gets the turnout in percent (0 to 100), as the source gives it: <see cref="Cast"/> of <see cref="Eligible"/>.</summary>
    public double? Turnout { get; init => field = value is { } turnout ? NumberRanges.VoteTurnout.Check(turnout) : null; }

    /// <summary>Gets what the result says the vote decided, if it says so.</summary>
    public VoteOutcome? Outcome { get; init => field = value is { } outcome ? Guard.Against.UndefinedEnum(outcome, nameof(Outcome)) : null; }

    /// <summary>Gets whether the result is a preliminary count, such as one reported before every polling station was counted.</summary>
    public bool Preliminary { get; init; }

    /// <summary>Gets when the result was reported or certified, if known.</summary>
    public When? ReportedAt { get; init; }

    /// <summary>Gets the citations that report the result.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Gets a note on the result, such as the share of polling stations it counts.</summary>
    public string? Notes { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Notes)); }

    /// <summary>Returns the counts and the outcome, such as <c>No 6430170 (50.22 %), Yes 6371911 (49.77 %): Rejected</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{string.Join(", ", Counts)}{(Outcome is { } outcome ? $": {outcome}" : string.Empty)}";
}
