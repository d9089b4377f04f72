using System.Diagnostics;
using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Serialization;

namespace NegotiationModel.Benchmarks;

/// <summary>Repeats one operation for 20 seconds so that a profiler (dotnet-trace, dotnet-counters) can watch it.</summary>
internal static class Loop
{
    /// <summary>Runs the loop.</summary>
    /// <param name="what">load, load-from-bytes, deserialize, jsonlines, dto, immutable-dto, newtonsoft, serialize, validate, timeline, record-timeline, synthetic-timeline or range-query.</param>
    /// <param name="statements">The size of the record.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string what, int statements)
    {
        // Building a timeline needs no JSON: at a million statements writing it would take longer than the loop.
        if (what == "record-timeline")
        {
            var generated = TestData.SyntheticRecord.Generate(statements, Corpus.Seed);
            return Repeat(what, () => Timelines.Timeline.Build(generated));
        }

        if (what == "range-query")
        {
            return RangeQueries(statements);
        }

        var document = Corpus.Get(statements);
        var json = document.Json;
        var record = document.Record;
        Func<object> action = what switch
        {
            "load" => () => Operations.Load(json),
            "load-from-bytes" => () => Operations.LoadFromBytes(json),
            "deserialize" => () => Operations.Deserialize(json),
            "jsonlines" => () => NegotiationJsonLines.Read<Statements.Statement>(new MemoryStream(Lines(record))).Count(),
            "dto" => () => Baseline.DeserializeDto(json),
            "immutable-dto" => () => Baseline.DeserializeImmutableDto(json),
            "newtonsoft" => () => Baseline.DeserializeDtoNewtonsoft(json),
            "serialize" => () => NegotiationJson.SerializeToUtf8Bytes(record),
            "validate" => () => Validation.RecordValidator.Default.Validate(record),
            "timeline" => () => Timelines.Timeline.Build(record),
            "synthetic-timeline" => () => TimelineQueries.Synthetic(statements, 0),
            _ => throw new ArgumentException("Unknown operation: " + what, nameof(what)),
        };
        return Repeat(what, action);
    }

    // Each run's time and allocations; the first run (which builds the record's caches) is reported alone too.
    private static int Repeat(string what, Func<object> action)
    {
        var clock = Stopwatch.StartNew();
        var count = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            // The processor time beside the clock's: on a machine shared with other work the clock also counts waiting.
            var run = Stopwatch.StartNew();
            var processor = ProcessorTime();
            GC.KeepAlive(action());
            count++;
            processor = ProcessorTime() - processor;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: run {count} took {run.Elapsed.TotalMilliseconds:F0} ms, {processor.TotalMilliseconds:F0} ms of processor time"));
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        pause = GC.GetTotalPauseDuration() - pause;
        var gcs = string.Join('/', collections.Select((c, g) => ((GC.CollectionCount(g) - c) / (double)count).ToString("F1", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count} runs in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalMilliseconds / count:F1} ms and {allocated / count / 1e6:F1} MB allocated each; per run {gcs} gen0/1/2 collections, {pause.TotalMilliseconds / count:F1} ms paused"));
        return 0;
    }

    // The quick mode's range queries (entries dated to the minute, about ten answers each), timed one by one in rounds
    // for 20 s: the median of each round's medians, so that a busy machine's stalls weigh less than in one round.
    private static int RangeQueries(int entries)
    {
        var timeline = TimelineQueries.Synthetic(entries, 0);
        var ranges = TimelineQueries.Ranges(timeline, 2000, 10);
        var answers = ranges.Sum(range => timeline.Query(range).Count) / (double)ranges.Length;
        var medians = new List<double>();
        var times = new double[ranges.Length];
        var clock = Stopwatch.StartNew();
        var one = new Stopwatch();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            for (var i = 0; i < ranges.Length; i++)
            {
                one.Restart();
                timeline.Query(ranges[i]);
                times[i] = one.Elapsed.TotalMicroseconds;
            }

            Array.Sort(times);
            medians.Add(times[times.Length / 2]);
        }

        // The first round is the quick mode's measurement: each range asked once, its memory not yet in cache.
        var first = medians[0];
        medians.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"range-query: {timeline.Count:N0} entries, {answers:F1} answers a query, {medians.Count} rounds of {ranges.Length}: first round's median {first:F2} us, median of the rounds' medians {medians[medians.Count / 2]:F2} us (lowest {medians[0]:F2}, highest {medians[^1]:F2})"));
        return 0;
    }

    /// <summary>Gets the processor time this process has used so far, every thread included.</summary>
    /// <returns>The time.</returns>
    public static TimeSpan ProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static byte[] Lines(NegotiationRecord record)
    {
        if (linesCache is null)
        {
            using var buffer = new MemoryStream();
            NegotiationJsonLines.Write(buffer, record.Statements);
            linesCache = buffer.ToArray();
        }

        return linesCache;
    }

    private static byte[]? linesCache;
}
