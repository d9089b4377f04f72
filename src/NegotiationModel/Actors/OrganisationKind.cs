namespace NegotiationModel.Actors;

/// <summary>What kind of organisation an actor of kind <see cref="ActorKind.Organisation"/> is (the Popolo <c>classification</c>).</summary>
public enum OrganisationKind
{
    /// <summary>A body of one state's government: a ministry, an office, the Kremlin.</summary>
    GovernmentBody = 1,

    /// <summary>A security or intelligence service, such as the Security Service of Ukraine.</summary>
    SecurityService = 2,

    /// <summary>An intergovernmental organisation or union of states, such as the EU or the OSCE.</summary>
    Intergovernmental = 3,

    /// <summary>A military alliance, such as NATO.</summary>
    Alliance = 4,

    /// <summary>The United Nations or one of its bodies.</summary>
    UnitedNationsBody = 5,

    /// <summary>An international financial institution, such as the World Bank, IDA, the EBRD or the ADB.</summary>
    InternationalFinancialInstitution = 6,

    /// <summary>A political party or movement.</summary>
    PoliticalParty = 7,

    /// <summary>A non-governmental organisation.</summary>
    NonGovernmental = 8,

    /// <summary>A company.</summary>
    Company = 9,

    /// <summary>Any other organisation.</summary>
    Other = 10,

    /// <summary>A state's armed forces or one of their branches.</summary>
    ArmedForces = 11,

    /// <summary>A legislature or one of its chambers, such as a congress, a senate or a house of representatives.</summary>
    [AddedIn(1, 1)]
    Legislature = 12,

    /// <summary>A court, such as a constitutional court reviewing an agreement or the law that implements it.</summary>
    [AddedIn(1, 1)]
    Court = 13,

    /// <summary>An electoral authority that conducts and counts votes, such as a national registrar or an electoral commission.</summary>
    [AddedIn(1, 1)]
    ElectoralAuthority = 14,
}
