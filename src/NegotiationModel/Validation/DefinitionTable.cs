using System.Buffers;
using System.Numerics;

namespace NegotiationModel.Validation;

/// <summary>
/// The definitions one walk of a record finds, by kind and identifier: each numbered in the order first defined, its
/// site kept in a pooled list under that number, and found through a table of open addressing over a rented array.
/// </summary>
/// <remarks>
/// <para>A dictionary keyed by <see cref="EntityReference"/> found a definition through its buckets, then its entry, then
/// the defined identifier's string: at a million statements (1.6 M definitions, 4.5 M references) each was a miss in the
/// cache and the TLB, and the look-ups were a third of validation (docs/performance-log.md). Here a slot holds what a look-up
/// compares: the hash with the kind in its low byte, and the identifier's string, so a hit costs the slot and the string
/// compare; the site is read only by those who ask for it. The hash is the string's randomized one, so a hostile document
/// cannot choose identifiers that collide.</para>
/// <para>The arrays are rented (a fresh table per validation was a quarter of what validating 10,000 statements
/// allocated) and given back by <see cref="Dispose"/>. Not thread-safe.</para>
/// </remarks>
internal sealed class DefinitionTable : IDisposable
{
    // The table grows past three quarters full; linear probing stays within a cache line or two below that.
    private const int MinimumCapacity = 16;

    private readonly PooledList<Entry> entries = new();
    private Slot[] slots;
    private int shift;
    private int mask;
    private int limit;

    // What the batched look-up read ahead, kept so that the reads are not optimized away.
    private int touches;

