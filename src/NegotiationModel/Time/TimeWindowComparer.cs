namespace NegotiationModel.Time;

/// <summary>
/// The deterministic total order for displaying windows on a timeline: by <see cref="TimeWindow.Earliest"/>
/// (an open start first), then by <see cref="TimeWindow.Latest"/> (an open end last).
/// </summary>
/// <remarks>
/// <para>
/// The order agrees with the partial order of <see cref="TimeWindow.Compare(TimeWindow, TimeWindow)"/>:
/// a window that is definitely before another sorts before it. Windows that compare equal here are equal;
/// callers that sort entities add a tie-break of their own, such as the entity's identifier.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public sealed class TimeWindowComparer : IComparer<TimeWindow>
{
    private TimeWindowComparer()
    {
    }

    /// <summary>Gets the comparer.</summary>
    public static TimeWindowComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(TimeWindow x, TimeWindow y)
    {
        var byEarliest = (x.Earliest, y.Earliest) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            ({ } a, { } b) => a.CompareTo(b),
        };
        if (byEarliest != 0)
        {
            return byEarliest;
        }

        return (x.Latest, y.Latest) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            ({ } a, { } b) => a.CompareTo(b),
        };
    }
}
