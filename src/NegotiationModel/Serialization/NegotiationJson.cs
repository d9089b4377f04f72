using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads and writes <see cref="NegotiationRecord"/>s in the library's JSON format. Every failure to read
/// surfaces as a <see cref="NegotiationJsonException"/> that says what was wrong and where.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class NegotiationJson
{
    /// <summary>Gets the options of the format: the source-generated contract, its modifiers and the NodaTime converters.</summary>
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonTypeInfo<NegotiationRecord> RecordInfo { get; } = (JsonTypeInfo<NegotiationRecord>)Options.GetTypeInfo(typeof(NegotiationRecord));

    /// <summary>Writes a record as indented, UTF-8 JSON text.</summary>
    /// <param name="record">The record to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Serialize(NegotiationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(record, RecordInfo);
    }

    /// <summary>Writes a record as indented JSON to UTF-8 bytes.</summary>
    /// <param name="record">The record to write.</param>
    /// <returns>The UTF-8 bytes of the JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(NegotiationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.SerializeToUtf8Bytes(record, RecordInfo);
    }

    /// <summary>Writes a record as indented UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="record">The record to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task SerializeAsync(Stream utf8Json, NegotiationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.SerializeAsync(utf8Json, record, RecordInfo, cancellationToken);
    }

    /// <summary>Reads a record from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The text is not a valid record; the message says what and where.</exception>
    public static NegotiationRecord Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a record from UTF-8 JSON bytes.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The record.</returns>
    /// <exception cref="NegotiationJsonException">The bytes are not a valid record; the message says what and where.</exception>
    public static NegotiationRecord Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize(utf8Json, RecordInfo));
        }
        catch (Exception exception) when (IsReadFailure(exception))
        {
            throw ToNegotiationJsonException(exception, utf8Json);
        }
    }

    /// <summary>Reads a record from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read; left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NegotiationJsonException">The stream does not hold a valid record; the message says what and where.</exception>
    public static async Task<NegotiationRecord> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // A record is materialised whole anyway; buffering the document lets errors name their exact path.
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static NegotiationRecord Check(NegotiationRecord? record)
    {
        if (record is null)
        {
            throw new NegotiationJsonException("The document is the JSON literal null, not a record.", "$", null, null, null);
        }

        if (record.SchemaVersion.Major > SchemaVersion.Current.Major)
        {
            throw new NegotiationJsonException(
                $"The record uses schema version {record.SchemaVersion}, a newer major version than this library reads ({SchemaVersion.Current}); upgrade NegotiationModel.",
                "$.schemaVersion",
                null,
                null,
                null);
        }

        return record;
    }

    // System.Text.Json raises these besides JsonException on some malformed inputs; constructors raise
    // ArgumentException for values that break an invariant. None may escape the public API.
    private static bool IsReadFailure(Exception exception) => exception is JsonException
        or ArgumentException
        or InvalidOperationException
        or NotSupportedException
        or FormatException
        or OverflowException;

    private static NegotiationJsonException ToNegotiationJsonException(Exception exception, ReadOnlySpan<byte> utf8Json)
    {
        switch (exception)
        {
            case NegotiationJsonException already:
                return already;
            case JsonException json:
                var problem = json.InnerException switch
                {
                    ArgumentException argument => InvariantMessage.Of(argument),
                    { } inner and not JsonException => inner.Message,
                    _ => StripLocation(json.Message),
                };
                if (json.LineNumber is { } line && json.BytePositionInLine is { } position)
                {
                    var location = JsonPathLocator.Locate(utf8Json, line, position, Options.MaxDepth == 0 ? 64 : Options.MaxDepth);
                    return new NegotiationJsonException(problem, location.Path, location.LineNumber, location.BytePositionInLine, exception);
                }

                return new NegotiationJsonException(problem, json.Path, null, null, exception);
            case ArgumentException argument:
                return new NegotiationJsonException(InvariantMessage.Of(argument), "$", null, null, exception);
            default:
                return new NegotiationJsonException(exception.Message, null, null, null, exception);
        }
    }

    // JsonException messages end with " Path: $.x | LineNumber: 0 | BytePositionInLine: 1."; we report those separately.
    private static string StripLocation(string message)
    {
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return index < 0 ? message : message[..index];
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(NegotiationJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new NegotiationJsonContext().WithAddedModifier(OmitEmptyMembers),
        };
        options.Converters.Add(NodaConverters.InstantConverter);
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        options.Converters.Add(NodaConverters.DurationConverter);
        options.Converters.Add(NodaConverters.CreateDateTimeZoneConverter(DateTimeZoneProviders.Tzdb));
        options.MakeReadOnly();
        return options;
    }

    // An empty list or a false flag says nothing a missing member does not (both read back the same), so
    // the canonical form omits them: files stay short and diffs show only what carries information.
    private static void OmitEmptyMembers(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                property.ShouldSerialize = static (_, value) => value is IValueList { IsEmpty: false };
            }
            else if (property.PropertyType == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
        }
    }
}
