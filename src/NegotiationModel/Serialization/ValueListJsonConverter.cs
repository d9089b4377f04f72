using System.Collections.Immutable;
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
    public override bool HandleNull => true;

    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ValueList<T>.Empty;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array but found {reader.TokenType}.");
        }

        // The element's converter reads from this very reader, not from a copy scoped to the element as
        // JsonSerializer.Deserialize(ref reader) would, so error positions stay absolute in the document.
        var elementInfo = options.GetTypeInfo(typeof(T));
        var elementConverter = (JsonConverter<T>)elementInfo.Converter;
        var isPolymorphic = elementInfo.PolymorphismOptions is not null;
        var builder = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new LocatedJsonException("A list cannot hold null.", reader.TokenStartIndex, null, null);
            }

            if (isPolymorphic)
            {
                PolymorphicKind.Check(reader, elementInfo);
            }

            try
            {
                builder.Add(elementConverter.Read(ref reader, typeof(T), options)!);
            }
            catch (ArgumentException exception)
            {
                // An element's constructor rejected a value: report it where the element ends, naming the
                // member when the guard names one.
                throw LocatedJsonException.ForInvariant(exception);
            }
        }

        return new ValueList<T>(builder.DrainToImmutable());
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
}
