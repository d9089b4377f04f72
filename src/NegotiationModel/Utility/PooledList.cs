using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NegotiationModel.Utility;

/// <summary>
/// A list kept in segments rented from <see cref="ArrayPool{T}.Shared"/> and given back by <see cref="Dispose"/>: the
/// tables one walk of a record builds (validation's sites, the path table) are large (megabytes for a 10,000-statement
/// record), and allocated afresh they landed on the large object heap, whose budget then called for a full collection
/// every few validations.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>Segment <c>k</c> holds <c>FirstSegment × 2^k</c> elements, so the list grows without copying and without being
/// sized in advance: an array grown by doubling held up to four slots per element while it was copied, and sizing it
/// took a counting walk of the whole record before the real one, which at a million statements brought the record in
/// from memory once more (docs/performance-log.md). At most half the slots rented are unused, and a slot never written
/// is never touched.</para>
/// <para>Not thread-safe; after <see cref="Dispose"/> the list is empty and must not be used.</para>
/// </remarks>
internal sealed class PooledList<T> : IDisposable
{
    private const int FirstSegmentShift = 10;
    private const int FirstSegment = 1 << FirstSegmentShift;

    // Segment k begins at FirstSegment * (2^k - 1); 2^31 elements need 22 segments.
    private readonly T[][] segments = new T[22][];
    private int segmentCount;
    private int count;

    // The segment being filled, its size (the pool may hand out a longer array than asked for), and how far it is filled.
    private T[] current = [];
    private int size;
    private int used;

    public int Count => count;

    /// <summary>Gets the element at <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public ref readonly T this[int index] => ref At(index);

    /// <summary>Replaces the element at <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public void Set(int index, T item) => At(index) = item;

    public void Add(T item)
    {
        if (used == size)
        {
            size = FirstSegment << segmentCount;
            current = ArrayPool<T>.Shared.Rent(size);
            segments[segmentCount++] = current;
            used = 0;
        }

        current[used++] = item;
        count++;
    }

    /// <summary>Returns an enumerator over the elements, in the order added.</summary>
    public Enumerator GetEnumerator() => new(this);

    public void Dispose()
    {
        for (var k = 0; k < segmentCount; k++)
        {
            var segment = segments[k];
            if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
            {
                segment.AsSpan(0, k == segmentCount - 1 ? used : FirstSegment << k).Clear();
            }

            ArrayPool<T>.Shared.Return(segment);
            segments[k] = null!;
        }

        segmentCount = 0;
        count = 0;
        current = [];
        size = 0;
        used = 0;
    }

    private ref T At(int index)
    {
        if ((uint)index >= (uint)count)
        {
            Guard.Against.OutOfRange(index, nameof(index), 0, count - 1);
        }

        var segment = BitOperations.Log2((uint)(index >> FirstSegmentShift) + 1);
        return ref segments[segment][index - ((FirstSegment << segment) - FirstSegment)];
    }

    /// <summary>Enumerates the elements segment by segment, in the order added.</summary>
    public struct Enumerator
    {
        private readonly PooledList<T> list;
        private int segment;
        private int offset;
        private T[] array;
        private int length;

        internal Enumerator(PooledList<T> list)
        {
            this.list = list;
            segment = -1;
            offset = 0;
            array = [];
            length = 0;
        }

        public readonly ref readonly T Current => ref array[offset];

        public bool MoveNext()
        {
            if (++offset < length)
            {
                return true;
            }

            if (++segment >= list.segmentCount)
            {
                return false;
            }

            array = list.segments[segment];
            length = segment == list.segmentCount - 1 ? list.used : FirstSegment << segment;
            offset = 0;
            return length > 0;
        }
    }
}
