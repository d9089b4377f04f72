namespace NegotiationModel.Monitoring;

/// <summary>What a funding claim says about a funder: that someone proposed it pay, that it pledged, paid or declined.</summary>
public enum FundingClaimKind
{
    /// <summary>Someone proposed that the funder pay, such as a peace plan naming who should bear the cost; the funder need not have agreed.</summary>
    Proposed = 1,

    /// <summary>The funder undertook to pay.</summary>
    Pledged = 2,

    /// <summary>The funder is reported to have paid.</summary>
    Provided = 3,

    /// <summary>The funder refused to pay, or said it would not.</summary>
    Declined = 4,
}
