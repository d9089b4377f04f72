namespace NegotiationModel.Proposals;

/// <summary>
/// The broad PA-X subject area a kind of provision belongs to, for grouping and comparison with the
/// PA-X Peace Agreements Database. Each kind of <see cref="Provision"/> maps onto exactly one; an
/// <see cref="OtherProvision"/> may say which.
/// </summary>
/// <remarks>
/// The values follow the top-level categories of the PA-X codebook, with two of the model's own:
/// <see cref="Territory"/> is PA-X "state definition", and <see cref="Humanitarian"/> gathers the humanitarian
/// matters PA-X codes under several categories (prisoners, missing persons, refugees, humanitarian access).
/// </remarks>
public enum ProvisionCategory
{
    /// <summary>Territory (PA-X state definition): borders, the status of territories, self-determination, territorial referendums.</summary>
    Territory = 1,

    /// <summary>Security sector: ceasefires, withdrawals, demilitarisation, security guarantees, limits on forces, DDR, police.</summary>
    Security = 2,

    /// <summary>Governance: interim and transitional arrangements, elections, constitutions, political institutions.</summary>
    Governance = 3,

    /// <summary>Socio-economic reconstruction and international funding, including sanctions and natural resources.</summary>
    Economic = 4,

    /// <summary>Humanitarian matters: prisoners and detainees, missing persons, refugees and displaced persons, humanitarian access.</summary>
    Humanitarian = 5,

    /// <summary>Implementation: monitoring, verification, peacekeeping and enforcement mechanisms.</summary>
    Implementation = 6,

    /// <summary>Anything else.</summary>
    Other = 7,

    /// <summary>Groups: children and youth, persons with disabilities, the elderly, migrant workers, racial, ethnic, national and religious groups, indigenous peoples, social class.</summary>
    [AddedIn(1, 1)]
    Groups = 8,

    /// <summary>Gender: women, girls and gender, men and boys, sexual orientation and gender identity, the family.</summary>
    [AddedIn(1, 1)]
    Gender = 9,

    /// <summary>Power sharing: political, territorial (decentralisation, autonomy, special status), economic and military.</summary>
    [AddedIn(1, 1)]
    PowerSharing = 10,

    /// <summary>Human rights and equality: rights frameworks, civil, political and socio-economic rights, human rights institutions, media, citizenship.</summary>
    [AddedIn(1, 1)]
    HumanRights = 11,

    /// <summary>Justice sector reform: criminal and emergency law, courts, prisons, traditional laws.</summary>
    [AddedIn(1, 1)]
    JusticeSector = 12,

    /// <summary>Transitional justice: amnesty, courts, truth-seeking mechanisms, vetting, victims, reparations, reconciliation.</summary>
    [AddedIn(1, 1)]
    TransitionalJustice = 13,

    /// <summary>Land, property and environment: land reform and restitution, pastoralist rights, cultural heritage, environment, water.</summary>
    [AddedIn(1, 1)]
    Land = 14,
}
