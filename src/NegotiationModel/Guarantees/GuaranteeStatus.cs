namespace NegotiationModel.Guarantees;

/// <summary>Where a guarantee stands; one entry of its status history.</summary>
public enum GuaranteeStatus
{
    /// <summary>Proposed by someone, not necessarily by the guarantors themselves.</summary>
    Proposed = 1,

    /// <summary>Offered by the guarantors.</summary>
    Offered = 2,

    /// <summary>Agreed between guarantors and beneficiaries.</summary>
    Agreed = 3,

    /// <summary>In force: the guarantors are bound.</summary>
    InForce = 4,

    /// <summary>Lapsed: expired or ended by its own terms.</summary>
    Lapsed = 5,

    /// <summary>Withdrawn by the guarantors or the proposer.</summary>
    Withdrawn = 6,
}
