using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NegotiationModel.Tests.Validation;

/// <summary>Selects a value in parsed JSON by a path of the form <c>$.a.b[2].c</c>: the paths diagnostics use.</summary>
internal static partial class JsonPathSelector
{
    public static JsonNode? Select(JsonNode root, string path)
    {
        Step().Matches(path[1..]).Sum(m => m.Length).Should().Be(path.Length - 1, $"'{path}' should be made of .name and [index] steps");
        JsonNode? node = root;
        foreach (Match step in Step().Matches(path[1..]))
        {
            node = step.Groups["name"].Success
                ? (node as JsonObject)?[step.Groups["name"].Value]
                : (node as JsonArray) is { } array && int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Tells whether the path leads to a member or element that exists, even one holding JSON null.</summary>
    public static bool Exists(JsonNode root, string path)
    {
        var last = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        if (last <= 0)
        {
            return path == "$";
        }

        var parent = last == 1 && path[1] == '.' ? root : Select(root, path[..last]);
        var step = path[last..];
        return (parent, step[0]) switch
        {
            (JsonObject o, '.') => o.ContainsKey(step[1..]),
            (JsonArray a, '[') => int.Parse(step[1..^1], CultureInfo.InvariantCulture) < a.Count,
            _ => false,
        };
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9]+)|\[(?<index>[0-9]+)\]")]
    private static partial Regex Step();
}
