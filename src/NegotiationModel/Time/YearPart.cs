namespace NegotiationModel.Time;

/// <summary>
/// A third of a year, as sources say "early 2015", "mid-2015" or "late 2015": the four-month quadrimesters of
/// ISO 8601-2 (EDTF level 2 sub-year groupings 37, 38 and 39).
/// </summary>
public enum YearPart
{
    /// <summary>January to April (text <c>early</c>, as in <c>2015-early</c>).</summary>
    Early = 1,

    /// <summary>May to August (text <c>mid</c>, as in <c>2015-mid</c>).</summary>
    Mid = 2,

    /// <summary>September to December (text <c>late</c>, as in <c>2015-late</c>).</summary>
    Late = 3,
}
