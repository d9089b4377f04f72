using System.Text.Json;
using System.Text.RegularExpressions;

namespace NegotiationModel.Interop.Wikidata;

/// <summary>
/// Finds the entities in an input of any of the shapes Wikidata publishes them in: Special:EntityData
/// (<c>{"entities": {"Q212": {…}}}</c>), one entity object, a list of entities, and the JSON dump (a list with one
/// entity a line, each line ending in a comma), including an excerpt of a dump that is cut off and so not JSON as a whole.
/// </summary>
internal static partial class WikidataDocuments
{
    private const string Format = "Wikidata entity JSON";

    [GeneratedRegex("^[QPLM][1-9][0-9]{0,11}$", RegexOptions.CultureInvariant)]
    public static partial Regex EntityId();

    public readonly record struct Entity(string Id, JsonElement Json, string Where);

    public static List<Entity> Read(InteropInput input)
    {
        var entities = new List<Entity>();
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(input.Text, JsonInput.DocumentOptions);
        }
        catch (JsonException) when (IsLineByLine(input.Text))
        {
            ReadLines(input, entities);
            return entities;
        }
        catch (JsonException error)
        {
            throw new InteropFormatException(input.Name, $"not {Format}: not JSON (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1})", error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("entities", out var map))
            {
                if (map.ValueKind != JsonValueKind.Object)
                {
                    throw new InteropFormatException($"{input.Name}: entities", $"not {Format}: expected an object of entities by id, found {JsonInput.Describe(map.ValueKind)}");
                }

                foreach (var property in map.EnumerateObject())
                {
                    entities.Add(Check(property.Value, $"{input.Name}: entities.{JsonInput.Shorten(property.Name)}"));
                }
            }
            else if (root.ValueKind == JsonValueKind.Object)
            {
                entities.Add(Check(root, input.Name));
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in root.EnumerateArray())
                {
                    entities.Add(Check(item, $"{input.Name}: [{index++}]"));
                }
            }
            else
            {
                throw new InteropFormatException(input.Name, $"not {Format}: expected {{\"entities\": …}}, an entity or a list of entities, found {JsonInput.Describe(root.ValueKind)}");
            }
        }

        return entities;
    }

    // A dump (or an excerpt of one) holds one entity a line; reading it line by line needs no closing bracket.
    private static bool IsLineByLine(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        return (start.StartsWith("[") || start.StartsWith("{")) && start.Contains('\n');
    }

    private static void ReadLines(InteropInput input, List<Entity> entities)
    {
        var lineNumber = 0;
        foreach (var rawLine in input.Text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line is "[" or "]")
            {
                continue;
            }

            if (line.EndsWith(','))
            {
                line = line[..^1];
            }

            var where = $"{input.Name}: line {lineNumber}";
            try
            {
                using var document = JsonDocument.Parse(line, JsonInput.DocumentOptions);
                entities.Add(Check(document.RootElement, where));
            }
            catch (JsonException error)
            {
                throw new InteropFormatException(where, $"not {Format} (a dump has one entity a line): not JSON (byte {error.BytePositionInLine + 1})", error);
            }
        }
    }

    private static Entity Check(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new InteropFormatException(where, $"not {Format}: expected an entity object, found {JsonInput.Describe(item.ValueKind)}");
        }

        var id = JsonInput.Text(item, "id", where) ?? throw new InteropFormatException(where, $"not {Format}: an entity needs an 'id' such as Q212");
        if (!EntityId().IsMatch(id))
        {
            throw new InteropFormatException($"{where}.id", $"not {Format}: '{JsonInput.Shorten(id)}' is not a Wikidata entity id (Q, P, L or M and a number)");
        }

        return new Entity(id, item.Clone(), where);
    }
}
