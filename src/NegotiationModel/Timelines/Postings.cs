using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace NegotiationModel.Timelines;

/// <summary>
/// Collects, for each key (an actor, a topic, a kind), the entries of a timeline that hold it, each once, and hands
/// out each key's positions in display order as exact arrays: one look-up per key an entry holds, no list per key.
/// </summary>
/// <remarks>
/// The entries are read in the order they were given in, which is the order they were made in and so, for a
/// timeline of a record, the order of their places in memory: reading them in display order would jump across the
/// heap at every entry. What each entry holds is noted in that order (one slot number a key), and the positions are
/// dealt out by going through the display order once over these numbers, so that each key's come out ascending.
/// </remarks>
/// <typeparam name="TKey">The key.</typeparam>
/// <param name="entries">The number of entries expected.</param>
internal sealed class Postings<TKey>(int entries)
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> slots = [];
    private readonly List<TKey> keys = [];
    private readonly List<int> counts = [];
    private readonly List<int> lastEntries = [];
    // Most entries hold a key or more: sized for one each, so that a timeline's million postings are not copied as the list grows.
    private readonly List<int> slotOfPosting = new(entries);
    // firstPosting[e] is where the slots of entry e begin in slotOfPosting; those of e + 1 end them.
    private readonly List<int> firstPosting = new(entries + 1);

    /// <summary>Records that the entry given at place <paramref name="given"/> holds <paramref name="key"/>; places come in ascending order, and a key an entry repeats counts once.</summary>
    public void Add(TKey key, int given)
    {
        MoveTo(given);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out var exists);
        if (!exists)
        {
            slot = keys.Count;
            keys.Add(key);
            counts.Add(0);
            lastEntries.Add(-1);
        }

        var last = CollectionsMarshal.AsSpan(lastEntries);
        if (last[slot] == given)
        {
            return;
        }

        last[slot] = given;
        CollectionsMarshal.AsSpan(counts)[slot]++;
        slotOfPosting.Add(slot);
    }

    /// <summary>Returns each key's positions in display order, made into what the timeline keeps.</summary>
    /// <param name="order">The place in the given order of the entry at each position of the display order.</param>
    /// <param name="make">Makes what the timeline keeps of a key's positions.</param>
    public FrozenDictionary<TKey, TValue> ToFrozenDictionary<TValue>(ReadOnlySpan<int> order, Func<int[], TValue> make)
    {
        MoveTo(order.Length);
        var firstPostings = CollectionsMarshal.AsSpan(firstPosting);
        var lists = new int[keys.Count][];
        var counted = CollectionsMarshal.AsSpan(counts);
        for (var slot = 0; slot < lists.Length; slot++)
        {
            lists[slot] = new int[counted[slot]];
        }

        var filled = new int[keys.Count];
        var slotsOf = CollectionsMarshal.AsSpan(slotOfPosting);
        for (var position = 0; position < order.Length; position++)
        {
            var given = order[position];
            for (var posting = firstPostings[given]; posting < firstPostings[given + 1]; posting++)
            {
                var slot = slotsOf[posting];
                lists[slot][filled[slot]++] = position;
            }
        }

        var result = new Dictionary<TKey, TValue>(keys.Count);
        for (var slot = 0; slot < lists.Length; slot++)
        {
            result.Add(keys[slot], make(lists[slot]));
        }

        return result.ToFrozenDictionary();
    }

    // Notes where the slots of the entries up to `given` begin: those between the last entry seen and it hold none.
    private void MoveTo(int given)
    {
        while (firstPosting.Count <= given)
        {
            firstPosting.Add(slotOfPosting.Count);
        }
    }
}
