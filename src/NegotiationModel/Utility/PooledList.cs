using System.Buffers;
using System.Runtime.CompilerServices;

namespace NegotiationModel.Utility;

/// <summary>
/// A list whose array is rented from <see cref="ArrayPool{T}.Shared"/> and given back by <see cref="Dispose"/>:
/// the tables one walk of a record builds (validation's sites, the path table) are large (megabytes for a 10,000-statement record), and allocated afresh
/// they landed on the large object heap, whose budget then called for a full collection every few validations.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>Not thread-safe; after <see cref="Dispose"/> the list is empty and must not be used.</remarks>
internal sealed class PooledList<T> : IDisposable
{
    private T[] items;
    private int count;

    public PooledList(int capacity) => items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

    public int Count => count;

    /// <summary>Gets the elements, in the order added.</summary>
    public ReadOnlySpan<T> Items => items.AsSpan(0, count);

    public void Add(T item)
    {
        if (count == items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(count * 2);
            Items.CopyTo(larger);
            Return();
            items = larger;
        }

        items[count++] = item;
    }

    public void Dispose()
    {
        Return();
        items = [];
        count = 0;
    }

    private void Return()
    {
        if (items.Length == 0)
        {
            return;
        }

        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(items);
    }
}
