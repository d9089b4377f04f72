using System.Text.Json;
using System.Text.Json.Serialization;
using NegotiationModel.Time;

namespace NegotiationModel.Serialization;

/// <summary>Reads and writes a <see cref="When"/> as its text form.</summary>
internal sealed class WhenJsonConverter : JsonConverter<When>
{
    public override When Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a time value string but found {reader.TokenType}.");
        }

        try
        {
            return When.Parse(reader.GetString()!);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException)
        {
            throw new JsonException(exception.Message, exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, When value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString());
}
