using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace NegotiationModel.Serialization;

/// <summary>
/// The elements of one JSON array as the generated <see cref="RecordReader"/> reads them, copied once into a list of
/// the exact size (as <see cref="ValueListJsonConverter{T}"/> does, for the same reason): the first
/// <see cref="InlineCount"/> in the buffer itself, on the stack, the rest in a pooled array.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Most lists of a record are short (a statement's speakers, texts, topics and citations: one or two each), so a read
/// took an array from the shared pool and gave it back, cleared, for every list; a short list now never meets the pool.
/// </remarks>
internal ref struct ListBuffer<T>
{
    /// <summary>How many elements the buffer holds before it takes an array from the pool.</summary>
    public const int InlineCount = 8;

    private Inline first;
    private T[]? buffer;
    private int count;

    /// <summary>Starts a list at the reader's <c>[</c>; anything else is refused.</summary>
    public ListBuffer(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw ReadState.Refuse();
        }
    }

    /// <summary>Moves to the next element; <see langword="false"/> at the end of the array. A null element is refused.</summary>
    public static bool Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            throw ReadState.Refuse();
        }

        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Adds an element.</summary>
    public void Add(T item)
    {
        if (count < InlineCount)
        {
            first[count++] = item;
            return;
        }

        if (buffer is null)
        {
            buffer = ArrayPool<T>.Shared.Rent(InlineCount * 4);
            ((ReadOnlySpan<T>)first).CopyTo(buffer);
        }
        else if (count == buffer.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(count * 2);
            buffer.AsSpan(0, count).CopyTo(larger);
            Return(buffer, count);
            buffer = larger;
        }

        buffer[count++] = item;
    }

    /// <summary>Returns the list and gives the buffer back to the pool.</summary>
    public ValueList<T> ToValueList()
    {
        if (count == 0)
        {
            return ValueList<T>.Empty;
        }

        if (buffer is null)
        {
            return new ValueList<T>(ImmutableArray.Create(((ReadOnlySpan<T>)first)[..count]));
        }

        var list = new ValueList<T>(ImmutableArray.Create(new ReadOnlySpan<T>(buffer, 0, count)));
        Return(buffer, count);
        buffer = null;
        return list;
    }

    private static void Return(T[] buffer, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            buffer.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(buffer);
    }

    [InlineArray(InlineCount)]
    private struct Inline
    {
        private T element;
    }
}
