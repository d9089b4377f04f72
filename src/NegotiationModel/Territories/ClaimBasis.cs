namespace NegotiationModel.Territories;

/// <summary>What a claimant says its territorial claim rests on.</summary>
/// <remarks>A basis is what the claimant invokes, recorded as claimed; it is not a judgement of the claim's validity.</remarks>
public enum ClaimBasis
{
    /// <summary>A referendum or other popular vote, such as the 2022 referendums organised by Russia.</summary>
    Referendum = 1,

    /// <summary>The claimant's constitution or other domestic law, such as an annexation written into it.</summary>
    Constitution = 2,

    /// <summary>A treaty or other agreement between states.</summary>
    Treaty = 3,

    /// <summary>Borders recognised by the international community, such as a state's internationally recognised borders.</summary>
    InternationalRecognition = 4,

    /// <summary>History: past possession, settlement or historical title.</summary>
    Historical = 5,

    /// <summary>Military control of the territory.</summary>
    MilitaryControl = 6,

    /// <summary>Any other basis, described in the claim's basis description.</summary>
    Other = 7,
}
