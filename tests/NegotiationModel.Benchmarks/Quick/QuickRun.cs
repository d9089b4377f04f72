using System.Diagnostics;
using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// The quick mode (<c>-- --quick</c>): measures every target of issue 8 once, with a Stopwatch and few
/// iterations, in well under a minute, and prints one line per target. Progress and context go to the
/// error stream, so the output stream holds the target lines only.
/// </summary>
internal static class QuickRun
{
    /// <summary>The size at which load times are compared with the baselines.</summary>
    private const int CompareStatements = 10_000;

    /// <summary>The size the 1 M target names.</summary>
    private const int LargeStatements = 1_000_000;

    /// <summary>Runs the quick mode.</summary>
    /// <param name="output">Where target lines go.</param>
    /// <param name="log">Where progress and context go.</param>
    /// <param name="large">Whether to run the targets at 1 M statements; false only to iterate quickly on the others.</param>
    /// <returns>0 when no target failed, 1 otherwise.</returns>
    public static int Run(TextWriter output, TextWriter log, bool large = true)
    {
        var clock = Stopwatch.StartNew();
        var results = new List<TargetResult>();
        var load = Operations.LoadValidates ? "load+validate" : "load (validation pending)";

        // Compare with the baselines on a mid-sized record, each contender in turn, once the JIT has seen them
        // all often enough on a small one.
        var small = Corpus.Get(1_000).Json;
        Measure.WarmUp(
            40,
            () => Operations.Load(small),
            () => Baseline.DeserializeDto(small),
            () => Baseline.DeserializeDtoNewtonsoft(small),
            () => Baseline.Tokenize(small),
            () => Baseline.DeserializeImmutableDto(small),
            () => Operations.Deserialize(small));
        Corpus.Forget(1_000);
        var document = Corpus.Get(CompareStatements);
        log.WriteLine(Invariant($"corpus: {CompareStatements:N0} statements, {document.Json.Length / 1e6:F1} MB of JSON (generated in {document.GenerateTime.TotalSeconds:F1} s, written in {document.SerializeTime.TotalSeconds:F1} s)"));
        var json = document.Json;
        var times = Measure.Medians(
            7,
            () => Operations.Load(json),
            () => Baseline.DeserializeDto(json),
            () => Baseline.DeserializeDtoNewtonsoft(json),
            () => Baseline.Tokenize(json),
            () => Baseline.DeserializeImmutableDto(json),
            () => Operations.Deserialize(json));
        var (library, dto, newtonsoft, tokenize, immutable, deserialize) = (times[0], times[1], times[2], times[3], times[4], times[5]);
        log.WriteLine(Invariant($"medians at {CompareStatements:N0} statements: {load} {Ms(library)}, raw DTO (System.Text.Json source-generated) {Ms(dto)}, Newtonsoft.Json DTO {Ms(newtonsoft)}, Utf8JsonReader tokenize {Ms(tokenize)}, init-only DTO (System.Text.Json source-generated) {Ms(immutable)}, deserialize only {Ms(deserialize)}"));
        var overDto = library / dto;
        results.Add(TargetResult.Of($"{load} / raw DTO", Invariant($"{overDto:F2}x"), "<= 1.50x", overDto <= 1.5));
        var overNewtonsoft = newtonsoft / library;
        results.Add(TargetResult.Of($"{load} vs Newtonsoft.Json", Invariant($"{overNewtonsoft:F2}x faster"), ">= 2.00x faster", overNewtonsoft >= 2.0));

        // Heap of a loaded record against its JSON size.
        var heap = Measure.RetainedBytes(() => Operations.Load(json));
        var dtoHeap = Measure.RetainedBytes(() => Baseline.DeserializeDto(json));
        log.WriteLine(Invariant($"heap at {CompareStatements:N0} statements: record {heap / 1e6:F1} MB, raw DTO {dtoHeap / 1e6:F1} MB, JSON {json.Length / 1e6:F1} MB"));
        var heapRatio = (double)heap / json.Length;
        results.Add(TargetResult.Of("heap of a loaded record / JSON size", Invariant($"{heapRatio:F2}x"), "<= 3.00x", heapRatio <= 3.0));
        Corpus.Forget(CompareStatements);

        if (large)
        {
            results.AddRange(Large(log, load));
        }

        results.Add(TargetResult.Pending("stream a 1 GB JSON Lines file, peak memory", "< 100 MB", "JSON Lines reader not merged"));

        foreach (var result in results)
        {
            output.WriteLine(result);
        }

        log.WriteLine(Invariant($"quick mode took {clock.Elapsed.TotalSeconds:F1} s"));
        return results.Any(r => r.Failed) ? 1 : 0;
    }

    // Loads the 1 M-statement record (timing reading and validation apart, which together are what Load
    // does) and queries its timeline.
    private static IEnumerable<TargetResult> Large(TextWriter log, string load)
    {
        var read = Measure.Once(() => Corpus.CachedJson(LargeStatements, log), out var json);
        log.WriteLine(Invariant($"corpus: {LargeStatements:N0} statements, {json.Length / 1e6:F0} MB of JSON, read from the temp folder in {read.TotalSeconds:F1} s"));
        GC.Collect();
        var deserialize = Measure.Once(() => Operations.Deserialize(json), out var record);
        json = [];
        var validate = Measure.Once(() => RecordValidator.Default.Validate(record), out var report);
        var time = deserialize + validate;
        log.WriteLine(Invariant($"{load} of {record.Statements.Count:N0} statements: {time.TotalSeconds:F2} s (reading {deserialize.TotalSeconds:F2} s, validating {validate.TotalSeconds:F2} s, {report.ErrorCount} errors)"));
        yield return TargetResult.Of($"{load} of 1 M statements", Invariant($"{time.TotalSeconds:F2} s"), "< 2.00 s", time.TotalSeconds < 2.0 && !report.HasErrors);

        var build = Measure.Once(() => Timeline.Build(record), out var timeline);
        var ranges = TimelineQueries.Ranges(timeline, 2000, 10);
        var answers = 0;
        foreach (var range in ranges)
        {
            answers += timeline.Query(range).Count;
        }

        var times = new double[ranges.Length];
        var clock = new Stopwatch();
        for (var i = 0; i < ranges.Length; i++)
        {
            clock.Restart();
            timeline.Query(ranges[i]);
            times[i] = clock.Elapsed.TotalMicroseconds;
        }

        Array.Sort(times);
        var median = times[times.Length / 2];
        log.WriteLine(Invariant($"timeline of {timeline.Count:N0} entries built in {build.TotalSeconds:F2} s; {ranges.Length} range queries, {answers / (double)ranges.Length:F1} answers each: median {median:F2} us, 90th percentile {times[times.Length * 9 / 10]:F2} us"));
        yield return TargetResult.Of(Invariant($"timeline range query at {timeline.Count / 1e6:F1} M entries"), Invariant($"{median:F2} us (median, {answers / (double)ranges.Length:F0} answers)"), "<= 5.00 us", median <= 5.0 && timeline.Count >= 1_000_000);
    }

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:F1} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
