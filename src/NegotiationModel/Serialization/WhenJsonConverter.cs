using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="When"/> as a JSON string holding its canonical text form, such as
/// <c>"2025-12-28Tafternoon[America/New_York]"</c>. A text that is not a valid time value fails with a
/// <see cref="JsonException"/> whose message says what is wrong and at which character, and whose inner
/// exception is the <see cref="WhenParseException"/>.
/// </summary>
/// <remarks>This type is thread-safe: the builder it writes with is each thread's own.</remarks>
internal sealed class WhenJsonConverter : JsonConverter<When>
{
    [ThreadStatic]
    private static StringBuilder? text;

    public override When Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the value at the reader: what this converter and the generated record reader share.</summary>
    /// <remarks>
    /// A plain value (ASCII, no escapes, as every canonical time value is written) is parsed from the bytes, without the
    /// string and the parser object a record's every time value cost; anything else, and any value the parse refuses,
    /// goes through the string, whose parse gives the error, so the values and the errors are the same either way.
    /// </remarks>
    internal static When ReadCore(ref Utf8JsonReader reader)
        => TryReadPlain(ref reader) is { } plain ? plain
            : When.TryParse(JsonValues.String(ref reader, "a time value string, such as \"2025-12-28\","), out var value, out var error)
                ? value
                : throw new JsonException(error.Message, error);

    private static When? TryReadPlain(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > When.MaxTextLength)
        {
            return null;
        }

        var bytes = reader.ValueSpan;
        Span<char> text = stackalloc char[bytes.Length];
        return Ascii.ToUtf16(bytes, text, out var written) == OperationStatus.Done && WhenParser.TryParse(text[..written], out var value) ? value : null;
    }

    public override void Write(Utf8JsonWriter writer, When value, JsonSerializerOptions options) => WriteCore(writer, value);

    /// <summary>Writes a time value as its text: the converter's write, for the generated writer to call without an instance.</summary>
    /// <remarks>
    /// The text is the one <see cref="When.ToString"/> gives, built in a builder kept by the thread: a record holds a time
    /// for most of what it holds, and a string and a builder for each were a third of what writing one allocated.
    /// </remarks>
    internal static void WriteCore(Utf8JsonWriter writer, When value)
    {
        var builder = text ??= new StringBuilder(64);
        builder.Clear();
        value.AppendTo(builder);
        var chunks = builder.GetChunks().GetEnumerator();
        if (chunks.MoveNext() && chunks.Current is var first && !chunks.MoveNext())
        {
            writer.WriteStringValue(first.Span);
        }
        else
        {
            writer.WriteStringValue(builder.ToString());
        }

        if (builder.Capacity > 1024)
        {
            // A text that long is unusual (a range of qualified times at most is short): let its buffer go.
            text = null;
        }
    }
}
