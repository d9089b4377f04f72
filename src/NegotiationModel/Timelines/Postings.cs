using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace NegotiationModel.Timelines;

/// <summary>
/// Collects, for each key (an actor, a topic, a kind), the ascending positions of the timeline's
/// entries that hold it, each once, and hands them out as exact arrays: one look-up per key an entry holds,
/// no list growing per key.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
internal sealed class Postings<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> slots = [];
    private readonly List<TKey> keys = [];
    private readonly List<int> counts = [];
    private readonly List<int> lastPositions = [];
    private readonly List<int> slotOfPosting = [];
    private readonly List<int> positionOfPosting = [];

    /// <summary>Records that the entry at <paramref name="position"/> holds <paramref name="key"/>; positions come in ascending order, and a key an entry repeats counts once.</summary>
    public void Add(TKey key, int position)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out var exists);
        if (!exists)
        {
            slot = keys.Count;
            keys.Add(key);
            counts.Add(0);
            lastPositions.Add(-1);
        }

        var last = CollectionsMarshal.AsSpan(lastPositions);
        if (last[slot] == position)
        {
            return;
        }

        last[slot] = position;
        CollectionsMarshal.AsSpan(counts)[slot]++;
        slotOfPosting.Add(slot);
        positionOfPosting.Add(position);
    }

    /// <summary>Returns each key's positions, made into what the timeline keeps.</summary>
    public FrozenDictionary<TKey, TValue> ToFrozenDictionary<TValue>(Func<int[], TValue> make)
    {
        var lists = new int[keys.Count][];
        var counted = CollectionsMarshal.AsSpan(counts);
        for (var slot = 0; slot < lists.Length; slot++)
        {
            lists[slot] = new int[counted[slot]];
        }

        var filled = new int[keys.Count];
        var slotsOf = CollectionsMarshal.AsSpan(slotOfPosting);
        var positionsOf = CollectionsMarshal.AsSpan(positionOfPosting);
        for (var i = 0; i < slotsOf.Length; i++)
        {
            var slot = slotsOf[i];
            lists[slot][filled[slot]++] = positionsOf[i];
        }

        var result = new Dictionary<TKey, TValue>(keys.Count);
        for (var slot = 0; slot < lists.Length; slot++)
        {
            result.Add(keys[slot], make(lists[slot]));
        }

        return result.ToFrozenDictionary();
    }
}
