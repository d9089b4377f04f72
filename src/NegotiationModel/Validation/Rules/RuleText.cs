using System.Globalization;

namespace NegotiationModel.Validation.Rules;

/// <summary>Paths and words the built-in rules share.</summary>
internal static class RuleText
{
    /// <summary>Returns the path of element <paramref name="index"/> of one of the record's collections, by its C# name.</summary>
    /// <remarks>The path is kept as its steps, and written out only for a diagnostic that is reported (<see cref="RulePath"/>).</remarks>
    public static RulePath Of(string collection, int index) => default(RulePath).Member(collection).Index(index);

    /// <summary>
    /// Returns a cycle for messages, closed by its first node again: <c>a → b → c → a</c> when every node is
    /// listed; when only the first ones are (<see cref="GraphCycles.MaxListed"/>), it says how many are left
    /// out: <c>a → b → … (90 more not listed) → a</c>.
    /// </summary>
    /// <param name="listed">The first nodes of the cycle, in order, as they are to be printed.</param>
    /// <param name="length">The number of nodes in the whole cycle.</param>
    /// <param name="link">What stands between two nodes.</param>
    public static string Cycle(IReadOnlyList<string> listed, int length, string link = " → ")
    {
        var omitted = length - listed.Count;
        var gap = omitted > 0 ? string.Create(CultureInfo.InvariantCulture, $"{link}… ({omitted} more not listed)") : string.Empty;
        return $"{string.Join(link, listed)}{gap}{link}{listed[0]}";
    }

    /// <summary>Returns a kind's name for messages, such as <c>working group</c>.</summary>
    public static string KindName(EntityKind kind) => EnumNames<EntityKind>.Of(kind).Replace('-', ' ');

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
