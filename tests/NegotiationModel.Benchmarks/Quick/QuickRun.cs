using System.Diagnostics;
using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;

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
            () => Baseline.DeserializeImmutableDto(small));
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
            () => Baseline.DeserializeImmutableDto(json));
        var (library, dto, newtonsoft, tokenize, immutable) = (times[0], times[1], times[2], times[3], times[4]);
        log.WriteLine(Invariant($"medians at {CompareStatements:N0} statements: {load} {Ms(library)}, raw DTO (System.Text.Json source-generated) {Ms(dto)}, Newtonsoft.Json DTO {Ms(newtonsoft)}, Utf8JsonReader tokenize {Ms(tokenize)}, init-only DTO (System.Text.Json source-generated) {Ms(immutable)}"));
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
            results.Add(LargeLoad(log, load));
        }

        results.Add(TargetResult.Pending("timeline range query at 1 M entries", "<= 5 us, O(log n + k)", "timeline branch not merged"));
        results.Add(TargetResult.Pending("AsKnownAt at 1 M entries", "(no target; measured for the table)", "timeline branch not merged"));
        results.Add(TargetResult.Pending("stream a 1 GB JSON Lines file, peak memory", "< 100 MB", "JSON Lines reader not merged"));

        foreach (var result in results)
        {
            output.WriteLine(result);
        }

        log.WriteLine(Invariant($"quick mode took {clock.Elapsed.TotalSeconds:F1} s"));
        return results.Any(r => r.Failed) ? 1 : 0;
    }

    private static TargetResult LargeLoad(TextWriter log, string load)
    {
        var document = Corpus.Get(LargeStatements);
        log.WriteLine(Invariant($"corpus: {LargeStatements:N0} statements, {document.Json.Length / 1e6:F0} MB of JSON (generated in {document.GenerateTime.TotalSeconds:F1} s, written in {document.SerializeTime.TotalSeconds:F1} s)"));
        var json = document.Json;
        Corpus.Forget(LargeStatements);
        GC.Collect();
        var time = Measure.Once(() => Operations.Load(json), out var record);
        log.WriteLine(Invariant($"{load} of {record.Statements.Count:N0} statements: {time.TotalSeconds:F2} s"));
        return TargetResult.Of($"{load} of 1 M statements", Invariant($"{time.TotalSeconds:F2} s"), "< 2.00 s", time.TotalSeconds < 2.0);
    }

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:F1} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
