using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>Reads and writes a <see cref="SchemaVersion"/> as a <c>"MAJOR.MINOR"</c> string.</summary>
internal sealed partial class SchemaVersionJsonConverter : JsonConverter<SchemaVersion>
{
    /// <summary>A part of a version as the schema and the reader take it: no leading zeros, at most nine digits.</summary>
    public const string NumberPattern = "(0|[1-9][0-9]{0,8})";

    public override SchemaVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the value at the reader: what this converter and the generated record reader share.</summary>
    internal static SchemaVersion ReadCore(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.GetString() is not { } text || !Canonical().IsMatch(text) || !SchemaVersion.TryParse(text, out var version))
        {
            throw new JsonException("The schema version must be a string such as \"1.0\".");
        }

        return version;
    }

    [GeneratedRegex("^" + NumberPattern + "\\." + NumberPattern + "$(?!\\n)", RegexOptions.CultureInvariant)]
    private static partial Regex Canonical();

    public override void Write(Utf8JsonWriter writer, SchemaVersion value, JsonSerializerOptions options) => WriteCore(writer, value);

    /// <summary>Writes a version as its <c>"MAJOR.MINOR"</c> text: the converter's write, for the generated writer to call without an instance.</summary>
    internal static void WriteCore(Utf8JsonWriter writer, SchemaVersion value) => writer.WriteStringValue(value.ToString());
}
