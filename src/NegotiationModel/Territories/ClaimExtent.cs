namespace NegotiationModel.Territories;

/// <summary>How much of a territory a claim covers.</summary>
public enum ClaimExtent
{
    /// <summary>The whole territory, within its administrative borders.</summary>
    Whole = 1,

    /// <summary>Part of the territory; the claim's basis description or notes say which part.</summary>
    Part = 2,
}
