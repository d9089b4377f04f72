using System.Text.Json.Nodes;

namespace NegotiationModel.Tests.Validation;

/// <summary>Follows a <see cref="JsonPath"/> (the paths diagnostics use) through parsed JSON.</summary>
internal static class JsonPathSelector
{
    public static JsonNode? Select(JsonNode root, string path) => Select(root, JsonPath.Parse(path));

    public static JsonNode? Select(JsonNode root, JsonPath path)
    {
        JsonNode? node = root;
        foreach (var step in path.Segments)
        {
            node = Step(node, step, out _);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Tells whether the path leads to a member or element that exists, even one holding JSON null.</summary>
    public static bool Exists(JsonNode root, JsonPath path)
    {
        if (path.Parent is not { } parentPath)
        {
            return true;
        }

        var parent = Select(root, parentPath);
        Step(parent, path.LastSegment, out var exists);
        return exists;
    }

    private static JsonNode? Step(JsonNode? node, JsonPathSegment step, out bool exists)
    {
        switch (node)
        {
            case JsonObject o when step.IsMember:
                exists = o.TryGetPropertyValue(step.Name!, out var value);
                return value;
            case JsonArray a when !step.IsMember && step.Index < a.Count:
                exists = true;
                return a[step.Index];
            default:
                exists = false;
                return null;
        }
    }
}
