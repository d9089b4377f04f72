namespace NegotiationModel.Timelines;

/// <summary>
/// Compares <see cref="DisplayKey"/>s in the display order of <see cref="TimelineEntryComparer"/>: by start (an open
/// start first), end (an open end last), identifier (ordinally), then place in the given order.
/// </summary>
/// <remarks>
/// A struct, so that the sort is compiled for it and calls it without a delegate or an interface call. The keys'
/// longs decide unless they are equal; then the windows' points, kept beside the keys by given place, decide.
/// </remarks>
/// <param name="starts">The start of each entry's window, by place in the given order.</param>
/// <param name="ends">The end of each entry's window, by place in the given order.</param>
internal readonly struct DisplayOrder(TimePoint[] starts, TimePoint[] ends) : IComparer<DisplayKey>
{
    public int Compare(DisplayKey x, DisplayKey y)
    {
        if (x.StartKey != y.StartKey)
        {
            return x.StartKey < y.StartKey ? -1 : 1;
        }

        var order = TimePoint.Compare(starts[x.Index], starts[y.Index]);
        if (order != 0)
        {
            return order;
        }

        if (x.EndKey != y.EndKey)
        {
            return x.EndKey < y.EndKey ? -1 : 1;
        }

        order = TimePoint.Compare(ends[x.Index], ends[y.Index]);
        if (order != 0)
        {
            return order;
        }

        order = string.CompareOrdinal(x.Id, y.Id);
        return order != 0 ? order : x.Index.CompareTo(y.Index);
    }
}
