using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// Derives shape mutations from valid records: walks the JSON and changes each value by its kind — every other
/// JSON type, numbers at and beyond every bound the format has, odd spellings of strings (amounts, times,
/// durations, identifiers), every value of the enum a string belongs to and a wrong one (provision kinds
/// included), each member removed, an unknown member added, lists emptied or holding null. What the schema
/// says is not consulted: the enum vocabularies are read from it only to know which values to try.
/// </summary>
/// <remarks>
/// Mutations are keyed by where they apply with list indices dropped (and the <c>kind</c> of the object
/// they are in kept), so each member of each shape is mutated once however often it occurs.
/// </remarks>
internal sealed class ShapeMutations(IReadOnlyList<IReadOnlyList<string>> enums)
{
    private static readonly string[] OddNumbers =
    [
        "0", "-0", "1", "-1", "2", "0.5", "1.5", "-0.5", "1.0", "1e2", "1E-2", "2147483647", "2147483648", "-2147483648",
        "-2147483649", "90", "90.5", "-90.5", "180.5", "-180.5", "1e400", "-1e400", "1e-400", "79228162514264337593543950336",
        "9999999999999999999999999999", "0.00000000000000000000000000001", "2500000000.00",
    ];

    // Every string gets these; strings that look like a text form also get that form's odd spellings.
    private static readonly string[] AnyStrings = ["", " ", "x", "X", "-x", "a b", "x\n", new string('a', 129), "en", "usd", "Europe/Nowhere", "Europe/Kyiv", "1"];

    private static readonly (Regex Looks, string[] Spellings)[] TextForms =
    [
        (new(@"^-?[0-9]+(\.[0-9]+)?$"), [
            "0", "-1", "-0", "-0.00", "-12.50", "1.5", "1e3", "1E3", "+5", "00012", "0.0", "00.5", ".5", "5.", "1,5", " 1", "1 ", "1\n", "٣", "0x10", "Infinity", "NaN",
            "0.00000000000000000000000000001", "0.0000000000000000000000000001", "12345678901234567890123456789012",
            "1234567890123456789012345678", "12345678901234567890123456789", "1.234567890123456789012345678", "1.2345678901234567890123456789",
            "1.1", "2.0", "1.01", "01.0", "1.00",
        ]),
        (new(@"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T"), [
            "2025-12-28T12:00:00Z", "2025-12-28T12:00:00.123456789Z", "2025-12-28T12:00:00.1234567891Z", "2025-12-28T12:00:00.Z",
            "2025-02-30T12:00:00Z", "2025-02-29T12:00:00Z", "2024-02-29T12:00:00Z", "2025-12-28T24:00:00Z", "2025-12-28T23:60:00Z", "2025-12-28T12:00:60Z",
            "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "-0000-01-01T00:00:00Z", "-0004-02-29T00:00:00Z", "-0001-02-29T00:00:00Z", "-9998-01-01T00:00:00Z", "-9999-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "10000-01-01T00:00:00Z",
            "2025-12-28T24:00:00.0Z", "2025-12-28T24:00:00.5Z", "9999-12-31T24:00:00Z", "2025-12-28T12:00:00+01:00", "2025-12-28T12:00:00z", "2025-12-28t12:00:00Z", "2025-12-28 12:00:00Z", "2025-12-28T12:00Z", "2025-12-28T12:00:00Z\n",
        ]),
        (new(@"^-?[0-9]+:[0-9]{2}:[0-9]{2}"), [
            "0:00:00", "1:30:00", "01:30:00", "001:30:00", "-1:30:00", "-0:00:01", "1:60:00", "1:00:60", "1:5:00", "1:30", "1:30:00.5", "1:30:00.123456789",
            "1:30:00.1234567891", "1:30:00.", "402653183:59:59.999999999", "402653184:00:00", "99999999999:00:00", "+1:30:00", " 1:30:00", "1:30:00\n",
        ]),
        (new(@"^[0-9]{4}(-|$)"), [
            "2025", "2025-12", "2025-12-28", "2025-13", "2025-12-32", "2025-02-30", "2025-12-28[Europe/Kyiv]", "2025-12-28[Europe/Nowhere]", "2025-12-28!",
            "2025-12-28T10:00", "2025-Q1", "2025-Q5", "2025-W01", "2025-W54", "before(event:x)", "after(proposal:p)", "before(nothing:x)", "between", "x",
        ]),
    ];

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>Gets every enum vocabulary of a schema, to mutate a string into its enum's other values.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> EnumsOf(JsonNode schema)
        => [.. ((JsonObject)schema["$defs"]!).Select(d => d.Value?["enum"]).OfType<JsonArray>().Select(a => (IReadOnlyList<string>)[.. a.Select(v => v!.GetValue<string>())])];

