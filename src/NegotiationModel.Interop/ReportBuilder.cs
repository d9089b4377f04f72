namespace NegotiationModel.Interop;

/// <summary>Collects an import's or export's counts; sorted ordinally so that reports are reproducible.</summary>
internal sealed class ReportBuilder
{
    private const int MaxWarnings = 100;
    private readonly SortedDictionary<string, int> created = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> merged = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> unmapped = new(StringComparer.Ordinal);
    private readonly List<string> warnings = [];
    private int warningsLeftOut;

    public void Created(string kind, int count = 1) => Add(created, kind, count);

    public void Merged(string kind, int count = 1) => Add(merged, kind, count);

    /// <summary>Counts an entity as created when it is new to the import, else as merged into the one it repeats.</summary>
    public void CreatedOrMerged(bool created, string kind) => Add(created ? this.created : merged, kind, 1);

    public void Unmapped(string field, int count = 1) => Add(unmapped, field, count);

    public void Warn(string warning)
    {
        // A file of a million bad rows must not make a report of a million lines.
        if (warnings.Count < MaxWarnings)
        {
            warnings.Add(warning);
        }
        else
        {
            warningsLeftOut++;
        }
    }

    public InteropReport Build()
    {
        var allWarnings = new List<string>(warnings);
        if (warningsLeftOut > 0)
        {
            allWarnings.Add($"{warningsLeftOut} more warnings left out");
        }

        return new InteropReport(new SortedDictionary<string, int>(created, StringComparer.Ordinal), new SortedDictionary<string, int>(merged, StringComparer.Ordinal), new SortedDictionary<string, int>(unmapped, StringComparer.Ordinal), allWarnings);
    }

    private static void Add(SortedDictionary<string, int> counts, string key, int count)
    {
        counts.TryGetValue(key, out var current);
        counts[key] = current + count;
    }
}
