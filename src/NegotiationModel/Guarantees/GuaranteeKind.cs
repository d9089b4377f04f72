namespace NegotiationModel.Guarantees;

/// <summary>What a guarantee secures.</summary>
public enum GuaranteeKind
{
    /// <summary>A security guarantee: guarantors undertake to protect or defend the beneficiary, or to deter an attack on it.</summary>
    Security = 1,

    /// <summary>A financial guarantee: guarantors stand behind loans, credit or funds, such as reconstruction lending.</summary>
    Financial = 2,

    /// <summary>An implementation guarantee: guarantors undertake to see an agreement carried out (PA-X third-party guarantor).</summary>
    Implementation = 3,

    /// <summary>A monitoring guarantee: guarantors undertake to observe and verify compliance.</summary>
    Monitoring = 4,

    /// <summary>
    /// A guarantee of the process: guarantors of the talks themselves, such as Cuba and Norway for the talks between Colombia's
    /// government and the FARC-EP, who vouch for the negotiation, host it or keep the parties to its rules. Not a guarantee that
    /// an agreement is carried out (<see cref="Implementation"/>); what it covers is in <see cref="Guarantee.Covers"/>.
    /// </summary>
    [AddedIn(1, 1)]
    Process = 5,
}
