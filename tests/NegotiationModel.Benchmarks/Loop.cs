using System.Diagnostics;
using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Serialization;

namespace NegotiationModel.Benchmarks;

/// <summary>Repeats one operation for 20 seconds so that a profiler (dotnet-trace, dotnet-counters) can watch it.</summary>
internal static class Loop
{
    /// <summary>Runs the loop.</summary>
    /// <param name="what">load, deserialize, jsonlines, dto, immutable-dto, newtonsoft, serialize, validate, timeline or synthetic-timeline.</param>
    /// <param name="statements">The size of the record.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string what, int statements)
    {
        var document = Corpus.Get(statements);
        var json = document.Json;
        var record = document.Record;
        Func<object> action = what switch
        {
            "load" => () => Operations.Load(json),
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
        var clock = Stopwatch.StartNew();
        var count = 0;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var pause = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            GC.KeepAlive(action());
            count++;
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        pause = GC.GetTotalPauseDuration() - pause;
        var gcs = string.Join('/', collections.Select((c, g) => ((GC.CollectionCount(g) - c) / (double)count).ToString("F1", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count} runs in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalMilliseconds / count:F1} ms and {allocated / count / 1e6:F1} MB allocated each; per run {gcs} gen0/1/2 collections, {pause.TotalMilliseconds / count:F1} ms paused"));
        return 0;
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
