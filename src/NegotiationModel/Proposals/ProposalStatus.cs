namespace NegotiationModel.Proposals;

/// <summary>Where a proposal stands in a negotiation; one entry of its status history.</summary>
public enum ProposalStatus
{
    /// <summary>Drafted, but not yet put to the other side.</summary>
    Drafted = 1,

    /// <summary>Tabled: formally put forward to the other side or made public.</summary>
    Tabled = 2,

    /// <summary>Under negotiation between the parties.</summary>
    UnderNegotiation = 3,

    /// <summary>Accepted by the parties it was put to.</summary>
    Accepted = 4,

    /// <summary>Rejected by a party it was put to.</summary>
    Rejected = 5,

    /// <summary>Withdrawn by its proposers.</summary>
    Withdrawn = 6,

    /// <summary>Superseded by a later proposal.</summary>
    Superseded = 7,
}
