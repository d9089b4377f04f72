namespace NegotiationModel.Proposals;

/// <summary>
/// The broad PA-X subject area a kind of provision belongs to, for grouping and comparison with the
/// PA-X Peace Agreements Database. Each kind of <see cref="Provision"/> maps onto exactly one.
/// </summary>
public enum ProvisionCategory
{
    /// <summary>Territory: borders, the status of territories, self-determination, territorial referendums.</summary>
    Territory = 1,

    /// <summary>Security sector: ceasefires, withdrawals, demilitarisation, security guarantees, limits on forces.</summary>
    Security = 2,

    /// <summary>Governance: power-sharing, interim and transitional arrangements, elections, institutions.</summary>
    Governance = 3,

    /// <summary>Socio-economic reconstruction and international funding, including sanctions.</summary>
    Economic = 4,

    /// <summary>Humanitarian matters and transitional justice: prisoners, detainees, refugees, missing persons.</summary>
    Humanitarian = 5,

    /// <summary>Implementation: monitoring, verification, peacekeeping and enforcement mechanisms.</summary>
    Implementation = 6,

    /// <summary>Anything else.</summary>
    Other = 7,
}
