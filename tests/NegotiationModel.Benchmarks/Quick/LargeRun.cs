using System.Diagnostics;
using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// <c>-- --large</c>: the 1 M-statement measurements the quick mode cuts short, each once and alone: the
/// baselines and the library on the same 1.3 GB document, then the record's own timeline and AsKnownAt.
/// Takes a few minutes; the numbers in docs/performance.md come from it.
/// </summary>
internal static class LargeRun
{
    /// <summary>Runs the measurements.</summary>
    /// <param name="output">Where results go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(TextWriter output)
    {
        var json = File.ReadAllBytes(Corpus.CachedJson(1_000_000, output));
        output.WriteLine(Invariant($"document: {json.Length / 1e6:F0} MB"));
        Time(output, "Utf8JsonReader tokenize", () => Baseline.Tokenize(json));
        Time(output, "raw DTO (System.Text.Json source-generated)", () => Baseline.DeserializeDto(json));
        Time(output, "init-only DTO (System.Text.Json source-generated)", () => Baseline.DeserializeImmutableDto(json));
        Time(output, "Newtonsoft.Json DTO", () => Baseline.DeserializeDtoNewtonsoft(json));
        var record = Time(output, "NegotiationJson.Deserialize", () => Operations.Deserialize(json));
        json = [];
        var report = Time(output, "RecordValidator.Validate", () => RecordValidator.Default.Validate(record));
        output.WriteLine(Invariant($"  {report}"));
        var timeline = Time(output, "Timeline.Build", () => Timeline.Build(record));
        var ranges = TimelineQueries.Ranges(timeline, 2000, 10);
        var answers = ranges.Sum(r => timeline.Query(r).Count);
        var clock = Stopwatch.StartNew();
        foreach (var range in ranges)
        {
            timeline.Query(range);
        }

        output.WriteLine(Invariant($"Timeline.Query over {timeline.Count:N0} entries: {clock.Elapsed.TotalMicroseconds / ranges.Length:F2} us a query, {answers / (double)ranges.Length:F1} answers each"));
        var middle = TimelineQueries.Middle(timeline);
        var known = Time(output, "NegotiationRecord.AsKnownAt", () => record.AsKnownAt(middle));
        output.WriteLine(Invariant($"  {known.Statements.Count:N0} of {record.Statements.Count:N0} statements known at {middle}"));
        return 0;
    }

    private static T Time<T>(TextWriter output, string what, Func<T> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        var result = action();
        output.WriteLine(Invariant($"{what}: {clock.Elapsed.TotalSeconds:F2} s"));
        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
