using System.Text.Json;
using System.Text.Json.Serialization;
using NegotiationModel.Time;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="When"/> as a JSON string holding its canonical text form, such as
/// <c>"2025-12-28Tafternoon[America/New_York]"</c>. A text that is not a valid time value fails with a
/// <see cref="JsonException"/> whose message says what is wrong and at which character, and whose inner
/// exception is the <see cref="WhenParseException"/>.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class WhenJsonConverter : JsonConverter<When>
{
    public override When Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the value at the reader: what this converter and the generated record reader share.</summary>
    internal static When ReadCore(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a time value string, such as \"2025-12-28\", but found {reader.TokenType}.");
        }

        return When.TryParse(reader.GetString(), out var value, out var error)
            ? value
            : throw new JsonException(error.Message, error);
    }

    public override void Write(Utf8JsonWriter writer, When value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