    /// <summary>Initializes a table sized for about <paramref name="expected"/> definitions; it grows past them.</summary>
    public DefinitionTable(int expected)
    {
        var capacity = (int)Math.Min(1u << 30, BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinimumCapacity, expected + (expected / 3) + 1)));
        slots = Rent(capacity);
        SetCapacity(capacity);
    }

    /// <summary>Gets the number of definitions: the distinct kinds and identifiers defined.</summary>
    public int Count => entries.Count;

    /// <summary>Gets the kind and identifier of definition <paramref name="number"/>.</summary>
    public EntityReference KeyAt(int number)
    {
        ref readonly var entry = ref entries[number];
        return EntityReference.Trusted(entry.Kind, entry.Id);
    }

    /// <summary>Gets the site of definition <paramref name="number"/>: the first, or the one <see cref="Replace"/> put there.</summary>
    public RecordModel.Site SiteAt(int number) => entries[number].Site;

    /// <summary>Adds a definition unless one of the same kind and identifier is there.</summary>
    /// <returns>The definition's number: a new one, or that of the definition already there.</returns>
    public int Add(EntityKind kind, string id, RecordModel.Site site, out bool added)
    {
        var tag = TagOf(kind, id);
        var index = tag.Index(shift);
        while (true)
        {
            ref var slot = ref slots[index];
            if (slot.Id is null)
            {
                break;
            }

            if (slot.Tag == tag.Value && string.Equals(slot.Id, id, StringComparison.Ordinal))
            {
                added = false;
                return slot.Number;
            }

            index = (index + 1) & mask;
        }

        var number = entries.Count;
        entries.Add(new Entry(site, id, kind));
        slots[index] = new Slot(id, tag.Value, number);
        added = true;
        if (number + 1 > limit)
        {
            Grow();
        }

        return number;
    }

    /// <summary>Puts another site under a definition's number (a later draft of a provision).</summary>
    public void Replace(int number, RecordModel.Site site)
    {
        ref readonly var entry = ref entries[number];
        entries.Set(number, entry with { Site = site });
    }

    /// <summary>Finds the number of the definition of <paramref name="kind"/> and <paramref name="id"/>; -1 when there is none.</summary>
    public int Find(EntityKind kind, string id)
    {
        var tag = TagOf(kind, id);
        return Probe(tag.Index(shift), tag.Value, id);
    }

    /// <summary>
    /// Finds the numbers of the definitions of several kinds and identifiers (-1 for a null identifier or none defined),
    /// as <see cref="Find(EntityKind, string)"/> does one by one.
    /// </summary>
    /// <remarks>
    /// At a million statements each look-up is a miss in the table and one in the defined identifier's string, and one by
    /// one each waits for the last. Here every identifier is hashed first, then every first slot and the string it holds
    /// are read, loads that do not depend on one another and so overlap, and only then is each look-up made, in the cache.
    /// </remarks>
    public void Find(ReadOnlySpan<EntityKind> kinds, ReadOnlySpan<string?> ids, Span<int> numbers)
    {
        Span<int> tags = stackalloc int[ids.Length];
        Span<int> starts = stackalloc int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] is { } id)
            {
                var tag = TagOf(kinds[i], id);
                tags[i] = tag.Value;
                starts[i] = tag.Index(shift);
            }
            else
            {
                starts[i] = -1;
            }
        }

        var touched = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (starts[i] >= 0 && slots[starts[i]] is { Id: { } defined } slot && slot.Tag == tags[i])
            {
                touched += defined.Length;
            }
        }

        touches += touched;
        for (var i = 0; i < ids.Length; i++)
        {
            numbers[i] = starts[i] < 0 ? -1 : Probe(starts[i], tags[i], ids[i]!);
        }
    }

    /// <summary>Gives the arrays back to the pool; the table is empty afterwards.</summary>
    public void Dispose()
    {
        entries.Dispose();
        if (slots.Length > 0)
        {
            ArrayPool<Slot>.Shared.Return(slots, clearArray: true);
            slots = [];
        }
    }

    // The string's hash (randomized per process) with the kind in its low byte, so that comparing tags compares kinds
    // exactly and 24 bits of the hash; the slot is chosen by the whole tag, spread by Fibonacci hashing.
    private static Tag TagOf(EntityKind kind, string id)
    {
        if ((uint)kind > byte.MaxValue)
        {
            throw new InvalidOperationException("An entity kind's number does not fit the definition table's tag.");
        }

        return new((id.GetHashCode() & ~0xFF) | (int)kind);
    }

    private int Probe(int index, int tag, string id)
    {
        while (true)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Id is null)
            {
                return -1;
            }

            if (slot.Tag == tag && string.Equals(slot.Id, id, StringComparison.Ordinal))
            {
                return slot.Number;
            }

            index = (index + 1) & mask;
        }
    }

    private static Slot[] Rent(int capacity)
    {
        var array = ArrayPool<Slot>.Shared.Rent(capacity);

        // The pool may hand out a longer array (the table uses its first slots only), and one given back uncleared.
        Array.Clear(array);
        return array;
    }

    private void SetCapacity(int capacity)
    {
        shift = 32 - BitOperations.Log2((uint)capacity);
        mask = capacity - 1;
        limit = capacity - (capacity / 4);
    }

    private void Grow()
    {
        var old = slots;
        var oldCapacity = mask + 1;
        var capacity = oldCapacity * 2;
        slots = Rent(capacity);
        SetCapacity(capacity);
        for (var i = 0; i < oldCapacity; i++)
        {
            var slot = old[i];
            if (slot.Id is null)
            {
                continue;
            }

            var index = new Tag(slot.Tag).Index(shift);
            while (slots[index].Id is not null)
            {
                index = (index + 1) & mask;
            }

            slots[index] = slot;
        }

        ArrayPool<Slot>.Shared.Return(old, clearArray: true);
    }

    /// <summary>A slot of the table: empty when <see cref="Id"/> is null.</summary>
    private readonly record struct Slot(string? Id, int Tag, int Number);

    /// <summary>A definition: where it is, and what it defines.</summary>
    private readonly record struct Entry(RecordModel.Site Site, string Id, EntityKind Kind);

    private readonly record struct Tag(int Value)
    {
        public int Index(int shift) => (int)(((uint)Value * 0x9E3779B9u) >> shift);
    }
}