    /// <summary>Returns the mutations of a document not already produced for another document, each with a name saying where and what.</summary>
    public IEnumerable<(string Name, string Json)> Of(JsonNode document)
    {
        foreach (var (path, key, node) in Walk(document, [], "$"))
        {
            // Type changes, removals and spellings particular to a member are tried once per member of a shape (the last
            // two steps of its path); spellings of a text form once per member name, as every 'when' or 'id' is alike.
            var segments = key.Split('.');
            var member = string.Join('.', segments[^Math.Min(2, segments.Length)..]);
            var name = segments[^1];
            foreach (var (what, replacement, perName) in Replacements(node, path.Count == 0))
            {
                if (seen.Add((perName ? name : member) + " " + what))
                {
                    yield return ($"{key}: {what}", Replace(document, path, replacement));
                }
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<object> Path, string Key, JsonNode? Node)> Walk(JsonNode? node, IReadOnlyList<object> path, string key)
    {
        yield return (path, key, node);
        switch (node)
        {
            case JsonObject o:
                // Provisions differ in shape by kind; other objects do not.
                var kind = key.EndsWith(".provisions[]", StringComparison.Ordinal) && o["kind"] is JsonValue k && k.GetValueKind() == JsonValueKind.String ? $"(kind={k})" : string.Empty;
                foreach (var (name, value) in o)
                {
                    foreach (var inner in Walk(value, [.. path, name], $"{key}{kind}.{name}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    foreach (var inner in Walk(a[i], [.. path, i], $"{key}[]"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private IEnumerable<(string What, string Json, bool PerName)> Replacements(JsonNode? node, bool isRoot)
    {
        string[] otherTypes = ["null", "true", "7", "\"s\"", "{}", "[]"];
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key))
                {
                    yield return ($"without '{name}'", Without(o, name), false);
                }

                yield return ("with an unknown member", With(o, "zzUnknown", "{\"a\":[1]}"), false);
                foreach (var other in otherTypes.Where(t => t != "{}"))
                {
                    yield return ("as " + other, other, other != "null");
                }

                yield return ("as {}", "{}", false);
                break;
            case JsonArray a:
                yield return ("emptied", "[]", false);
                yield return ("holding null", "[null]", false);
                if (a.Count > 0)
                {
                    yield return ("its first element twice", new JsonArray(a[0]!.DeepClone(), a[0]!.DeepClone()).ToJsonString(), false);
                    yield return ("with an element of another type", new JsonArray(JsonValue.Create(7), a[0]!.DeepClone()).ToJsonString(), false);
                }

                foreach (var other in otherTypes.Where(t => t != "[]"))
                {
                    yield return ("as " + other, other, other != "null");
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                // A value of one enum is mutated into that enum's every value; one of several enums ("other") only into
                // wrong ones, the member's own values coming from a record where its value names its enum.
                var containing = enums.Where(e => e.Contains(text)).ToList();
                var inEnum = containing.Count == 1 ? containing[0] : containing.Count > 1 ? [text] : [];
                IEnumerable<string> spellings = inEnum.Count > 0
                    ? [.. inEnum, text.ToUpperInvariant(), "no-such-" + text, "", " "]
                    : AnyStrings.Concat(TextForms.Where(f => f.Looks.IsMatch(text)).SelectMany(f => f.Spellings));
                foreach (var value in spellings.Distinct())
                {
                    yield return ($"as {JsonSerializer.Serialize(value)}", JsonSerializer.Serialize(value), inEnum.Count == 0);
                }

                foreach (var value in TextForms[0].Looks.IsMatch(text) ? OddNumbers : [])
                {
                    yield return ("as " + value, value, false);
                }

                foreach (var other in otherTypes.Where(t => t != "\"s\""))
                {
                    yield return ("as " + other, other, other != "null");
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                foreach (var value in OddNumbers)
                {
                    yield return ("as " + value, value, false);
                }

                foreach (var value in OddNumbers.Take(6))
                {
                    yield return ($"as \"{value}\"", $"\"{value}\"", false);
                }

                foreach (var other in otherTypes.Where(t => t != "7"))
                {
                    yield return ("as " + other, other, false);
                }

                break;
            case JsonValue:
                foreach (var other in otherTypes.Append("false").Append("0").Append("\"true\""))
                {
                    yield return ("as " + other, other, false);
                }

                break;
            case null when !isRoot:
                foreach (var other in otherTypes)
                {
                    yield return ("as " + other, other, false);
                }

                break;
        }
    }

    private static string Without(JsonObject o, string name)
    {
        var copy = (JsonObject)o.DeepClone();
        copy.Remove(name);
        return copy.ToJsonString();
    }

    private static string With(JsonObject o, string name, string json)
    {
        var copy = (JsonObject)o.DeepClone();
        copy[name] = JsonNode.Parse(json);
        return copy.ToJsonString();
    }

    // Writes the document with the value at the path replaced by raw JSON text; raw text keeps spellings such as 1e400 and 1.0.
    private static string Replace(JsonNode document, IReadOnlyList<object> path, string json)
    {
        if (path.Count == 0)
        {
            return json;
        }

        const string Marker = "\"\\u0000mutation\\u0000\"";
        var copy = document.DeepClone();
        var parent = copy;
        foreach (var segment in path.Take(path.Count - 1))
        {
            parent = segment is int index ? parent[index]! : parent[(string)segment]!;
        }

        var placeholder = JsonValue.Create("\0mutation\0");
        if (path[^1] is int last)
        {
            parent[last] = placeholder;
        }
        else
        {
            parent[(string)path[^1]] = placeholder;
        }

        var text = copy.ToJsonString();
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), json, text.AsSpan(at + Marker.Length));
    }
}
