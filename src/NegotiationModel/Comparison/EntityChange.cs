using System.Globalization;

namespace NegotiationModel.Comparison;

/// <summary>One entity that differs between two versions of a record (or a provision compared between two versions of its proposal), and which of its JSON members changed.</summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Reference">The entity's kind and identifier; for the record's own members (title, description…), <see langword="null"/>.</param>
/// <param name="Kind">Whether the entity was added, removed, changed or (in a comparison that lists every entity) unchanged.</param>
/// <param name="Members">For a change, the JSON names of the members that differ (added, removed or with another value), in JSON order.</param>
public sealed record EntityChange(EntityReference? Reference, ChangeKind Kind, ValueList<string> Members)
{
    /// <summary>
    /// Gets the entity's heading for a person, when it has a number or title: <c>point 2: Ceasefire</c> for a provision,
    /// <c>Article 5</c> for a guarantee (in the newer record, or the older one for a removed entity; titles in their first
    /// language); <see langword="null"/> otherwise.
    /// </summary>
    public string? Heading { get; init; }

    /// <summary>Returns a line such as <c>~ statement:s1: text, when</c>, <c>+ provision:p2 (point 2: Ceasefire)</c> <c>- event:old</c> or <c>= provision:ceasefire</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
    {
        var sign = Kind switch
        {
            ChangeKind.Added => "+",
            ChangeKind.Removed => "-",
            ChangeKind.Unchanged => "=",
            _ => "~",
        };
        var subject = Heading is null ? Reference?.ToString() ?? "record" : $"{Reference} ({Heading})";
        return Members.IsEmpty
            ? string.Create(CultureInfo.InvariantCulture, $"{sign} {subject}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign} {subject}: {string.Join(", ", Members)}");
    }
}
