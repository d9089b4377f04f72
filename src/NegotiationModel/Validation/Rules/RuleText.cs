using System.Text.Json;

namespace NegotiationModel.Validation.Rules;

/// <summary>Paths and words the built-in rules share.</summary>
internal static class RuleText
{
    /// <summary>Returns the path of element <paramref name="index"/> of one of the record's collections, by its C# name.</summary>
    public static JsonPath Of(string collection, int index) => JsonPath.Root.Member(collection).Index(index);

    /// <summary>Returns a kind's name for messages, such as <c>working group</c>.</summary>
    public static string KindName(EntityKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString()).Replace('-', ' ');

    /// <summary>Returns a list of kinds for messages, such as <c>a source and an event</c>.</summary>
    public static string KindList(IEnumerable<EntityKind> kinds)
    {
        var names = kinds.Select(k => Article(KindName(k)) + " " + KindName(k)).ToList();
        return names.Count switch
        {
            0 => "nothing",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    /// <summary>Returns the related entities of a diagnostic: the holder first (when there is one), then the others.</summary>
    public static EntityReference[] Related(IRecordEntity? holder, params IEnumerable<EntityReference> others)
        => holder is null ? [.. others.Distinct()] : [.. others.Prepend(holder.Reference).Distinct()];

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";
}
