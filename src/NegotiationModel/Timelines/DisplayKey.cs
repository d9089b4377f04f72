namespace NegotiationModel.Timelines;

/// <summary>
/// What the display order of <see cref="TimelineEntryComparer"/> compares, taken out of an entry, with the
/// entry's place in the given order as the last tie-break: a timeline sorts these rather than its entries.
/// </summary>
/// <param name="Start">The start of the entry's window.</param>
/// <param name="End">The end of the entry's window.</param>
/// <param name="Id">The entry's identifier.</param>
/// <param name="Index">The entry's place in the order it was given in.</param>
internal readonly record struct DisplayKey(TimePoint Start, TimePoint End, string Id, int Index) : IComparable<DisplayKey>
{
    /// <summary>Compares by start (an open start first), end (an open end last), identifier (ordinally), then place.</summary>
    public int CompareTo(DisplayKey other)
    {
        var order = TimePoint.Compare(Start, other.Start);
        if (order != 0)
        {
            return order;
        }

        order = TimePoint.Compare(End, other.End);
        if (order != 0)
        {
            return order;
        }

        order = string.CompareOrdinal(Id, other.Id);
        return order != 0 ? order : Index.CompareTo(other.Index);
    }
}
