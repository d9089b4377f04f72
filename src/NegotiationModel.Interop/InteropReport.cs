using System.Globalization;
using System.Text;

namespace NegotiationModel.Interop;

/// <summary>
/// What an import or export did: how many items of each kind it created, merged or wrote, what it could not map
/// (per field, with counts), and warnings about what it kept but could not check.
/// </summary>
/// <remarks>Equality: by reference. This type is immutable and thread-safe.</remarks>
public sealed class InteropReport
{
    internal InteropReport(IReadOnlyDictionary<string, int> created, IReadOnlyDictionary<string, int> merged, IReadOnlyDictionary<string, int> unmapped, IReadOnlyList<string> warnings)
    {
        Created = created;
        Merged = merged;
        Unmapped = unmapped;
        Warnings = warnings;
    }

    /// <summary>Gets how many items of each kind were created (imports) or written (exports), by kind name.</summary>
    public IReadOnlyDictionary<string, int> Created { get; }

    /// <summary>Gets how many items of each kind were merged into an item already there, by kind name.</summary>
    public IReadOnlyDictionary<string, int> Merged { get; }

    /// <summary>Gets how often each field of the input (or of the record, for an export) was not mapped, by field path such as <c>persons[].email</c>.</summary>
    public IReadOnlyDictionary<string, int> Unmapped { get; }

    /// <summary>Gets the warnings: what was kept but may need attention, such as a reference to an item the input does not hold.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Writes the report as text for people: one line per kind and per unmapped field, then the warnings.</summary>
    /// <returns>The report.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Section(text, "created", Created);
        Section(text, "merged", Merged);
        Section(text, "not mapped", Unmapped);
        foreach (var warning in Warnings)
        {
            text.Append("warning: ").AppendLine(warning);
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        text.Append(title).AppendLine(":");
        foreach (var (name, count) in counts)
        {
            text.Append("  ").Append(name).Append(": ").AppendLine(count.ToString(CultureInfo.InvariantCulture));
        }
    }
}
