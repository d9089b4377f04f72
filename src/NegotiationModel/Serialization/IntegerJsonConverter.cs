using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads an integer as JSON Schema defines one: any JSON number whose value, read as a double as validators read it, is a whole number in range, however
/// it is spelled (<c>3</c>, <c>3.0</c>, <c>3e0</c>), so that the reader accepts exactly what the schema's
/// <c>"type": "integer"</c> does; writes the shortest form.
/// </summary>
internal sealed class IntegerJsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the value at the reader: what this converter and the generated record reader share.</summary>
    internal static int ReadCore(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("Expected an integer.");
        }

        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        // The value as JSON Schema validators see it, a binary floating-point number: 3.0 and 1e-400 (0) are whole.
        return reader.TryGetDouble(out var number) && double.IsFinite(number) && Math.Floor(number) == number && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new JsonException("The value is not an integer in range.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteNumberValue(value);
    }
}
