namespace NegotiationModel.Votes;

/// <summary>What a result says the vote decided.</summary>
public enum VoteOutcome
{
    /// <summary>The question, text or motion was approved.</summary>
    Approved = 1,

    /// <summary>The question, text or motion was rejected, by the votes against it or because a threshold was not met.</summary>
    Rejected = 2,

    /// <summary>The vote decided nothing: annulled, or a turnout quorum not reached.</summary>
    Void = 3,
}
