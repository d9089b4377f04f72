using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads and writes an <see cref="EntityReference"/> as <c>{"kind": "actor", "id": "trump"}</c>, keeping
/// unknown members. A struct cannot take System.Text.Json's extension data, hence this converter.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class EntityReferenceJsonConverter : JsonConverter<EntityReference>
{
    private static readonly KebabCaseEnumConverter<EntityKind> KindConverter = new();

    public override EntityReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader, options);

    /// <summary>Reads the value at the reader, its unknown members created through <paramref name="options"/>: what this converter and the generated record reader share.</summary>
    internal static EntityReference ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Unexpected(ref reader, "an entity reference object such as {\"kind\": \"actor\", \"id\": \"trump\"}");
        }

        var objectStart = reader.TokenStartIndex;
        EntityKind? kind = null;
        string? id = null;
        UnknownMembers? unknown = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "kind":
                    UnknownMemberIO.RejectDuplicate(kind is not null, name);
                    kind = KebabCaseEnumConverter<EntityKind>.ReadCore(ref reader);
                    break;
                case "id":
                    UnknownMemberIO.RejectDuplicate(id is not null, name);
                    id = JsonValues.String(ref reader, "an identifier string");
                    if (!EntityId.IsValid(id))
                    {
                        throw JsonValues.InvalidIdentifier(id);
                    }

                    break;
                default:
                    UnknownMemberIO.Read(ref unknown, name, ref reader, options);
                    break;
            }
        }

        if (kind is null || id is null)
        {
            var missing = kind is null ? "kind" : "id";
            throw new LocatedJsonException($"An entity reference needs its \"{missing}\" member.", objectStart, null, null);
        }

        return new EntityReference(kind.Value, id, unknown);
    }

    public override void Write(Utf8JsonWriter writer, EntityReference value, JsonSerializerOptions options) => WriteCore(writer, value);

    /// <summary>Writes a reference as a JSON object: the converter's write, for the generated writer to call without an instance.</summary>
    internal static void WriteCore(Utf8JsonWriter writer, EntityReference value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("kind"u8);
        KebabCaseEnumConverter<EntityKind>.WriteCore(writer, value.Kind);
        writer.WriteString("id"u8, value.Id);
        UnknownMemberIO.Write(writer, value.UnknownMembers);
        writer.WriteEndObject();
    }
}
