using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Walking;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads a record, or an entity, from UTF-8 JSON in one pass: the input checks, the members and the immutable objects
/// at once, with no boxing and no serializer metadata. The methods of each type are generated from the model's types
/// (<c>RecordReaderGenerator</c>); the leaves are read here, by the cores of the converters the contract uses.
/// </summary>
/// <remarks>
/// <para>The System.Text.Json contract stays the reference: this reader only recognises valid input, and gives up on
/// anything it is not sure of, so that <see cref="JsonDocumentReader"/> reads the input again with the contract, which
/// reports the error with its path, line and position. The differential test (<c>RecordReaderDifferentialTest</c>)
/// requires the same record or the same error from both on the hostile corpus, the fixtures, the samples and
/// generated records.</para>
/// <para>What it folds into its one pass of the input checks (<see cref="JsonInputValidator"/>): the depth
/// (<see cref="Utf8JsonReader"/>'s own limit), duplicate members (a bit per known member, the dictionary of unknown
/// ones), UTF-8 and surrogates (every string is unescaped and transcoded, or checked when kept as an unknown
/// member), a byte order mark, and trailing content.</para>
/// </remarks>
[GeneratedReader(typeof(NegotiationRecord))]
internal static partial class RecordReader
{
    // The time zone converter of the format's options, the one the contract reads with.
    private static readonly JsonConverter<DateTimeZone> TimeZoneConverter = JsonFormat.Lenient.Converters.OfType<JsonConverter<DateTimeZone>>().Single();

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a whole document as a <typeparamref name="T"/>, when this reader knows the type and the input is valid.</summary>
    /// <returns><see langword="false"/> when the contract must read the input: it is not valid, or this reader is not sure.</returns>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class
        => TryRead(utf8Json, options, out value, out _);

    /// <summary>Reads a whole document as a <typeparamref name="T"/>, saying why not when this reader leaves it to the contract.</summary>
    /// <returns><see langword="false"/> when the contract must read the input; <paramref name="refusal"/> then says why, when an exception did.</returns>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value, out Exception? refusal)
        where T : class
        => TryRead(utf8Json, options, walk: null, out value, out refusal);

    /// <summary>
    /// Reads a whole document as a <typeparamref name="T"/>, handing each part of the root to <paramref name="walk"/> as soon as
    /// it is built (<see cref="RecordWalker.ForReading"/>); what the walk was given is worth nothing when this returns false.
    /// </summary>
    /// <returns><see langword="false"/> when the contract must read the input; <paramref name="refusal"/> then says why, when an exception did.</returns>
    public static bool TryRead<T>(ReadOnlySpan<byte> utf8Json, NegotiationJsonReadOptions options, RecordWalker? walk, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value, out Exception? refusal)
        where T : class
    {
        value = null;
        refusal = null;
        if (utf8Json.StartsWith(Utf8Bom))
        {
            return false;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var state = new ReadState(options.RejectUnknownMembers) { Walk = walk };
        try
        {
            if (!reader.Read() || !TryReadRoot(ref reader, ref state, out value) || value is null || reader.Read())
            {
                value = null;
                return false;
            }

            // A newer major version is the contract's to refuse, with its own message.
            if (value is NegotiationRecord { SchemaVersion.Major: var major } && major > SchemaVersion.Current.Major)
            {
                value = null;
                return false;
            }

            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            refusal = exception;
            value = null;
            return false;
        }
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out string value)
    {
        value = state.String(ref reader);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out bool value)
    {
        _ = state;
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw ReadState.Refuse(),
        };
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out int value)
    {
        _ = state;
        value = IntegerJsonConverter.ReadCore(ref reader);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out double value)
    {
        _ = state;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out value) || !double.IsFinite(value))
        {
            throw ReadState.Refuse();
        }
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out When value)
    {
        _ = state;
        value = WhenJsonConverter.ReadCore(ref reader);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out SchemaVersion value)
    {
        _ = state;
        value = SchemaVersionJsonConverter.ReadCore(ref reader);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out JsonPath value)
    {
        _ = state;
        value = JsonPathJsonConverter.ReadCore(ref reader);
    }

    // The unknown members of a struct are read by its converter, which leaves their input checks to the caller.
    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out EntityReference value)
    {
        _ = state;
        var start = reader;
        value = EntityReferenceJsonConverter.ReadCore(ref reader, JsonFormat.Lenient);
        ReadState.CheckUnknownMembers(start, ref state, value.UnknownMembers);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out GeoCoordinates value)
    {
        _ = state;
        var start = reader;
        value = GeoCoordinatesJsonConverter.ReadCore(ref reader, JsonFormat.Lenient);
        ReadState.CheckUnknownMembers(start, ref state, value.UnknownMembers);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out Instant value)
    {
        _ = state;
        value = NodaConverters.InstantConverter.Read(ref reader, typeof(Instant), JsonFormat.Lenient);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out LocalDateTime value)
    {
        _ = state;
        value = NodaConverters.LocalDateTimeConverter.Read(ref reader, typeof(LocalDateTime), JsonFormat.Lenient);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out DateTimeZone value)
    {
        _ = state;
        value = TimeZoneConverter.Read(ref reader, typeof(DateTimeZone), JsonFormat.Lenient) ?? throw ReadState.Refuse();
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out Duration value)
    {
        _ = state;
        value = ((JsonConverter<Duration>)NodaConverters.DurationConverter).Read(ref reader, typeof(Duration), JsonFormat.Lenient);
    }

    private static void Read(ref Utf8JsonReader reader, ref ReadState state, out Uri value)
    {
        _ = state;
        value = JsonMetadataServices.UriConverter.Read(ref reader, typeof(Uri), JsonFormat.Lenient) ?? throw ReadState.Refuse();
    }

    /// <summary>Hands the input to the System.Text.Json contract: this reader is not sure of it.</summary>
    internal sealed class RefusedException : Exception
    {
        public RefusedException()
            : base("The one-pass reader leaves this input to the System.Text.Json contract.")
        {
        }
    }
}
