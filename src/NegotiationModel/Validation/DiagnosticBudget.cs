using System.Globalization;
using System.Text;

namespace NegotiationModel.Validation;

/// <summary>
/// Counts the diagnostics of one validation against its <see cref="DiagnosticLimits"/>: which to keep, and how
/// many of each code were left out, for the final <see cref="DiagnosticCodes.DiagnosticsOmitted"/>.
/// </summary>
internal sealed class DiagnosticBudget(DiagnosticLimits limits)
{
    private readonly Dictionary<string, int> kept = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> omitted = new(StringComparer.Ordinal);
    private int keptInAll;
    private long omittedInAll;
    private DiagnosticSeverity mostSerious = DiagnosticSeverity.Info;

    /// <summary>Tells whether a diagnostic of a code would be left out.</summary>
    public bool IsFull(string code) => keptInAll >= limits.Total || kept.GetValueOrDefault(code) >= limits.PerCode;

    /// <summary>Returns how many more diagnostics of a code would be kept.</summary>
    public int Room(string code) => Math.Max(0, Math.Min(limits.PerCode - kept.GetValueOrDefault(code), limits.Total - keptInAll));

    /// <summary>
    /// Takes a diagnostic of a code: returns true when it is to be kept, or counts it as left out and returns
    /// false, before anything of it is built.
    /// </summary>
    public bool TryTake(DiagnosticSeverity severity, string code)
    {
        if (!IsFull(code))
        {
            kept[code] = kept.GetValueOrDefault(code) + 1;
            keptInAll++;
            return true;
        }

        Omit(severity, code, 1);
        return false;
    }

    /// <summary>Counts diagnostics of a code as left out.</summary>
    public void Omit(DiagnosticSeverity severity, string code, long count)
    {
        if (count <= 0)
        {
            return;
        }

        omitted[code] = omitted.GetValueOrDefault(code) + count;
        omittedInAll += count;
        mostSerious = (DiagnosticSeverity)Math.Max((int)mostSerious, (int)severity);
    }

    /// <summary>Returns the diagnostic that counts those left out, or null when none was.</summary>
    public Diagnostic? Omitted()
    {
        if (omittedInAll == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"{omittedInAll} more {(omittedInAll == 1 ? "diagnostic was" : "diagnostics were")} left out of the report, past the limits of {limits}: ");
        var first = true;
        foreach (var (code, count) in omitted)
        {
            message.Append(first ? string.Empty : ", ").Append(CultureInfo.InvariantCulture, $"{count} {code}");
            first = false;
        }

        message.Append(". Fix the first ones, or raise the limits (RecordValidator.WithLimits).");
        return new Diagnostic(mostSerious, DiagnosticCodes.DiagnosticsOmitted, message.ToString(), JsonPath.Root);
    }
}
