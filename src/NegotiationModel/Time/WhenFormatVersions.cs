namespace NegotiationModel.Time;

/// <summary>
/// The version of the JSON format that first admits a value's text form: 1.1 for the forms it added (a third of a
/// year, <c>2015-mid</c>; a season, <c>2015-21</c>), 1.0 for every other. A record declaring 1.0 that holds a 1.1
/// form is reported, as for any other addition of a later version.
/// </summary>
internal static class WhenFormatVersions
{
    private static readonly SchemaVersion First = new(1, 0);
    private static readonly SchemaVersion SubYearGroupings = new(1, 1);

    /// <summary>Returns the earliest format version whose grammar holds the text form of <paramref name="when"/>, range ends included.</summary>
    /// <param name="when">The value.</param>
    /// <returns>The version.</returns>
    internal static SchemaVersion Of(When when) => when switch
    {
        CalendarWhen { Precision: WhenPrecision.YearPart or WhenPrecision.Season } => SubYearGroupings,
        RangeWhen range => Max(range.Start is null ? First : Of(range.Start), range.End is null ? First : Of(range.End)),
        _ => First,
    };

    private static SchemaVersion Max(SchemaVersion a, SchemaVersion b) => a.CompareTo(b) >= 0 ? a : b;
}
