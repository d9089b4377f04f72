namespace NegotiationModel.Timelines;

/// <summary>
/// The windows of a timeline's entries, in display order, as every <see cref="WindowIndex"/> of the timeline
/// shares them: the starts (non-decreasing), and each end as its rank among the distinct ends.
/// </summary>
/// <remarks>
/// <para>
/// Ranks let an index keep four bytes per window instead of a copy of the end, and compare ends as integers;
/// the end itself is <see cref="EndOf"/>. Since starts never decrease along the timeline, "the first position
/// whose start is not before a point" is one search here, and an index over a subset of positions finds its
/// own first by searching its positions for that one.
/// </para>
/// <para>Building costs O(n log n) time (sorting the ends with their places) and O(n) memory. Immutable after construction and thread-safe.</para>
/// </remarks>
internal sealed class TimelineAxis
{
    /// <summary>How many starts a sample of <see cref="sampledStartKeys"/> stands for.</summary>
    private const int SampleStride = 64;

    // The starts as the parts of their points (TimePoint.Key, TimePoint.Rest): the searches compare the keys, dense
    // longs, and look at the nanoseconds past the tick only among starts in the same tick.
    private readonly long[] startKeys;
    private readonly byte[] startRests;
    private readonly long[] sampledStartKeys;
    private readonly TimePoint[] distinctEnds;

    /// <summary>Initializes the axis of windows given in display order.</summary>
    /// <param name="startKeys">The key of the start of every window, non-decreasing; the axis keeps the array.</param>
    /// <param name="startRests">The rest of the start of every window; the axis keeps the array.</param>
    /// <param name="ends">The end of every window; the axis sorts the array and keeps it, the distinct ends at its front.</param>
    public TimelineAxis(long[] startKeys, byte[] startRests, TimePoint[] ends)
    {
        this.startKeys = startKeys;
        this.startRests = startRests;
        sampledStartKeys = new long[(startKeys.Length + SampleStride - 1) / SampleStride];
        for (var i = 0; i < sampledStartKeys.Length; i++)
        {
            sampledStartKeys[i] = startKeys[i * SampleStride];
        }

        // The ends sorted with their places, so that each place gets its rank in one pass, without a search per window.
        var places = new int[ends.Length];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = i;
        }

        ends.AsSpan().Sort(places.AsSpan());
        var distinct = 0;
        EndRanks = new int[ends.Length];
        for (var i = 0; i < ends.Length; i++)
        {
            // The distinct ends gather at the front of the array, behind the place being read.
            if (distinct == 0 || ends[i] != ends[distinct - 1])
            {
                ends[distinct++] = ends[i];
            }

            EndRanks[places[i]] = distinct - 1;
        }

        // Kept as it is, its tail unused, rather than copied: at a million windows most ends are distinct anyway.
        distinctEnds = ends;
    }

    /// <summary>Gets the number of windows.</summary>
    public int Count => startKeys.Length;

    /// <summary>Gets the rank of each window's end among the distinct ends: a later end has a higher rank, equal ends the same.</summary>
    public int[] EndRanks { get; }

    /// <summary>Returns the end whose rank is <paramref name="rank"/>.</summary>
    public TimePoint EndOf(int rank) => distinctEnds[rank];

    // A binary search over a million starts misses the cache at nearly every step (at 1 M entries these misses
    // are most of the 2 µs a plain search takes per query): the search runs over every 64th start first, an
    // array small enough to stay in cache, then within one stretch of 64.

    /// <summary>Finds the first position whose start is not before <paramref name="point"/>, or <see cref="Count"/>.</summary>
    public int FirstStartNotBefore(TimePoint point)
    {
        var key = point.Key;
        var sample = LowerBound(sampledStartKeys, key, 0, sampledStartKeys.Length);
        var first = sample == 0 ? 0 : LowerBound(startKeys, key, (sample - 1) * SampleStride, Math.Min(sample * SampleStride, startKeys.Length));
        return PastEarlierInSameTick(first, point);
    }

    /// <summary>Finds the first position from <paramref name="from"/> on whose start is not before <paramref name="point"/>: the end of a range is seldom far past its start, so it gallops from there, in memory the first search warmed.</summary>
    public int FirstStartNotBefore(TimePoint point, int from)
    {
        var key = point.Key;
        var step = 1;
        var low = from;
        while (low + step < startKeys.Length && startKeys[low + step] < key)
        {
            low += step;
            step *= 2;
        }

        return PastEarlierInSameTick(LowerBound(startKeys, key, low, Math.Min(low + step + 1, startKeys.Length)), point);
    }

    // Keys are ticks: starts with the point's key may still be before it by less than a tick.
    private int PastEarlierInSameTick(int first, TimePoint point)
    {
        while (first < startKeys.Length && startKeys[first] == point.Key && startRests[first] < point.Rest)
        {
            first++;
        }

        return first;
    }

    /// <summary>Finds the first index in [<paramref name="low"/>, <paramref name="high"/>) whose key is not below <paramref name="key"/>, or <paramref name="high"/>.</summary>
    /// <remarks>Generic over the key so that the axis's longs and the window index's positions share it; the JIT compiles it for each.</remarks>
    internal static int LowerBound<T>(T[] sorted, T key, int low, int high)
        where T : struct, System.Numerics.IComparisonOperators<T, T, bool>
    {
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
