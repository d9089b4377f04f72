using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NegotiationModel.Timelines;

/// <summary>The entries' lists of actors and topics without repeats, sharing their entity's list where they can.</summary>
internal sealed partial class TimelineBuilder
{
    /// <summary>Returns the items without repeats, in the order of their first occurrence, as <see cref="Enumerable.Distinct{TSource}(IEnumerable{TSource})"/> does.</summary>
    /// <remarks>
    /// An entry's actors and topics are a handful: compared one by one, without a hash set per entry. A list that has
    /// no repeats is returned as it is, and otherwise one array of the exact size is made, so most entries share their
    /// entity's list or take one allocation.
    /// </remarks>
    private static ValueList<T> Distinct<T>(ValueList<T> items) => Distinct(items.Items.AsSpan(), items.Items);

    /// <summary>Returns the items without repeats, as <see cref="Distinct{T}(ValueList{T})"/> does, collecting them in <paramref name="scratch"/> first.</summary>
    private static ValueList<T> Distinct<T>(IEnumerable<T> items, List<T> scratch)
    {
        scratch.Clear();
        scratch.AddRange(items);
        return Distinct(CollectionsMarshal.AsSpan(scratch), default);
    }

    /// <summary>Returns the items without repeats; <paramref name="whole"/>, when given, holds the same items and is returned if they have none.</summary>
    private static ValueList<T> Distinct<T>(ReadOnlySpan<T> items, ImmutableArray<T> whole)
    {
        const int CompareUpTo = 16;
        var comparer = EqualityComparer<T>.Default;
        var firstRepeat = -1;
        if (items.Length <= CompareUpTo)
        {
            for (var i = 1; i < items.Length && firstRepeat < 0; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(items[i], items[j]))
                    {
                        firstRepeat = i;
                        break;
                    }
                }
            }
        }
        else
        {
            var seen = new HashSet<T>(items.Length);
            for (var i = 0; i < items.Length && firstRepeat < 0; i++)
            {
                if (!seen.Add(items[i]))
                {
                    firstRepeat = i;
                }
            }
        }

        if (firstRepeat < 0)
        {
            return whole.IsDefault ? ImmutableArray.Create(items) : whole;
        }

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
