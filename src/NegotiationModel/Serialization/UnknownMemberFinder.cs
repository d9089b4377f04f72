using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NegotiationModel.Serialization;

/// <summary>
/// Walks a model object through its JSON contract (no reflection) and lists the unknown members of every
/// object in it, with their JSON paths, in the order the canonical form writes them.
/// </summary>
/// <remarks>
/// The path of the object being visited is kept as a stack of segments and written out only where an
/// unknown member is found: building every path as a string made validation allocate four times as much
/// as reading the record (docs/performance-log.md).
/// </remarks>
internal static class UnknownMemberFinder
{
    public static IReadOnlyList<KeyValuePair<JsonPath, JsonElement>> Find(object root, JsonSerializerOptions options)
        => Find(root, options, int.MaxValue).Members;

    /// <summary>
    /// Lists the first <paramref name="limit"/> unknown members, and counts them all: past the limit no path
    /// is written out, so that a record of a million unknown members costs the validator no path of theirs.
    /// </summary>
    public static (IReadOnlyList<KeyValuePair<JsonPath, JsonElement>> Members, long Count) Find(object root, JsonSerializerOptions options, int limit)
    {
        var found = new Found(limit);
        Visit(root, [], options, found);
        return (found, found.Count + found.Unlisted);
    }

    private static void Visit(object? value, List<(string? Member, int Index)> path, JsonSerializerOptions options, Found found)
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
                    path.Add((null, index++));
                    Visit(item, path, options, found);
                    path.RemoveAt(path.Count - 1);
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
                unknown = (get(value) as UnknownMemberSink)?.Members;
            }
            else
            {
                path.Add((property.Name, 0));
                Visit(get(value), path, options, found);
                path.RemoveAt(path.Count - 1);
            }
        }

        Add(unknown, path, found);
    }

    private static void Add(UnknownMembers? members, List<(string? Member, int Index)> path, Found found)
    {
        if (members is null || members.Count == 0)
        {
            return;
        }

        var room = found.Limit - found.Count;
        found.Unlisted += Math.Max(0, members.Count - room);
        if (room == 0)
        {
            return;
        }

        var at = JsonPath.Root;
        foreach (var (member, index) in path)
        {
            at = member is null ? at.Index(index) : at.Property(member);
        }

        foreach (var (name, value) in members)
        {
            if (found.Count == found.Limit)
            {
                break;
            }

            found.Add(new(at.Property(name), value));
        }
    }

    /// <summary>The members listed, up to a limit, and how many more there are.</summary>
    private sealed class Found(int limit) : List<KeyValuePair<JsonPath, JsonElement>>
    {
        public int Limit { get; } = limit;

        public long Unlisted { get; set; }
    }
}
