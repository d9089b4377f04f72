namespace NegotiationModel.Time;

/// <summary>
/// A season of a year, written with the EDTF level 1 codes 21 to 24 (<c>2015-21</c> is spring 2015). A season is
/// read as the northern hemisphere's meteorological season, three whole months; see <c>docs/time.md</c> for why,
/// and for what a source in the southern hemisphere should write instead.
/// </summary>
public enum Season
{
    /// <summary>Spring: March to May (code 21).</summary>
    Spring = 1,

    /// <summary>Summer: June to August (code 22).</summary>
    Summer = 2,

    /// <summary>Autumn: September to November (code 23).</summary>
    Autumn = 3,

    /// <summary>Winter: December of the year to February of the next (code 24; <c>2015-24</c> is the winter 2015–16).</summary>
    Winter = 4,
}
