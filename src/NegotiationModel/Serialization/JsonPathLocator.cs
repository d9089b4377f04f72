using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NegotiationModel.Serialization;

/// <summary>
/// Finds the JSON path of the value at a line and byte position of a document. System.Text.Json
/// reports exact positions but, past a custom converter, only the path of the enclosing member;
/// re-reading the document up to the position recovers the full path.
/// </summary>
internal static class JsonPathLocator
{
    /// <summary>
    /// Finds the last token that starts before the position, and returns its path (such as
    /// <c>$.actors[0].id</c>) and where it starts; for the end of an object or array, where that object or array starts.
    /// </summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="lineNumber">The zero-based line of the position.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in that line.</param>
    /// <param name="maxDepth">The nesting depth to allow while re-reading.</param>
    public static JsonLocation Locate(ReadOnlySpan<byte> utf8Json, long lineNumber, long bytePositionInLine, int maxDepth)
    {
        var target = Offset(utf8Json, lineNumber, bytePositionInLine);
        var frames = new List<Frame>();
        long tokenStart = 0;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read() && reader.TokenStartIndex < target)
            {
                tokenStart = reader.TokenStartIndex;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = frames[^1] with { Property = reader.GetString() };
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        CountElement(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null, reader.TokenStartIndex));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        tokenStart = frames[^1].Start;
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    default:
                        CountElement(frames);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // The document is malformed at or before the position: the path read so far is the answer.
        }

        var (line, position) = LineAndPosition(utf8Json, tokenStart);
        return new JsonLocation(Format(frames), line, position);
    }

    private static (long Line, long BytePositionInLine) LineAndPosition(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var before = utf8Json[..(int)Math.Min(offset, utf8Json.Length)];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n'), offset - (lastNewLine + 1));
    }

    private static void CountElement(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
        }
    }

    private static long Offset(ReadOnlySpan<byte> utf8Json, long lineNumber, long bytePositionInLine)
    {
        long offset = 0;
        for (long line = 0; line < lineNumber; line++)
        {
            var next = utf8Json[(int)offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8Json.Length;
            }

            offset += next + 1;
        }

        return offset + bytePositionInLine;
    }

    private static string Format(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path.Append(CultureInfo.InvariantCulture, $"[{frame.Index}]");
                }
            }
            else if (frame.Property is { } property)
            {
                if (IsPlainName(property))
                {
                    path.Append('.').Append(property);
                }
                else
                {
                    path.Append("['").Append(property.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                }
            }
        }

        return path.ToString();
    }

    private static bool IsPlainName(string property)
        => property.Length > 0 && !char.IsAsciiDigit(property[0]) && property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private readonly record struct Frame(bool IsArray, int Index, string? Property, long Start);
}
