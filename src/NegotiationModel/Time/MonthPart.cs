namespace NegotiationModel.Time;

/// <summary>
/// A third of a month, as sources say "early next month": the Japanese 上旬 (jōjun), 中旬 (chūjun)
/// and 下旬 (gejun).
/// </summary>
public enum MonthPart
{
    /// <summary>Days 1 to 10 (上旬; text <c>early</c>).</summary>
    Early = 1,

    /// <summary>Days 11 to 20 (中旬; text <c>mid</c>).</summary>
    Mid = 2,

    /// <summary>Day 21 to the end of the month (下旬; text <c>late</c>).</summary>
    Late = 3,
}
