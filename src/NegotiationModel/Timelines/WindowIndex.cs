using System.Numerics;
using NegotiationModel.Time;

namespace NegotiationModel.Timelines;

/// <summary>
/// Answers "which windows overlap this range?" over a fixed set of a timeline's windows, in O(log n + k)
/// time for k answers, in the order of the timeline, with O(n) memory.
/// </summary>
/// <remarks>
/// <para>
/// The windows are positions of the timeline's display order, which sorts by start first, so starts are
/// non-decreasing (<see cref="TimelineAxis"/>). A window <c>[s, e)</c> overlaps a range <c>[a, b)</c> when
/// <c>s &lt; b</c> and <c>e &gt; a</c> (open ends are infinities). The answers fall in two runs:
/// </para>
/// <list type="number">
/// <item>windows starting before <c>a</c> that end after it: among the prefix of windows with <c>s &lt; a</c>
/// (found by binary search), those whose end exceeds <c>a</c>. A range-maximum structure over the ends finds
/// the latest-ending window of any slice in O(1); if it ends after <c>a</c> it is an answer, and both sides
/// of it are searched the same way, left first, so answers come out in order. Every probe either yields an
/// answer or closes a slice, and each answer opens at most two slices: at most 2k + 1 probes.</item>
/// <item>windows starting in <c>[a, b)</c>: a contiguous run found by binary search, every one an answer (a
/// window is never empty, so it ends after its start, hence after <c>a</c>).</item>
/// </list>
/// <para>
/// The range maximum takes O(1) time in O(n) memory: the windows are cut into blocks of 32; a sparse table
/// over the blocks' maxima (n/32 · log n entries) answers for whole blocks, and within a block each window
/// keeps a 32-bit mask of the windows before it in its block that end later than every window after them up
/// to it (a stack of maxima), whose lowest bit from the slice's left end is the slice's maximum. Ends are
/// compared by rank (<see cref="TimelineAxis.EndRanks"/>), four bytes each. Building costs O(n).
/// </para>
/// <para>This type is immutable after construction and thread-safe.</para>
/// </remarks>
internal sealed class WindowIndex
{
    /// <summary>Marks an entry of the work stack as an answer to emit rather than a slice to search.</summary>
    private const int Emit = int.MinValue;

    private const int BlockShift = 5;
    private const int BlockSize = 1 << BlockShift;

    /// <summary>How many positions a sample of <see cref="sampledPositions"/> stands for.</summary>
    private const int SampleStride = 64;

    private readonly TimelineAxis axis;

    /// <summary>The positions in the timeline, ascending; <see langword="null"/> when the index holds every position.</summary>
    private readonly int[]? positions;

    private readonly int[] sampledPositions;
    private readonly int[] ranks;
    private readonly int[] prefixLatestRank;
    private readonly uint[] blockStacks;
    private readonly int[][] blockLatest;

    /// <summary>Builds an index over some windows of a timeline.</summary>
    /// <param name="axis">The timeline's windows.</param>
    /// <param name="positions">Positions in the timeline, ascending, which the index keeps; <see langword="null"/> for every position.</param>
    public WindowIndex(TimelineAxis axis, int[]? positions)
    {
        this.axis = axis;
        this.positions = positions;
        var count = positions?.Length ?? axis.Count;
        Count = count;
        ranks = new int[count];
        var allRanks = axis.EndRanks;
        for (var i = 0; i < count; i++)
        {
            ranks[i] = allRanks[positions is null ? i : positions[i]];
        }

        sampledPositions = positions is null ? [] : new int[(count + SampleStride - 1) / SampleStride];
        for (var i = 0; i < sampledPositions.Length; i++)
        {
            sampledPositions[i] = positions![i * SampleStride];
        }

        // Whether any window that starts before a range reaches into it is one look-up, and for most ranges the answer is no.
        prefixLatestRank = new int[count];
        for (var i = 0; i < count; i++)
        {
            prefixLatestRank[i] = i == 0 ? ranks[0] : Math.Max(prefixLatestRank[i - 1], ranks[i]);
        }

        // Within each block, the stack of windows each ending later than every window after it up to this one.
        blockStacks = new uint[count];
        var stack = 0u;
        for (var i = 0; i < count; i++)
        {
            var offset = i & (BlockSize - 1);
            var blockStart = i - offset;
            if (offset == 0)
            {
                stack = 0;
            }

            while (stack != 0)
            {
                var top = 31 - BitOperations.LeadingZeroCount(stack);
                if (ranks[blockStart + top] > ranks[i])
                {
                    break;
                }

                stack &= ~(1u << top);
            }

            stack |= 1u << offset;
            blockStacks[i] = stack;
        }

        // blockLatest[j][b] is the index of the latest end among the 2^j blocks from block b.
        var blocks = (count + BlockSize - 1) >> BlockShift;
        var levels = blocks == 0 ? 0 : BitOperations.Log2((uint)blocks) + 1;
        blockLatest = new int[levels][];
        if (levels == 0)
        {
            return;
        }

        blockLatest[0] = new int[blocks];
        for (var b = 0; b < blocks; b++)
        {
            blockLatest[0][b] = InBlock(b << BlockShift, Math.Min(((b + 1) << BlockShift) - 1, count - 1));
        }

        for (var level = 1; level < levels; level++)
        {
            var half = 1 << (level - 1);
            var previous = blockLatest[level - 1];
            var current = new int[blocks - (1 << level) + 1];
            for (var b = 0; b < current.Length; b++)
            {
                current[b] = Later(previous[b], previous[b + half]);
            }

            blockLatest[level] = current;
        }
    }

