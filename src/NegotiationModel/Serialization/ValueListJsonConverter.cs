using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NegotiationModel.Serialization;

/// <summary>Reads and writes a <see cref="ValueList{T}"/> as a JSON array, keeping its order.</summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// Elements are read and written through the element's own contract in the options, so a source-generated
/// context stays reflection-free. A JSON <c>null</c> reads as the empty list. This type is thread-safe.
/// </remarks>
internal sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
{
    private ElementCache? elementCache;

    public override bool HandleNull => true;

    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ValueList<T>.Empty;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonValues.Unexpected(ref reader, "an array");
        }

        // The element's converter reads from this very reader, not from a copy scoped to the element as
        // JsonSerializer.Deserialize(ref reader) would, so error positions stay absolute in the document.
        // Elements gather in a pooled buffer and are copied once into an array of the exact size: a builder
        // would allocate itself, a spare capacity and, for most lists, a second array (measured in
        // docs/performance-log.md: a seventh of what loading a record allocated).
        var element = Element(options);
        var buffer = ArrayPool<T>.Shared.Rent(16);
        var count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    throw new LocatedJsonException("A list cannot hold null.", reader.TokenStartIndex, null, null);
                }

                if (element.IsPolymorphic)
                {
                    PolymorphicKind.Check(reader, element.Info);
                }

                T item;
                try
                {
                    item = element.Converter.Read(ref reader, typeof(T), options)!;
                }
                catch (ArgumentException exception)
                {
                    // An element's constructor rejected a value: report it where the element ends, naming the
                    // member when the guard names one.
                    throw LocatedJsonException.ForInvariant(exception);
                }

                if (count == buffer.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(count * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    Return(buffer, count);
                    buffer = larger;
                }

                buffer[count++] = item;
            }

            return count == 0 ? ValueList<T>.Empty : new ValueList<T>(ImmutableArray.Create(new ReadOnlySpan<T>(buffer, 0, count)));
        }
        finally
        {
            Return(buffer, count);
        }
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var elementInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, elementInfo);
        }

        writer.WriteEndArray();
    }

    private static void Return(T[] buffer, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            buffer.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(buffer);
    }

    // Looking the element's contract up in the options costs more than reading a short list, so the
    // converter keeps the last one; the holder is immutable, so threads sharing the converter see a whole one.
    private ElementCache Element(JsonSerializerOptions options)
    {
        var cached = elementCache;
        if (cached is null || !ReferenceEquals(cached.Options, options))
        {
            var info = options.GetTypeInfo(typeof(T));
            cached = new ElementCache(options, info, (JsonConverter<T>)info.Converter, info.PolymorphismOptions is not null);
            elementCache = cached;
        }

        return cached;
    }

    private sealed record ElementCache(JsonSerializerOptions Options, JsonTypeInfo Info, JsonConverter<T> Converter, bool IsPolymorphic);
}
