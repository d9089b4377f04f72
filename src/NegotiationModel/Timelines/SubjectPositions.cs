using System.Collections.Immutable;

namespace NegotiationModel.Timelines;

/// <summary>
/// The positions of a timeline's entries by subject (<see cref="Timeline.About"/>): one sorted array of the subjects'
/// hash codes beside the positions, searched by binary search, instead of a dictionary with an array per entity.
/// </summary>
/// <remarks>
/// <para>
/// Each entry gives one long, its subject's hash code above its position; sorted, the entries of a subject are one
/// run among those of equal hash codes, in display order, and a look-up keeps those whose subject is the one asked
/// for. A timeline has about one subject per entry or two, so a dictionary would hold as many keys and arrays as
/// entries: this takes eight bytes an entry and one sort of longs.
/// </para>
/// <para>Building costs O(n log n) time and O(n) memory; a look-up O(log n + k) for k entries of colliding hash codes. Immutable after construction and thread-safe.</para>
/// </remarks>
internal sealed class SubjectPositions
{
    private readonly long[] keys;

    /// <summary>Indexes the subjects of a timeline's entries.</summary>
    /// <param name="subjectHashes">The hash code of each entry's subject, in the order the entries were given in (read in that order, as <see cref="Postings{TKey}"/> explains).</param>
    /// <param name="order">The place in the given order of the entry at each position of the display order.</param>
    public SubjectPositions(int[] subjectHashes, ReadOnlySpan<int> order)
    {
        keys = new long[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = Key(subjectHashes[order[i]], i);
        }

        Array.Sort(keys);
    }

    /// <summary>Returns the entries about <paramref name="subject"/>, in display order.</summary>
    public ImmutableArray<TimelineEntry> About(EntityReference subject, ImmutableArray<TimelineEntry> entries)
    {
        var hash = subject.GetHashCode();
        var low = TimelineAxis.LowerBound(keys, Key(hash, 0), 0, keys.Length);

        var found = ImmutableArray.CreateBuilder<TimelineEntry>();
        for (var i = low; i < keys.Length && (int)(keys[i] >> 32) == hash; i++)
        {
            var entry = entries[(int)keys[i]];
            if (entry.Subject.Equals(subject))
            {
                found.Add(entry);
            }
        }

        return found.DrainToImmutable();
    }

    // The hash code in the high half, signed, so that longs sort by it first; the position in the low half.
    private static long Key(int hash, int position) => ((long)hash << 32) | (uint)position;
}
