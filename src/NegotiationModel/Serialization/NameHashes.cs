namespace NegotiationModel.Serialization;

/// <summary>
/// The hashes of the member names of one object being checked: a short array searched in order while the
/// object is small, as nearly every object is, and a hash set once it is not.
/// </summary>
/// <remarks>Reused for every object at one depth; not thread-safe.</remarks>
internal sealed class NameHashes
{
    private const int SmallCapacity = 16;

    private readonly ulong[] small = new ulong[SmallCapacity];
    private HashSet<ulong>? large;
    private int count;

    /// <summary>Gets a value indicating whether a large object went through, whose hash set is not worth keeping.</summary>
    public bool HoldsMany => large is not null;

    /// <summary>Forgets every name, for the next object at this depth.</summary>
    public void Clear()
    {
        if (count > SmallCapacity)
        {
            large!.Clear();
        }

        count = 0;
    }

    /// <summary>Adds a name's hash.</summary>
    /// <returns><see langword="false"/> when the object already has a name with this hash.</returns>
    public bool Add(ulong hash)
    {
        if (count < SmallCapacity)
        {
            if (small.AsSpan(0, count).Contains(hash))
            {
                return false;
            }

            small[count++] = hash;
            return true;
        }

        if (count == SmallCapacity)
        {
            // Made only for the rare object with many members: one JSON Lines line is a small document of its own.
            large ??= [];
            large.UnionWith(small);
        }

        if (!large!.Add(hash))
        {
            return false;
        }

        count++;
        return true;
    }
}
