using System.Text.Json;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads and writes <see cref="NegotiationRecord"/>s in the library's JSON format (see <c>docs/json-format.md</c>).
/// Writing gives the canonical form; every failure to read surfaces as a <see cref="NegotiationJsonException"/>
/// that says what was wrong and where.
/// </summary>
/// <remarks>
/// <para>Reading is safe on untrusted input: the size is limited before parsing (64 MiB unless
/// <see cref="NegotiationJsonReadOptions.MaxInputBytes"/> says otherwise), so is the nesting depth (64); a
/// byte order mark, duplicate member names, invalid UTF-8 and lone surrogates are rejected; members the
/// library does not know are kept in <see cref="UnknownMembers"/> and written back, or rejected by
/// <see cref="NegotiationJsonReadOptions.Strict"/> reading; a newer major <see cref="SchemaVersion"/> is refused.</para>
/// <para>The canonical form is indented by two spaces with <c>\n</c> line ends and no byte order mark;
/// members in the order of the format, then unknown members in the order they were read; empty lists,
/// <see langword="false"/> flags and absent values omitted; non-ASCII text written as itself. Writing what was
/// read gives the same bytes again.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class NegotiationJson
{
    /// <summary>Gets the serializer options of the format, keeping unknown members.</summary>
    internal static JsonSerializerOptions Options => JsonFormat.Lenient;

    /// <summary>Writes a record as canonical JSON text.</summary>
    /// <param name="record">The record to write.</param>
    /// <returns>The JSON text, without a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Serialize(NegotiationRecord record)
    {
        Guard.Against.Null(record);
        using var buffer = Write(record);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a record as canonical JSON to UTF-8 bytes.</summary>
    /// <param name="record">The record to write.</param>
    /// <returns>The UTF-8 bytes of the JSON text, without a byte order mark or a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(NegotiationRecord record)
    {
        Guard.Against.Null(record);
        using var buffer = Write(record);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a record as canonical UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="record">The record to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream utf8Json, NegotiationRecord record)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(record);
        using var buffer = Write(record, utf8Json);
        buffer.FlushToSink();
    }

    /// <summary>Writes a record as canonical UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="record">The record to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task SerializeAsync(Stream utf8Json, NegotiationRecord record, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(record);

        // The generated writer pauses after each entity of the record's lists; whenever a chunk's worth is written, the
        // stream gets it, so that the memory a write holds does not grow with the record.
        using var buffer = new PooledBufferWriter(AsyncChunkSize + (16 * 1024));
        using var writer = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions);
        foreach (var _ in RecordWriter.WriteInSteps(writer, record))
        {
            if (buffer.WrittenCount + writer.BytesPending >= AsyncChunkSize)
            {
                await WriteAndClearAsync(writer, buffer, utf8Json, cancellationToken).ConfigureAwait(false);
            }
        }

        await WriteAndClearAsync(writer, buffer, utf8Json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a record from JSON text with the <see cref="NegotiationJsonReadOptions.Default"/> options.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The text is not a valid record; the exception says what and where.</exception>
    public static NegotiationRecord Deserialize(string json) => Deserialize(json, NegotiationJsonReadOptions.Default);

    /// <summary>Reads a record from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits and strictness of the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NegotiationJsonException">The text is not a valid record; the exception says what and where.</exception>
    public static NegotiationRecord Deserialize(string json, NegotiationJsonReadOptions options)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(options);
        return Deserialize(JsonDocumentReader.Encode(json, options), options);
    }

    // The bytes an asynchronous write hands its stream at a time, between entities; an entity larger than this goes whole.
    private const int AsyncChunkSize = 64 * 1024;

    private static async ValueTask WriteAndClearAsync(Utf8JsonWriter writer, PooledBufferWriter buffer, Stream utf8Json, CancellationToken cancellationToken)
    {
        writer.Flush();
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        buffer.Clear();
    }

    // The generated writer (RecordWriter), held to System.Text.Json's contract byte for byte by RecordWriterContractTest,
    // writes into a pooled buffer: the whole document for a string or bytes, and a stream written synchronously in
    // chunks as the buffer fills (SerializeAsync writes in chunks between entities).
    private static PooledBufferWriter Write(NegotiationRecord record, Stream? sink = null)
    {
        var buffer = new PooledBufferWriter(sink is null ? 16 * 1024 : 64 * 1024, sink);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, JsonFormat.WriterOptions);
            RecordWriter.Write(writer, record);
            writer.Flush();
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>Reads a record from UTF-8 JSON bytes with the <see cref="NegotiationJsonReadOptions.Default"/> options.</summary>
    /// <param name="utf8Json">The UTF-8 bytes, without a byte order mark.</param>
    /// <returns>The record.</returns>
    /// <exception cref="NegotiationJsonException">The bytes are not a valid record; the exception says what and where.</exception>
    public static NegotiationRecord Deserialize(ReadOnlySpan<byte> utf8Json) => Deserialize(utf8Json, NegotiationJsonReadOptions.Default);

    /// <summary>Reads a record from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The UTF-8 bytes, without a byte order mark.</param>
    /// <param name="options">The limits and strictness of the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The bytes are not a valid record; the exception says what and where.</exception>
    public static NegotiationRecord Deserialize(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options)
    {
        Guard.Against.Null(options);
        return JsonDocumentReader.Read<NegotiationRecord>(utf8Json, options);
    }

    /// <summary>Reads a record from a stream of UTF-8 JSON with the <see cref="NegotiationJsonReadOptions.Default"/> options.</summary>
    /// <param name="utf8Json">The stream to read to its end; left open.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The stream does not hold a valid record; the exception says what and where.</exception>
    public static NegotiationRecord Deserialize(Stream utf8Json) => Deserialize(utf8Json, NegotiationJsonReadOptions.Default);

    /// <summary>Reads a record from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read to its end; left open.</param>
    /// <param name="options">The limits and strictness of the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="NegotiationJsonException">The stream does not hold a valid record; the exception says what and where.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static NegotiationRecord Deserialize(Stream utf8Json, NegotiationJsonReadOptions options)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(options);

        // A record is materialised whole anyway; buffering the document lets errors name their exact path.
        using var input = InputBuffer.Read(utf8Json, options);
        return Deserialize(input.Span, options);
    }

    /// <summary>Reads a record from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read to its end; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The stream does not hold a valid record; the exception says what and where.</exception>
    public static Task<NegotiationRecord> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken)
        => DeserializeAsync(utf8Json, NegotiationJsonReadOptions.Default, cancellationToken);

    /// <summary>Reads a record from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read to its end; left open.</param>
    /// <param name="options">The limits and strictness of the read; <see cref="NegotiationJsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The stream does not hold a valid record; the exception says what and where.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static async Task<NegotiationRecord> DeserializeAsync(Stream utf8Json, NegotiationJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        options ??= NegotiationJsonReadOptions.Default;
        using var input = await InputBuffer.ReadAsync(utf8Json, options, cancellationToken).ConfigureAwait(false);
        return Deserialize(input.Span, options);
    }

    /// <summary>
    /// Finds every member of a record's JSON that this library does not know, at every level, with its JSON
    /// path: what strict reading would reject and validation reports as warnings.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>Each unknown member's path (such as <c>$['actors'][0]['nickname']</c>) and value, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static IEnumerable<KeyValuePair<JsonPath, JsonElement>> FindUnknownMembers(NegotiationRecord record)
    {
        Guard.Against.Null(record);
        return UnknownMemberFinder.Find(record, JsonFormat.Lenient);
    }
}
