using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NegotiationModel.Kinds;
using NegotiationModel.Serialization;

namespace NegotiationModel.Storage;

/// <summary>
/// Entities as stored: compact canonical JSON, each in the same form as inside a record (the JSON Lines form), read back
/// through the library's reader so that unknown members are kept and checks apply.
/// </summary>
internal static class EntityJson
{
    private static readonly JsonWriterOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        MaxDepth = JsonFormat.SerializerMaxDepth,
    };

    /// <summary>Writes one entity as compact JSON text.</summary>
    public static string Write(IRecordEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            JsonSerializer.Serialize(writer, entity, JsonFormat.Lenient.GetTypeInfo(EntityKinds.Of(entity).EntityType!));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads entities of one kind from their stored JSON texts, in order.</summary>
    public static IEnumerable<IRecordEntity> Read(EntityKind kind, IEnumerable<string> bodies)
    {
        using var lines = new MemoryStream();
        foreach (var body in bodies)
        {
            lines.Write(Encoding.UTF8.GetBytes(body));
            lines.WriteByte((byte)'\n');
        }

        lines.Position = 0;
        return [.. NegotiationJsonLines.ReadEntities(lines, kind, NegotiationJsonReadOptions.Default with { MaxInputBytes = Array.MaxLength })];
    }
}
