using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>Reads and writes a <see cref="SchemaVersion"/> as a <c>"MAJOR.MINOR"</c> string.</summary>
internal sealed class SchemaVersionJsonConverter : JsonConverter<SchemaVersion>
{
    public override SchemaVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !SchemaVersion.TryParse(reader.GetString(), out var version))
        {
            throw new JsonException("The schema version must be a string such as \"1.0\".");
        }

        return version;
    }

    public override void Write(Utf8JsonWriter writer, SchemaVersion value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
