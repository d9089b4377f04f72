using System.Numerics;
using NegotiationModel.Time;

namespace NegotiationModel.Timelines;

/// <summary>
/// Answers "which windows overlap this range?" over a fixed set of windows sorted by start, in
/// O(log n + k) time for k answers, in the order of the set.
/// </summary>
/// <remarks>
/// <para>
/// The windows are kept in the timeline's display order, which sorts by start first, so starts are
/// non-decreasing. A window <c>[s, e)</c> overlaps a range <c>[a, b)</c> when <c>s &lt; b</c> and
/// <c>e &gt; a</c> (open ends are infinities). The answers fall in two runs:
/// </para>
/// <list type="number">
/// <item>windows starting before <c>a</c> that end after it: among the prefix of windows with
/// <c>s &lt; a</c> (found by binary search), those whose end exceeds <c>a</c>. A sparse table of
/// range maxima over the ends finds the latest-ending window of any slice in O(1); if it ends after
/// <c>a</c> it is an answer, and both sides of it are searched the same way, left first, so answers
/// come out in order. Every probe either yields an answer or closes a slice, and each answer opens at
/// most two slices: at most 2k + 1 probes.</item>
/// <item>windows starting in <c>[a, b)</c>: a contiguous run found by binary search, every one an
/// answer (a window is never empty, so it ends after its start, hence after <c>a</c>).</item>
/// </list>
/// <para>Building costs O(n log n) time and memory (the sparse table has ⌊log₂ n⌋ + 1 levels).</para>
/// <para>This type is immutable after construction and thread-safe.</para>
/// </remarks>
internal sealed class WindowIndex
{
    /// <summary>Marks an entry of the work stack as an answer to emit rather than a slice to search.</summary>
    private const int Emit = int.MinValue;

    /// <summary>How many starts a sample of <see cref="sampledStarts"/> stands for.</summary>
    private const int SampleStride = 64;

    private readonly int[] positions;
    private readonly TimePoint[] starts;
    private readonly TimePoint[] sampledStarts;
    private readonly int[] prefixLatest;
    private readonly TimePoint[] ends;
    private readonly int[][] maxima;

    /// <summary>Builds an index over the windows of the given positions.</summary>
    /// <param name="positions">Positions in the timeline, ascending; the index keeps the array.</param>
    /// <param name="allStarts">The start of the window at every position of the timeline, non-decreasing.</param>
    /// <param name="allEnds">The end of the window at every position of the timeline.</param>
    public WindowIndex(int[] positions, TimePoint[] allStarts, TimePoint[] allEnds)
    {
        this.positions = positions;
        var count = positions.Length;
        starts = new TimePoint[count];
        ends = new TimePoint[count];
        for (var i = 0; i < count; i++)
        {
            starts[i] = allStarts[positions[i]];
            ends[i] = allEnds[positions[i]];
        }

        // prefixLatest[i] is the index of the latest end among the windows up to i: whether any window that
        // starts before a range reaches into it is one look-up, and for most ranges the answer is no.
        prefixLatest = new int[count];
        for (var i = 0; i < count; i++)
        {
            prefixLatest[i] = i == 0 ? 0 : Later(prefixLatest[i - 1], i);
        }

        sampledStarts = new TimePoint[(count + SampleStride - 1) / SampleStride];
        for (var i = 0; i < sampledStarts.Length; i++)
        {
            sampledStarts[i] = starts[i * SampleStride];
        }

        // maxima[j][i] is the index of the latest end among the 2^j windows from i.
        var levels = count == 0 ? 0 : BitOperations.Log2((uint)count) + 1;
        maxima = new int[levels][];
        if (levels == 0)
        {
            return;
        }

        maxima[0] = new int[count];
        for (var i = 0; i < count; i++)
        {
            maxima[0][i] = i;
        }

        for (var level = 1; level < levels; level++)
        {
            var half = 1 << (level - 1);
            var previous = maxima[level - 1];
            var current = new int[count - (1 << level) + 1];
            for (var i = 0; i < current.Length; i++)
            {
                current[i] = Later(previous[i], previous[i + half]);
            }

            maxima[level] = current;
        }
    }

    /// <summary>Gets the number of windows in the index.</summary>
    public int Count => positions.Length;

    /// <summary>Appends to <paramref name="output"/> the positions of the windows overlapping <paramref name="range"/>, ascending.</summary>
    public void Query(TimeWindow range, List<int> output)
    {
        var from = TimePoint.Start(range.Earliest);
        var to = TimePoint.End(range.Latest);
        var firstStartingInRange = FirstStartNotBefore(from);
        var firstStartingAfterRange = FirstStartNotBefore(to, firstStartingInRange);

        // Windows that start before the range and reach into it, in order.
        if (firstStartingInRange > 0 && ends[prefixLatest[firstStartingInRange - 1]] > from)
        {
            var pending = new Stack<(int Left, int Right)>();
            pending.Push((0, firstStartingInRange - 1));
            while (pending.Count > 0)
            {
                var (left, right) = pending.Pop();
                if (right == Emit)
                {
                    // An answer, between the slices to its left (already done) and to its right (next).
                    output.Add(positions[left]);
                    continue;
                }

                if (left > right)
                {
                    continue;
                }

                var latest = LatestEnding(left, right);
                if (ends[latest] <= from)
                {
                    continue;
                }

                pending.Push((latest + 1, right));
                pending.Push((latest, Emit));
                pending.Push((left, latest - 1));
            }
        }

        // Windows that start inside the range.
        for (var i = firstStartingInRange; i < firstStartingAfterRange; i++)
        {
            output.Add(positions[i]);
        }
    }

    // A binary search over a million starts misses the cache at nearly every step (at 1 M entries these misses
    // are most of the 2 µs a plain search takes per query): the search runs over every 64th start first, an
    // array small enough to stay in cache, then within one stretch of 64.
    private int FirstStartNotBefore(TimePoint point)
    {
        var sample = LowerBound(sampledStarts, point, 0, sampledStarts.Length);
        return sample == 0 ? 0 : LowerBound(starts, point, (sample - 1) * SampleStride, Math.Min(sample * SampleStride, starts.Length));
    }

    // The end of a range is seldom far past its start: gallop from there, in memory the first search warmed.
    private int FirstStartNotBefore(TimePoint point, int from)
    {
        var step = 1;
        var low = from;
        while (low + step < starts.Length && starts[low + step] < point)
        {
            low += step;
            step *= 2;
        }

        return LowerBound(starts, point, low, Math.Min(low + step + 1, starts.Length));
    }

    /// <summary>Finds the first index in [<paramref name="low"/>, <paramref name="high"/>) whose start is not before <paramref name="point"/>, or <paramref name="high"/>.</summary>
    private static int LowerBound(TimePoint[] sorted, TimePoint point, int low, int high)
    {
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < point)
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

    private int LatestEnding(int left, int right)
    {
        var level = BitOperations.Log2((uint)(right - left + 1));
        return Later(maxima[level][left], maxima[level][right - (1 << level) + 1]);
    }

    private int Later(int first, int second) => ends[second] > ends[first] ? second : first;
}
