using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Walking;

namespace NegotiationModel.Serialization;

/// <summary>
/// The read pipeline every public reading API goes through: size limit, input checks, the serializer,
/// and the translation of whatever it throws into one <see cref="NegotiationJsonException"/> with a path,
/// a line and a byte position.
/// </summary>
internal static class JsonDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads one value of type <typeparamref name="T"/> from a whole UTF-8 document.</summary>
    /// <remarks>
    /// The generated one-pass reader (<see cref="RecordReader"/>) reads valid input; what it refuses, the reference
    /// pipeline reads again, so every error is the reference's, with its path, line and position.
    /// </remarks>
    /// <exception cref="NegotiationJsonException">The input cannot be read.</exception>
    public static T Read<T>(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options)
        where T : class
    {
        CheckSize(utf8Json.Length, options);
        return RecordReader.TryRead<T>(utf8Json, options, out var value) ? value : ReadReference<T>(utf8Json, options);
    }

    /// <summary>
    /// Reads a record as <see cref="Read{T}"/> does, handing each part of its root to <paramref name="walk"/> as soon as the
    /// one-pass reader builds it (<see cref="RecordWalker.ForReading"/>).
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">The limits and strictness of the read.</param>
    /// <param name="walk">The walk to feed.</param>
    /// <param name="walked">Whether the one-pass reader read the record, so that the walk was given all of it; when the reference
    /// pipeline read it again, what the walk was given is worth nothing.</param>
    /// <exception cref="NegotiationJsonException">The input cannot be read.</exception>
    public static NegotiationRecord ReadRecord(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options, RecordWalker walk, out bool walked)
    {
        CheckSize(utf8Json.Length, options);
        walked = RecordReader.TryRead<NegotiationRecord>(utf8Json, options, walk, out var value, out _);
        return walked ? value! : ReadReference<NegotiationRecord>(utf8Json, options);
    }

    /// <summary>
    /// Reads one value of type <typeparamref name="T"/> with the reference pipeline: the input checks, the System.Text.Json
    /// contract, and the translation of what it throws. The differential test compares the generated reader with it.
    /// </summary>
    /// <exception cref="NegotiationJsonException">The input cannot be read.</exception>
    internal static T ReadReference<T>(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options)
        where T : class
    {
        CheckSize(utf8Json.Length, options);
        JsonInputValidator.Validate(utf8Json, options.MaxDepth);
        var declared = typeof(T) == typeof(NegotiationRecord) ? CheckSchemaVersion(utf8Json) : null;

        var typeInfo = (JsonTypeInfo<T>)JsonFormat.For(options).GetTypeInfo(typeof(T));
        try
        {
            if (typeInfo.PolymorphismOptions is not null)
            {
                var reader = new Utf8JsonReader(utf8Json);
                reader.Read();
                PolymorphicKind.Check(reader, typeInfo);
            }

            return JsonSerializer.Deserialize(utf8Json, typeInfo)
                ?? throw new NegotiationJsonException($"The input is the JSON literal null, not {Describe(typeof(T))}.", JsonPath.Root, null, null, null);
        }
        catch (Exception exception) when (IsReadFailure(exception))
        {
            var failure = Translate(exception, utf8Json, options.MaxDepth);
            throw declared > SchemaVersion.Current && IsUnknownValue(exception) ? OfNewerMinor(failure, declared.Value) : failure;
        }
    }

    /// <summary>
    /// Says why a value is unknown when the record is of a newer minor version than this library: a later minor
    /// adds enum values, provision kinds and time forms (docs/json-format.md), so the fix is to upgrade, not to edit.
    /// </summary>
    private static NegotiationJsonException OfNewerMinor(NegotiationJsonException failure, SchemaVersion declared) => new(
        $"The record uses schema version {declared}, newer than the version this library reads ({SchemaVersion.Current}), and this value is not one {SchemaVersion.Current} knows: it may have been added by a later version; upgrade NegotiationModel to read it. ({failure.Problem})",
        failure.Path,
        failure.LineNumber,
        failure.BytePositionInLine,
        failure.InnerException);

    // A value a later minor version may have added: an enum name, a kind of a polymorphic object, a time form.
    private static bool IsUnknownValue(Exception exception)
        => exception is LocatedJsonException { IsUnknownValue: true } || exception.InnerException is Time.WhenParseException;

    /// <summary>
    /// Refuses a record of a newer major version before reading it: its members may mean something else,
    /// and the message should say "upgrade", not report whatever differs first.
    /// </summary>
    /// <returns>The version the record declares, when it declares a valid one.</returns>
    /// <exception cref="NegotiationJsonException">The record's major version is newer than <see cref="SchemaVersion.Current"/>.</exception>
    public static SchemaVersion? CheckSchemaVersion(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = JsonFormat.SerializerMaxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals("schemaVersion");
            reader.Read();
            if (isVersion
                && reader.TokenType == JsonTokenType.String
                && SchemaVersion.TryParse(reader.GetString(), out var version)
                && version.Major > SchemaVersion.Current.Major)
            {
                var (line, position) = JsonPathLocator.LineAndPosition(utf8Json, reader.TokenStartIndex);
                throw new NegotiationJsonException(
                    $"The record uses schema version {version}, a newer major version than this library reads ({SchemaVersion.Current}); upgrade NegotiationModel.",
                    JsonPath.Root.Property("schemaVersion"),
                    line,
                    position,
                    null);
            }

            if (isVersion)
            {
                // The input checks have refused a second schemaVersion; the rest of the document is not read twice.
                return reader.TokenType == JsonTokenType.String && SchemaVersion.TryParse(reader.GetString(), out var declared) ? declared : null;
            }

            reader.Skip();
        }

        return null;
    }

    /// <summary>Encodes JSON text as UTF-8, refusing lone surrogates, which UTF-8 cannot encode.</summary>
    /// <exception cref="NegotiationJsonException">The text is too large or holds a lone surrogate.</exception>
    public static byte[] Encode(string json, NegotiationJsonReadOptions options)
    {
        // A UTF-16 code unit takes at least one UTF-8 byte, so a longer text is too large for sure.
        CheckSize(json.Length, options);
        try
        {
            return StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException exception)
        {
            var valid = Encoding.UTF8.GetBytes(json[..exception.Index]);
            var location = JsonPathLocator.LocateToken(valid, valid.Length, options.MaxDepth);
            var (line, position) = JsonPathLocator.LineAndPosition(valid, valid.Length);
            throw new NegotiationJsonException(
                "The text holds a lone surrogate (half of a UTF-16 pair), which is not a Unicode character.", location.Path, line, position, exception);
        }
    }

    /// <summary>Refuses input larger than <see cref="NegotiationJsonReadOptions.MaxInputBytes"/>.</summary>
    /// <exception cref="NegotiationJsonException">The input is too large.</exception>
    public static void CheckSize(long length, NegotiationJsonReadOptions options)
    {
        if (length > options.MaxInputBytes)
        {
            throw TooLarge(options);
        }
    }

    /// <summary>The exception for input larger than the limit.</summary>
    public static NegotiationJsonException TooLarge(NegotiationJsonReadOptions options) => new(
        string.Create(CultureInfo.InvariantCulture, $"The input is larger than the limit of {options.MaxInputBytes} bytes; raise NegotiationJsonReadOptions.MaxInputBytes to read it."),
        JsonPath.Root,
        null,
        null,
        null);

    /// <summary>Translates what the serializer or a model constructor threw into the documented exception.</summary>
    public static NegotiationJsonException Translate(Exception exception, ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        switch (exception)
        {
            case NegotiationJsonException already:
                return already;
            case LocatedJsonException { Offset: { } offset } located:
                var token = JsonPathLocator.LocateToken(utf8Json, offset, maxDepth);
                return new NegotiationJsonException(located.Message, token.Path, token.LineNumber, token.BytePositionInLine, exception);
            case JsonException json when json.LineNumber is { } line && json.BytePositionInLine is { } position:
                var location = JsonPathLocator.Locate(utf8Json, line, position, maxDepth);
                if (json is LocatedJsonException { Member: { } member })
                {
                    return AtMember(json.Message, exception, utf8Json, location, member, maxDepth);
                }

                return new NegotiationJsonException(Problem(json), location.Path, location.LineNumber, location.BytePositionInLine, exception);
            case JsonException json:
                return new NegotiationJsonException(Problem(json), JsonPathLocator.FromSerializerPath(json.Path), null, null, exception);
            case ArgumentException argument:
                // A constructor of the root object: the serializer gives no position, but the member is known.
                var root = LocatedJsonException.ForInvariant(argument);
                return root.Member is { } rootMember
                    ? AtMember(root.Message, exception, utf8Json, new JsonLocation(JsonPath.Root, 0, 0), rootMember, maxDepth)
                    : new NegotiationJsonException(root.Message, JsonPath.Root, null, null, exception);
            default:
                // InvalidOperationException, NotSupportedException, FormatException, OverflowException the
                // serializer lets through on odd input: report them at the root rather than let them escape.
                return new NegotiationJsonException(JsonInputValidator.StripLocation(exception.Message), JsonPath.Root, null, null, exception);
        }
    }

    /// <summary>Tells whether an exception is one a read of bad input can raise (and must not escape).</summary>
    public static bool IsReadFailure(Exception exception) => exception is JsonException
        or NegotiationJsonException
        or ArgumentException
        or InvalidOperationException
        or NotSupportedException
        or FormatException
        or OverflowException
        or IndexOutOfRangeException
        or KeyNotFoundException;

    private static NegotiationJsonException AtMember(string problem, Exception exception, ReadOnlySpan<byte> utf8Json, JsonLocation objectLocation, string member, int maxDepth)
    {
        // The serializer reports some failures where the member is, others (constructor arguments, and members
        // it applies after construction) where the object ends, which locates the object: then point at the
        // member's value when the object has it, else at the object.
        var objectOffset = ObjectOffset(utf8Json, objectLocation);
        if (objectOffset is not { } start || start >= utf8Json.Length || utf8Json[(int)start] != (byte)'{')
        {
            return new NegotiationJsonException(problem, objectLocation.Path, objectLocation.LineNumber, objectLocation.BytePositionInLine, exception);
        }

        var path = objectLocation.Path.Property(member);
        if (JsonPathLocator.FindMember(utf8Json, start, member, maxDepth) is { } valueOffset)
        {
            var (line, position) = JsonPathLocator.LineAndPosition(utf8Json, valueOffset);
            return new NegotiationJsonException(problem, path, line, position, exception);
        }

        return new NegotiationJsonException(problem, path, objectLocation.LineNumber, objectLocation.BytePositionInLine, exception);
    }

    private static long? ObjectOffset(ReadOnlySpan<byte> utf8Json, JsonLocation location)
    {
        long offset = 0;
        for (long line = 0; line < location.LineNumber; line++)
        {
            var next = utf8Json[(int)offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return null;
            }

            offset += next + 1;
        }

        offset += location.BytePositionInLine;
        var rest = utf8Json[(int)Math.Min(offset, utf8Json.Length)..];
        var skipped = rest.Length - rest.TrimStart(" \t\r\n"u8).Length;
        return offset + skipped;
    }

    private static string Problem(JsonException exception)
    {
        if (exception is LocatedJsonException)
        {
            return exception.Message;
        }

        var message = exception.InnerException switch
        {
            ArgumentException argument => InvariantMessage.Of(argument),
            { } inner and not JsonException => inner.Message,
            _ => JsonInputValidator.StripLocation(exception.Message),
        };
        return SerializerMessages.Rewrite(message);
    }

    private static string Describe(Type type) => type == typeof(NegotiationRecord) ? "a record" : "an object";
}
