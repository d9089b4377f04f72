using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>Reads and writes a <see cref="JsonPath"/> as its normalized text, such as <c>"$['actors'][0]['names']"</c>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class JsonPathJsonConverter : JsonConverter<JsonPath>
{
    public override JsonPath Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the value at the reader: what this converter and the generated record reader share.</summary>
    internal static JsonPath ReadCore(ref Utf8JsonReader reader)
    {
        var text = JsonValues.String(ref reader, "a JSON path such as \"$['actors'][0]\"");
        return JsonPath.TryParse(text, out var path)
            ? path
            : throw new JsonException($"'{(text.Length > 200 ? text[..200] + "…" : text)}' is not a normalized JSON path (RFC 9535) such as $['actors'][0].");
    }

    public override void Write(Utf8JsonWriter writer, JsonPath value, JsonSerializerOptions options) => WriteCore(writer, value);

    /// <summary>Writes a path as its normalized text: the converter's write, for the generated writer to call without an instance.</summary>
    internal static void WriteCore(Utf8JsonWriter writer, JsonPath value) => writer.WriteStringValue(value.ToString());
}
