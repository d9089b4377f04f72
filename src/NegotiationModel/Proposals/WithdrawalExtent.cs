namespace NegotiationModel.Proposals;

/// <summary>How far a force is to withdraw under a <see cref="ForceWithdrawalProvision"/>.</summary>
public enum WithdrawalExtent
{
    /// <summary>Complete withdrawal from the territories named.</summary>
    Complete = 1,

    /// <summary>Withdrawal behind a line, such as the current line of contact, leaving the rest of the territories.</summary>
    BehindLine = 2,

    /// <summary>Partial withdrawal, otherwise described.</summary>
    Partial = 3,
}
