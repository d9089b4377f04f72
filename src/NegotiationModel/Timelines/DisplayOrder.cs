namespace NegotiationModel.Timelines;

/// <summary>
/// Compares <see cref="DisplayKey"/>s in the display order of <see cref="TimelineEntryComparer"/>: by start (an open
/// start first), end (an open end last), identifier (ordinally), then place in the given order.
/// </summary>
/// <remarks>
/// A struct, so that the sort is compiled for it and calls it without a delegate or an interface call. The keys'
/// longs decide unless they are equal; then the nanoseconds past their tick do.
/// </remarks>
internal readonly struct DisplayOrder : IComparer<DisplayKey>
{
    public int Compare(DisplayKey x, DisplayKey y)
    {
        if (x.StartKey != y.StartKey)
        {
            return x.StartKey < y.StartKey ? -1 : 1;
        }

        if (x.StartRest != y.StartRest)
        {
            return x.StartRest < y.StartRest ? -1 : 1;
        }

        if (x.EndKey != y.EndKey)
        {
            return x.EndKey < y.EndKey ? -1 : 1;
        }

        if (x.EndRest != y.EndRest)
        {
            return x.EndRest < y.EndRest ? -1 : 1;
        }

        var order = string.CompareOrdinal(x.Id, y.Id);
        return order != 0 ? order : x.Index.CompareTo(y.Index);
    }
}
