namespace NegotiationModel.Timelines;

/// <summary>
/// Sorts <see cref="DisplayKey"/>s in the display order of <see cref="TimelineEntryComparer"/>: by start (an open
/// start first), end (an open end last), identifier (ordinally), then place in the given order.
/// </summary>
/// <remarks>
/// <para>
/// In two steps: by window and place, then each run of equal windows by identifier and place. The result is the order
/// above (the keys are never equal, so it is one order), but the first step compares integers only, and the
/// identifiers, which live across the heap of the record, are compared only within a run, where after the first
/// comparison they are in cache: a third of a synthetic record's statements are dated to a day, so runs of dozens of
/// entries share a window, and a sort of the whole compared each identifier of a run a handful of times, each time
/// a miss.
/// </para>
/// <para>
/// The comparers are structs, so that <see cref="KeySort"/> is compiled for each and calls it without a delegate. The
/// keys' longs decide unless they are equal; then the nanoseconds past their tick do.
/// </para>
/// </remarks>
internal static class DisplayOrder
{
    /// <summary>Sorts the keys in display order.</summary>
    public static void Sort(Span<DisplayKey> keys)
    {
        KeySort.Sort(keys, default(ByWindow));
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && SameWindow(keys[start], keys[end]))
            {
                end++;
            }

            if (end - start > 1)
            {
                KeySort.Sort(keys[start..end], default(ById));
            }

            start = end;
        }
    }

    private static bool SameWindow(in DisplayKey x, in DisplayKey y)
        => x.StartKey == y.StartKey && x.StartRest == y.StartRest && x.EndKey == y.EndKey && x.EndRest == y.EndRest;

    /// <summary>By start, end, then place.</summary>
    private readonly struct ByWindow : IComparer<DisplayKey>
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

            return x.Index.CompareTo(y.Index);
        }
    }

    /// <summary>By identifier, then place: for keys of one window.</summary>
    private readonly struct ById : IComparer<DisplayKey>
    {
        public int Compare(DisplayKey x, DisplayKey y)
        {
            var order = EntryIds.Compare(x.IdKind, x.IdText, y.IdKind, y.IdText);
            return order != 0 ? order : x.Index.CompareTo(y.Index);
        }
    }
}
