using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>Reads and writes a typed identifier as a plain JSON string, also as a property name.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
/// <remarks>
/// <para>The format's serializer options register one for every identifier type (the list is generated from the
/// identifiers' declarations), so the identifiers themselves know nothing of JSON.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public sealed class EntityIdJsonConverter<TId> : JsonConverter<TId>
    where TId : struct, IEntityId<TId>
{
    /// <inheritdoc />
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the identifier at the reader: what this converter and the generated record reader share.</summary>
    internal static TId ReadCore(ref Utf8JsonReader reader) => Parse(JsonValues.String(ref reader, "an identifier string"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        WriteCore(writer, value);
    }

    /// <summary>Writes an identifier as a JSON string: the converter's write, for the generated writer to call without an instance.</summary>
    internal static void WriteCore(Utf8JsonWriter writer, TId value) => writer.WriteStringValue(Text(value));

    /// <inheritdoc />
    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WritePropertyName(Text(value));
    }

    // The default identifier refers to nothing: written, it would be a null or "" that no reader accepts. The message is
    // made once, not for every identifier written.
    private static readonly string DefaultMessage = $"The {typeof(TId).Name} is the default value, which refers to nothing, and cannot be written.";

    private static string Text(TId value) => Guard.Against.Invalid(value, value.IsDefault, nameof(value), DefaultMessage).Value;

    private static TId Parse(string text) => TId.TryParse(text, out var id) ? id : throw JsonValues.InvalidIdentifier(text);
}
