using System.Text.Json;

namespace NegotiationModel.Cli;

/// <summary>
/// Where the values at some JSON paths start in a document, as one-based lines and columns, so diagnostics can
/// point an editor at the offending member. Columns count UTF-16 code units (docs/cli.md).
/// </summary>
/// <remarks>
/// All the wanted paths are found in one pass over the document: a tree of the wanted paths is followed
/// token by token, and the column is counted on from the previous token, never again from the start of the
/// line, so locating any number of paths costs one read of the document (a minified record is one line).
/// </remarks>
internal sealed class JsonPositions
{
    private readonly Node root = new();
    private long offset;
    private long line = 1;
    private long column = 1;

    /// <summary>Finds where the value at each of <paramref name="wanted"/> starts in <paramref name="utf8Json"/>.</summary>
    public JsonPositions(ReadOnlySpan<byte> utf8Json, IEnumerable<JsonPath> wanted)
    {
        foreach (var path in wanted)
        {
            var node = root;
            foreach (var segment in path.Segments)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(segment, out var child))
                {
                    child = new Node();
                    node.Children.Add(segment, child);
                }

                node = child;
            }
        }

        Walk(utf8Json);
    }

    /// <summary>Gets how many bytes of the document the column counting passed over: never more than its length.</summary>
    public long CountedBytes { get; private set; }

    /// <summary>Returns the one-based column just after <paramref name="lineBytes"/>, the start of a line.</summary>
    public static long ColumnAfter(ReadOnlySpan<byte> lineBytes)
    {
        long column = 1;
        foreach (var b in lineBytes)
        {
            column += Utf16Units(b);
        }

        return column;
    }

    /// <summary>Finds the position of the value at <paramref name="path"/>, or of its nearest enclosing value that exists.</summary>
    public (long Line, long Column) Find(JsonPath path)
    {
        var node = root;
        var found = root.Position ?? (1, 1);
        foreach (var segment in path.Segments)
        {
            if (node.Children is null || !node.Children.TryGetValue(segment, out node))
            {
                break;
            }

            found = node.Position ?? found;
        }

        return found;
    }

    // A UTF-8 lead byte starts one UTF-16 code unit, or two for a four-byte sequence (outside the BMP);
    // continuation bytes add none.
    private static int Utf16Units(byte b) => b switch
    {
        < 0x80 => 1,
        < 0xC0 => 0,
        < 0xF0 => 1,
        _ => 2,
    };

    private void Walk(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 1024 });
        var frames = new List<Frame>();
        string? member = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        // Names are only read where a wanted path goes on; elsewhere the name matters to no one.
                        member = frames[^1].Node?.Children is null ? null : reader.GetString();
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                }

                var node = frames.Count == 0 ? root : Child(frames, member);
                if (node is not null)
                {
                    node.Position = PositionOf(utf8Json, reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    if (node?.Children is null)
                    {
                        // Nothing wanted lies inside: pass over the whole value.
                        reader.Skip();
                        continue;
                    }

                    frames.Add(new Frame(node, reader.TokenType == JsonTokenType.StartArray, -1));
                }
            }
        }
        catch (JsonException)
        {
            // A malformed document keeps the positions found before the problem.
        }
    }

    private static Node? Child(List<Frame> frames, string? member)
    {
        var parent = frames[^1];
        JsonPathSegment segment;
        if (parent.IsArray)
        {
            frames[^1] = parent with { Index = parent.Index + 1 };
            segment = JsonPathSegment.At(parent.Index + 1);
        }
        else if (member is not null)
        {
            segment = JsonPathSegment.Member(member);
        }
        else
        {
            return null;
        }

        return parent.Node?.Children is { } children && children.TryGetValue(segment, out var child) ? child : null;
    }

    private (long Line, long Column) PositionOf(ReadOnlySpan<byte> utf8Json, long tokenStart)
    {
        for (; offset < tokenStart; offset++)
        {
            var b = utf8Json[(int)offset];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column += Utf16Units(b);
            }

            CountedBytes++;
        }

        return (line, column);
    }

    private sealed class Node
    {
        public Dictionary<JsonPathSegment, Node>? Children { get; set; }

        public (long Line, long Column)? Position { get; set; }
    }

    private readonly record struct Frame(Node? Node, bool IsArray, int Index);
}
