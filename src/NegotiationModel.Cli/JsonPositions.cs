using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NegotiationModel.Cli;

/// <summary>
/// Where each value of a JSON document starts, by JSON path (<c>$.statements[3].speakers[0]</c>), as a
/// one-based line and character column, so diagnostics can point an editor at the offending member.
/// Built in one pass, on demand, only for files that have diagnostics.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (long Line, long Column)> positions = new(StringComparer.Ordinal);

    public JsonPositions(byte[] utf8Json)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8Json.Length; i++)
        {
            if (utf8Json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        var frames = new List<(bool IsArray, int Index, string Path)>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingProperty = reader.GetString();
                    continue;
                }

                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                var path = PathOfValue(frames, pendingProperty);
                pendingProperty = null;
                positions.TryAdd(path, Position(utf8Json, lineStarts, (int)reader.TokenStartIndex));
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, path));
                }
            }
        }
        catch (JsonException)
        {
            // A malformed document keeps the positions found before the problem.
        }
    }

    /// <summary>Finds the position of the value at <paramref name="path"/>, or of its nearest enclosing value that exists.</summary>
    public (long Line, long Column) Find(string path)
    {
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (positions.TryGetValue(candidate, out var position))
            {
                return position;
            }
        }

        return (1, 1);
    }

    private static string PathOfValue(List<(bool IsArray, int Index, string Path)> frames, string? property)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var parent = frames[^1];
        if (parent.IsArray)
        {
            frames[^1] = parent with { Index = parent.Index + 1 };
            return string.Create(CultureInfo.InvariantCulture, $"{parent.Path}[{parent.Index + 1}]");
        }

        return $"{parent.Path}.{property}";
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static (long Line, long Column) Position(byte[] utf8Json, List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        line = line >= 0 ? line : ~line - 1;
        var column = Encoding.UTF8.GetCharCount(utf8Json, lineStarts[line], offset - lineStarts[line]);
        return (line + 1, column + 1);
    }
}
