using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NegotiationModel.Serialization;

/// <summary>
/// Walks a model object through its JSON contract (no reflection) and lists the unknown members of every
/// object in it, with their JSON paths, in the order the canonical form writes them.
/// </summary>
internal static class UnknownMemberFinder
{
    public static IReadOnlyList<KeyValuePair<string, JsonElement>> Find(object root, JsonSerializerOptions options)
    {
        var found = new List<KeyValuePair<string, JsonElement>>();
        Visit(root, "$", options, found);
        return found;
    }

    private static void Visit(object? value, string path, JsonSerializerOptions options, List<KeyValuePair<string, JsonElement>> found)
    {
        switch (value)
        {
            case null or string or JsonElement:
                return;
            case EntityReference reference:
                Add(reference.UnknownMembers, path, found);
                return;
            case GeoCoordinates coordinates:
                Add(coordinates.UnknownMembers, path, found);
                return;
            case IValueList and IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    Visit(item, $"{path}[{index++}]", options, found);
                }

                return;
        }

        if (!options.TryGetTypeInfo(value.GetType(), out var typeInfo) || typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        UnknownMembers? unknown = null;
        foreach (var property in typeInfo.Properties)
        {
            if (property.Get is not { } get)
            {
                continue;
            }

            if (property.IsExtensionData)
            {
                unknown = get(value) as UnknownMembers;
            }
            else
            {
                Visit(get(value), JsonPathLocator.Member(path, property.Name), options, found);
            }
        }

        Add(unknown, path, found);
    }

    private static void Add(UnknownMembers? members, string path, List<KeyValuePair<string, JsonElement>> found)
    {
        if (members is null)
        {
            return;
        }

        foreach (var (name, value) in members)
        {
            found.Add(new(JsonPathLocator.Member(path, name), value));
        }
    }
}
