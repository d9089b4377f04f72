using System.Text;
using System.Text.Json;
using Newtonsoft.Json;

namespace NegotiationModel.Benchmarks.Baselines;

/// <summary>The baselines of the same run: what the stack can do at best, and what users would do instead.</summary>
internal static class Baseline
{
    private static readonly Newtonsoft.Json.JsonSerializer NewtonsoftReader = Newtonsoft.Json.JsonSerializer.CreateDefault();

    private static readonly Newtonsoft.Json.JsonSerializer NewtonsoftWriter = Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new global::Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.Indented,
    });

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<RecordDto> DtoWriting =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<RecordDto>)new JsonSerializerOptions(DtoJsonContext.Default.Options)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NewLine = "\n",
        }.GetTypeInfo(typeof(RecordDto));

    /// <summary>Reads every token and nothing else: the floor under any reader of the document.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The number of tokens, so the work cannot be optimised away.</returns>
    public static int Tokenize(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Deserializes the DTO mirror with source-generated System.Text.Json: the limit for this stack.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The DTO.</returns>
    public static RecordDto DeserializeDto(ReadOnlySpan<byte> json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, DtoJsonContext.Default.RecordDto)!;

    /// <summary>Deserializes the init-only DTO mirror with source-generated System.Text.Json: the limit for immutable types.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The DTO.</returns>
    public static Immutable.RecordDto DeserializeImmutableDto(ReadOnlySpan<byte> json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, Immutable.ImmutableDtoJsonContext.Default.RecordDto)!;

    /// <summary>Deserializes the DTO mirror with Newtonsoft.Json from the same bytes, through a stream reader as users do.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The DTO.</returns>
    public static RecordDto DeserializeDtoNewtonsoft(byte[] json)
    {
        using var stream = new MemoryStream(json, writable: false);
        using var text = new StreamReader(stream, Encoding.UTF8);
        using var reader = new JsonTextReader(text);
        return NewtonsoftReader.Deserialize<RecordDto>(reader)!;
    }

    /// <summary>
    /// Reads the statements of a JSON Lines stream into DTOs with source-generated System.Text.Json, which reads
    /// a stream of top-level values (a JSON Lines file is one) since .NET 9.
    /// </summary>
    /// <param name="utf8JsonLines">The JSON Lines stream.</param>
    /// <returns>The number of statements read.</returns>
    public static async Task<int> StreamStatementDtos(Stream utf8JsonLines)
    {
        var count = 0;
        await foreach (var statement in System.Text.Json.JsonSerializer.DeserializeAsyncEnumerable(utf8JsonLines, DtoJsonContext.Default.StatementDto, topLevelValues: true))
        {
            count += statement is null ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// Serializes the DTO mirror with source-generated System.Text.Json, indented and escaping as the library
    /// does (non-ASCII text written as itself), so that both write the same text and the ratio compares like with like.
    /// </summary>
    /// <param name="dto">The DTO.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] SerializeDto(RecordDto dto) =>
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(dto, DtoWriting);

    /// <summary>Serializes the DTO mirror with Newtonsoft.Json, camel case and indented like the library's output.</summary>
    /// <param name="dto">The DTO.</param>
    /// <returns>The UTF-8 JSON.</returns>
    public static byte[] SerializeDtoNewtonsoft(RecordDto dto)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(false), 16 * 1024, leaveOpen: true))
        {
            NewtonsoftWriter.Serialize(text, dto);
        }

        return stream.ToArray();
    }
}
