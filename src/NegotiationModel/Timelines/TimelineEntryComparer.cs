namespace NegotiationModel.Timelines;

/// <summary>
/// The deterministic total order of a timeline's display: by window, earliest first (an open start
/// first), then latest (an open end last), as <see cref="Time.TimeWindowComparer"/> orders windows;
/// then by <see cref="TimelineEntry.Id"/>, ordinally.
/// </summary>
/// <remarks>
/// <para>
/// The order agrees with the partial order of time (<see cref="Time.TimeWindow.Compare"/>): an entry
/// whose window is definitely before another's sorts before it. Entries that are possibly concurrent sort
/// by their windows' ends and then their identifiers, which is arbitrary as to time but stable.
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public sealed class TimelineEntryComparer : IComparer<TimelineEntry>
{
    private TimelineEntryComparer()
    {
    }

    /// <summary>Gets the comparer.</summary>
    public static TimelineEntryComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(TimelineEntry? x, TimelineEntry? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byWindow = Time.TimeWindowComparer.Instance.Compare(x.Window, y.Window);
        return byWindow != 0 ? byWindow : TimelineEntry.CompareIds(x, y);
    }
}