    /// <summary>Gets the number of windows in the index.</summary>
    public int Count { get; }

    /// <summary>Appends to <paramref name="output"/> the positions of the windows overlapping <paramref name="range"/>, ascending.</summary>
    public void Query(TimeWindow range, List<int> output)
    {
        var from = TimePoint.Start(range.Earliest);
        var to = TimePoint.End(range.Latest);
        var inRange = axis.FirstStartNotBefore(from);
        var afterRange = axis.FirstStartNotBefore(to, inRange);
        var firstStartingInRange = positions is null ? inRange : FirstPositionNotBefore(inRange);
        var firstStartingAfterRange = positions is null ? afterRange : FirstPositionNotBefore(afterRange, firstStartingInRange);

        // Windows that start before the range and reach into it, in order.
        if (firstStartingInRange > 0 && axis.EndOf(prefixLatestRank[firstStartingInRange - 1]) > from)
        {
            // The work stack rarely holds more than a few slices: on the stack of the call, on the heap past that.
            Span<(int Left, int Right)> pending = stackalloc (int, int)[16];
            var depth = 0;
            Push(ref pending, ref depth, (0, firstStartingInRange - 1));
            while (depth > 0)
            {
                var (left, right) = pending[--depth];
                if (right == Emit)
                {
                    // An answer, between the slices to its left (already done) and to its right (next).
                    output.Add(PositionAt(left));
                    continue;
                }

                if (left > right)
                {
                    continue;
                }

                var latest = LatestEnding(left, right);
                if (axis.EndOf(ranks[latest]) <= from)
                {
                    continue;
                }

                Push(ref pending, ref depth, (latest + 1, right));
                Push(ref pending, ref depth, (latest, Emit));
                Push(ref pending, ref depth, (left, latest - 1));
            }
        }

        // Windows that start inside the range.
        for (var i = firstStartingInRange; i < firstStartingAfterRange; i++)
        {
            output.Add(PositionAt(i));
        }
    }

    private static void Push(ref Span<(int Left, int Right)> stack, ref int depth, (int Left, int Right) slice)
    {
        if (depth == stack.Length)
        {
            var larger = new (int, int)[stack.Length * 2];
            stack.CopyTo(larger);
            stack = larger;
        }

        stack[depth++] = slice;
    }

    private int PositionAt(int index) => positions is null ? index : positions[index];

    // The windows' starts never decrease along the timeline: the first of this index's windows that starts at or
    // after a point is its first position at or after the timeline's first such position. Sampled as the axis's
    // starts are, so that a search over a large index stays in cache.
    private int FirstPositionNotBefore(int position)
    {
        var sample = TimelineAxis.LowerBound(sampledPositions, position, 0, sampledPositions.Length);
        return sample == 0 ? 0 : TimelineAxis.LowerBound(positions!, position, (sample - 1) * SampleStride, Math.Min(sample * SampleStride, positions!.Length));
    }

    private int FirstPositionNotBefore(int position, int from)
    {
        var all = positions!;
        var step = 1;
        var low = from;
        while (low + step < all.Length && all[low + step] < position)
        {
            low += step;
            step *= 2;
        }

        return TimelineAxis.LowerBound(all, position, low, Math.Min(low + step + 1, all.Length));
    }

    private int LatestEnding(int left, int right)
    {
        var leftBlock = left >> BlockShift;
        var rightBlock = right >> BlockShift;
        if (leftBlock == rightBlock)
        {
            return InBlock(left, right);
        }

        var latest = Later(InBlock(left, (leftBlock << BlockShift) + BlockSize - 1), InBlock(rightBlock << BlockShift, right));
        var between = rightBlock - leftBlock - 1;
        if (between > 0)
        {
            var level = BitOperations.Log2((uint)between);
            latest = Later(latest, Later(blockLatest[level][leftBlock + 1], blockLatest[level][rightBlock - (1 << level)]));
        }

        return latest;
    }

    /// <summary>The latest-ending window between two indexes of one block: the lowest window of the stack at <paramref name="right"/> not before <paramref name="left"/>.</summary>
    private int InBlock(int left, int right)
    {
        var stack = blockStacks[right] & (uint.MaxValue << (left & (BlockSize - 1)));
        return (right & ~(BlockSize - 1)) + BitOperations.TrailingZeroCount(stack);
    }

    private int Later(int first, int second) => ranks[second] > ranks[first] ? second : first;
}
