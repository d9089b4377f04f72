using System.Globalization;
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
    /// <c>$['actors'][0]['id']</c>) and where it starts; for the end of an object or array, where that object or array starts.
    /// </summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="lineNumber">The zero-based line of the position.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in that line.</param>
    /// <param name="maxDepth">The nesting depth to allow while re-reading.</param>
    public static JsonLocation Locate(ReadOnlySpan<byte> utf8Json, long lineNumber, long bytePositionInLine, int maxDepth)
        => Locate(utf8Json, Offset(utf8Json, lineNumber, bytePositionInLine), inclusive: false, maxDepth);

    /// <summary>Returns the path of the token that starts at <paramref name="offset"/> and where it is.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="offset">The absolute byte offset where the token starts.</param>
    /// <param name="maxDepth">The nesting depth to allow while re-reading.</param>
    public static JsonLocation LocateToken(ReadOnlySpan<byte> utf8Json, long offset, int maxDepth)
        => Locate(utf8Json, offset, inclusive: true, maxDepth);

    /// <summary>
    /// Finds the member <paramref name="name"/> of the object that starts at <paramref name="objectOffset"/>
    /// and returns the offset of its value, or <see langword="null"/> when the object has no such member.
    /// </summary>
    public static long? FindMember(ReadOnlySpan<byte> utf8Json, long objectOffset, string name, int maxDepth)
    {
        if (objectOffset < 0 || objectOffset >= utf8Json.Length)
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8Json[(int)objectOffset..], new JsonReaderOptions { MaxDepth = maxDepth, AllowMultipleValues = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var found = reader.ValueTextEquals(name);
                reader.Read();
                if (found)
                {
                    return objectOffset + reader.TokenStartIndex;
                }

                reader.Skip();
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Malformed after the object's start: the member cannot be found.
        }

        return null;
    }

    /// <summary>Returns the zero-based line and byte position in that line of an absolute offset.</summary>
    public static (long Line, long BytePositionInLine) LineAndPosition(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var before = utf8Json[..(int)Math.Min(offset, utf8Json.Length)];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n'), offset - (lastNewLine + 1));
    }

    private static JsonLocation Locate(ReadOnlySpan<byte> utf8Json, long target, bool inclusive, int maxDepth)
    {
        var frames = new List<Frame>();
        long tokenStart = 0;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read() && (reader.TokenStartIndex < target || (inclusive && reader.TokenStartIndex == target)))
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

    private static JsonPath Format(List<Frame> frames)
    {
        var path = JsonPath.Root;
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                if (frame.Index >= 0)
                {
                    path = path.Index(frame.Index);
                }
            }
            else if (frame.Property is { } property)
            {
                path = path.Property(property);
            }
        }

        return path;
    }

    /// <summary>
    /// Reads the path System.Text.Json gives an exception (<c>$.actors[0]</c>, <c>$['x-num']</c>) into the
    /// one path type; the enclosing path it can read when it cannot read all, <c>$</c> at worst.
    /// </summary>
    public static JsonPath FromSerializerPath(string? text)
    {
        var path = JsonPath.Root;
        if (text is null || !text.StartsWith('$'))
        {
            return path;
        }

        var at = 1;
        while (at < text.Length)
        {
            if (text[at] == '.')
            {
                var end = text.IndexOfAny(['.', '['], at + 1);
                end = end < 0 ? text.Length : end;
                path = path.Property(text[(at + 1)..end]);
                at = end;
            }
            else if (text.AsSpan(at).StartsWith("['", StringComparison.Ordinal) && text.IndexOf("']", at + 2, StringComparison.Ordinal) is var close and > 0)
            {
                path = path.Property(text[(at + 2)..close]);
                at = close + 2;
            }
            else if (text[at] == '[' && text.IndexOf(']', at) is var bracket and > 0
                && int.TryParse(text.AsSpan(at + 1, bracket - at - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                path = path.Index(index);
                at = bracket + 1;
            }
            else
            {
                break;
            }
        }

        return path;
    }

    private readonly record struct Frame(bool IsArray, int Index, string? Property, long Start);
}
