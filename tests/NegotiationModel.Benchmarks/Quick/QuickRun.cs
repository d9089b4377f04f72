using System.Diagnostics;
using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// The quick mode (<c>-- --quick</c>): measures every target of issues 8 and 19 once, with a Stopwatch and few
/// iterations, and prints one line per target; the ratios are measured in the same run as their baselines.
/// A minute without the 1 M targets (<c>--no-large</c>), several with them. Progress and context go to the
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

        // Compare with the baselines on a mid-sized record, in a child process of its own (ReadTargets).
        results.AddRange(ReadTargets.Run(log, CompareStatements, load));

        var document = Corpus.Get(CompareStatements);
        log.WriteLine(Invariant($"corpus: {CompareStatements:N0} statements, {document.Json.Length / 1e6:F1} MB of JSON (generated in {document.GenerateTime.TotalSeconds:F1} s, written in {document.SerializeTime.TotalSeconds:F1} s)"));
        var json = document.Json;

        // Heap of a loaded record against its JSON size, once each has run, so that the pools and caches a first run
        // fills are on the heap before as after.
        GC.KeepAlive(Operations.Load(json));
        GC.KeepAlive(Baseline.DeserializeDto(json));
        var heap = Measure.RetainedBytes(() => Operations.Load(json));
        var dtoHeap = Measure.RetainedBytes(() => Baseline.DeserializeDto(json));
        log.WriteLine(Invariant($"heap at {CompareStatements:N0} statements: record {heap / 1e6:F1} MB, raw DTO {dtoHeap / 1e6:F1} MB, JSON {json.Length / 1e6:F1} MB"));
        var heapRatio = (double)heap / json.Length;
        results.Add(TargetResult.Of("heap of a loaded record / JSON size", Invariant($"{heapRatio:F2}x"), "<= 3.00x", heapRatio <= 3.0));

        // After the heap, as the heap was measured before these targets existed: a run with them in between, on a
        // heavily loaded machine, measured a negative heap (whether the order or the load caused it is not established).
        results.AddRange(FormatTargets.Run(log, document));
        Corpus.Forget(CompareStatements);

        if (large)
        {
            results.AddRange(Large(log, load));
        }


        foreach (var result in results)
        {
            output.WriteLine(result);
        }

        log.WriteLine(Invariant($"quick mode took {clock.Elapsed.TotalSeconds:F1} s"));
        return results.Any(r => r.Failed) ? 1 : 0;
    }

    // The 1 M targets, each child process alone so that the ratios compare like with like on the two cores:
    // streaming first (it measures memory, its peak working set its own), then the raw DTO and the library on
    // the same file; the library's child builds the record's timeline once it is loaded and validated, as an
    // application would. No child is stopped at its goal any more: a ratio needs both times.
    private static IEnumerable<TargetResult> Large(TextWriter log, string load)
    {
        var json = Corpus.CachedJson(LargeStatements, log);
        var lines = Corpus.CachedJsonLines(1L << 30, log);
        var (streamed, stream) = ChildProcess.Run(TimeSpan.FromSeconds(120), "--child-stream", lines);

        var (dtoFinished, dtoValues) = ChildProcess.Run(TimeSpan.FromSeconds(300), "--child-dto", json);
        var raw = dtoFinished ? ChildProcess.Value(dtoValues, "dto-seconds") : null;
        var (finished, values) = ChildProcess.Run(TimeSpan.FromSeconds(900), "--child-load", json);
        var deserialize = ChildProcess.Value(values, "deserialize-seconds");
        var validate = ChildProcess.Value(values, "validate-seconds");
        var loadName = $"{load} at 1 M statements / raw DTO (same bytes)";
        if (deserialize is { } d && validate is { } v && raw is { } r)
        {
            log.WriteLine(Invariant($"{load} of {ChildProcess.Value(values, "statements"):N0} statements ({new FileInfo(json).Length / 1e6:F0} MB): {d + v:F2} s (reading {d:F2} s, validating {v:F2} s, {ChildProcess.Value(values, "errors")} errors); raw DTO (System.Text.Json source-generated) {r:F2} s"));
            var overDto = (d + v) / r;
            yield return TargetResult.Of(loadName, Invariant($"{overDto:F2}x"), "<= 1.50x", overDto <= 1.5 && ChildProcess.Value(values, "errors") == 0);
        }
        else
        {
            log.WriteLine(Invariant($"{load} of 1 M statements ({new FileInfo(json).Length / 1e6:F0} MB): reading {(deserialize is { } took ? Invariant($"took {took:F2} s") : "did not finish")}, raw DTO {(raw is { } dtoTook ? Invariant($"took {dtoTook:F2} s") : "did not finish")}"));
            yield return TargetResult.Of(loadName, "did not finish", "<= 1.50x", pass: false);
        }

        var timelineSeconds = ChildProcess.Value(values, "timeline-seconds");
        var timelineEntries = ChildProcess.Value(values, "timeline-entries");
        if (finished && timelineSeconds is { } seconds && timelineEntries is { } entries)
        {
            var perEntry = seconds * 1e6 / entries;
            log.WriteLine(Invariant($"Timeline.Build of the 1 M-statement record, loaded and validated: {entries:N0} entries in {seconds:F2} s ({ChildProcess.Value(values, "timeline-processor-seconds"):F2} s of processor time, which on a busy machine may be far less)"));
            yield return TargetResult.Of("Timeline.Build at 1 M statements, per entry", Invariant($"{perEntry:F2} us"), "<= 3.00 us", perEntry <= 3.0);
        }
        else
        {
            yield return TargetResult.Of("Timeline.Build at 1 M statements, per entry", "did not finish", "<= 3.00 us", pass: false);
        }

        foreach (var result in TimelineTargets(log))
        {
            yield return result;
        }

        if (streamed && ChildProcess.Value(stream, "peak-working-set") is { } peak)
        {
            log.WriteLine(Invariant($"streamed {ChildProcess.Value(stream, "statements"):N0} statements from {ChildProcess.Value(stream, "bytes") / 1e9:F2} GB of JSON Lines in {ChildProcess.Value(stream, "seconds"):F1} s; peak working set {peak / 1e6:F1} MB"));
            yield return TargetResult.Of("stream a 1 GB JSON Lines file, peak working set", Invariant($"{peak / 1e6:F1} MB"), "< 100 MB", peak < 100e6);
        }
        else
        {
            yield return TargetResult.Of("stream a 1 GB JSON Lines file, peak working set", "did not finish in 120 s", "< 100 MB", pass: false);
        }
    }

    private static IEnumerable<TargetResult> TimelineTargets(TextWriter log)
    {
        // Entries dated to the minute, so that a range query can return few; with a third dated to the day, as
        // in the records, every range overlaps a few hundred (docs/performance.md measures both).
        foreach (var (dayShare, what) in new[] { (0.0, "entries dated to the minute") })
        {
            var build = Measure.Once(() => TimelineQueries.Synthetic(LargeStatements, dayShare), out var timeline);
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
            var k = answers / (double)ranges.Length;
            log.WriteLine(Invariant($"timeline of {timeline.Count:N0} synthetic entries, {what}, built in {build.TotalSeconds:F1} s: {ranges.Length} range queries of {k:F1} answers each, median {median:F2} us, 90th percentile {times[times.Length * 9 / 10]:F2} us"));
            yield return TargetResult.Of(Invariant($"timeline range query at 1 M entries, {k:F0} answers ({what})"), Invariant($"{median:F2} us (median)"), "<= 5.00 us", median <= 5.0);
        }
    }

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:F1} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
