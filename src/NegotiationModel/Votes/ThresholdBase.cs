namespace NegotiationModel.Votes;

/// <summary>What a <see cref="VoteThreshold"/>'s share is a share of.</summary>
public enum ThresholdBase
{
    /// <summary>The valid votes: those for the options, without blank and invalid ballots.</summary>
    ValidVotes = 1,

    /// <summary>Every ballot cast, blank and invalid ones included.</summary>
    VotesCast = 2,

    /// <summary>Everyone entitled to vote: the registered electorate, or every member of the body.</summary>
    Eligible = 3,
}
