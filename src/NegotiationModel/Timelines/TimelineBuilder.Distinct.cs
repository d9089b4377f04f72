using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NegotiationModel.Timelines;

/// <summary>The entries' lists of actors and topics without repeats, sharing their entity's list where they can.</summary>
internal sealed partial class TimelineBuilder
{
    /// <summary>Returns the items without repeats, in the order of their first occurrence, as <see cref="Enumerable.Distinct{TSource}(IEnumerable{TSource})"/> does.</summary>
    /// <remarks>
    /// An entry's actors and topics are a handful: compared one by one, without a hash set per entry. A list that has
    /// no repeats is returned as it is (not made again, which would check its elements again), and otherwise one array
    /// of the exact size is made, so most entries share their entity's list or take one allocation.
    /// </remarks>
    private static ValueList<T> Distinct<T>(ValueList<T> items) => HasRepeats(items.Items.AsSpan()) ? WithoutRepeats(items.Items.AsSpan()) : items;

    /// <summary>Returns the items without repeats, as <see cref="Distinct{T}(ValueList{T})"/> does, collecting them in <paramref name="scratch"/> first.</summary>
    private static ValueList<T> Distinct<T>(IEnumerable<T> items, List<T> scratch)
    {
        scratch.Clear();
        scratch.AddRange(items);
        return DistinctCopy<T>(CollectionsMarshal.AsSpan(scratch));
    }

    /// <summary>Returns the items without repeats in a list of their own.</summary>
    private static ValueList<T> DistinctCopy<T>(ReadOnlySpan<T> items) => HasRepeats(items) ? WithoutRepeats(items) : ImmutableArray.Create(items);

    private static bool HasRepeats<T>(ReadOnlySpan<T> items)
    {
        const int CompareUpTo = 16;
        var comparer = EqualityComparer<T>.Default;
        if (items.Length <= CompareUpTo)
        {
            for (var i = 1; i < items.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(items[i], items[j]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        var seen = new HashSet<T>(items.Length);
        foreach (var item in items)
        {
            if (!seen.Add(item))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<T> WithoutRepeats<T>(ReadOnlySpan<T> items)
    {
        var distinct = new List<T>(items.Length);
        var kept = new HashSet<T>(items.Length);
        foreach (var item in items)
        {
            if (kept.Add(item))
            {
                distinct.Add(item);
            }
        }

        return ImmutableArray.Create(CollectionsMarshal.AsSpan(distinct));
    }
}
