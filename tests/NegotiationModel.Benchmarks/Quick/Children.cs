using System.Diagnostics;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>What the quick mode's child processes do.</summary>
internal static class Children
{
    /// <summary>Loads and validates a record from a file, then builds its timeline, reporting how long each took.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The exit code.</returns>
    public static int Load(string path)
    {
        var json = File.ReadAllBytes(path);
        GC.Collect();
        ChildProcess.Report("ready", 1);
        var clock = Stopwatch.StartNew();
        var record = Operations.Deserialize(json);
        ChildProcess.Report("deserialize-seconds", clock.Elapsed.TotalSeconds);
        json = [];
        clock.Restart();
        var report = RecordValidator.Default.Validate(record);
        ChildProcess.Report("validate-seconds", clock.Elapsed.TotalSeconds);
        return Loaded(record, report);
    }

    /// <summary>Loads and validates a record from a file in one call (<see cref="Operations.LoadFromBytes"/>), then builds its timeline, reporting how long each took.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The exit code.</returns>
    public static int LoadFromBytes(string path)
    {
        var json = File.ReadAllBytes(path);
        GC.Collect();
        ChildProcess.Report("ready", 1);
        var clock = Stopwatch.StartNew();
        var report = RecordValidator.Default.Validate(json, Operations.ReadOptions, out var record);
        ChildProcess.Report("load-seconds", clock.Elapsed.TotalSeconds);
        json = [];
        return Loaded(record, report);
    }

    private static int Loaded(NegotiationRecord record, ValidationReport report)
    {
        ChildProcess.Report("errors", report.ErrorCount);
        ChildProcess.Report("statements", record.Statements.Count);
        var clock = Stopwatch.StartNew();
        var processor = Loop.ProcessorTime();
        var timeline = Timeline.Build(record);
        ChildProcess.Report("timeline-seconds", clock.Elapsed.TotalSeconds);
        ChildProcess.Report("timeline-processor-seconds", (Loop.ProcessorTime() - processor).TotalSeconds);
        ChildProcess.Report("timeline-entries", timeline.Count);
        return 0;
    }

    /// <summary>Reads a record's file into the raw DTO, reporting how long it took: the baseline of <see cref="Load"/>.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The exit code.</returns>
    public static int Dto(string path) => ReadOnce(path, "dto", json => Baseline.DeserializeDto(json));

    /// <summary>Reads a record's file with <see cref="NegotiationJson"/> and nothing else, reporting what it cost as <see cref="Dto"/> does.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The exit code.</returns>
    public static int Deserialize(string path) => ReadOnce(path, "deserialize", json => Operations.Deserialize(json));

    /// <summary>
    /// Writes a synthetic record with the library, with System.Text.Json's contract of the format (what the library
    /// wrote before its writer was generated, and the reference it is tested against) and as the raw DTO, in turn in
    /// the same rounds, and reports each one's median time and the bytes it wrote: the writing target, in a process
    /// whose heap holds nothing else, so that no earlier measurement leaves its garbage to one side or the other.
    /// </summary>
    /// <param name="statements">The number of statements, as text.</param>
    /// <returns>The exit code.</returns>
    public static int Write(string statements)
    {
        var small = Corpus.Document.Build(1_000);
        var smallDto = Baseline.DeserializeDto(small.Json);
        var document = Corpus.Document.Build(int.Parse(statements, System.Globalization.CultureInfo.InvariantCulture));
        var record = document.Record;
        var dto = Baseline.DeserializeDto(document.Json);
        var contract = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<NegotiationRecord>)JsonFormat.Lenient.GetTypeInfo(typeof(NegotiationRecord));
        Measure.WarmUp(
            35,
            () => NegotiationJson.SerializeToUtf8Bytes(small.Record),
            () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(small.Record, contract),
            () => Baseline.SerializeDto(smallDto));
        var times = Measure.Rounds(
            9,
            afterItself: false,
            () => NegotiationJson.SerializeToUtf8Bytes(record),
            () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record, contract),
            () => Baseline.SerializeDto(dto));
        ChildProcess.Report("statements", record.Statements.Count);
        ChildProcess.Report("library-cpu-ms", times[0].Processor.TotalMilliseconds);
        ChildProcess.Report("contract-cpu-ms", times[1].Processor.TotalMilliseconds);
        ChildProcess.Report("dto-cpu-ms", times[2].Processor.TotalMilliseconds);
        ChildProcess.Report("library-ms", times[0].Returned.TotalMilliseconds);
        ChildProcess.Report("contract-ms", times[1].Returned.TotalMilliseconds);
        ChildProcess.Report("dto-ms", times[2].Returned.TotalMilliseconds);
        ChildProcess.Report("library-bytes", NegotiationJson.SerializeToUtf8Bytes(record).Length);
        ChildProcess.Report("contract-bytes", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record, contract).Length);
        ChildProcess.Report("dto-bytes", Baseline.SerializeDto(dto).Length);
        return 0;
    }

    // One read of the file's bytes, after a full collection: the clock, the processor time (every thread, so the
    // collector's too), what was allocated and the collections of each generation it caused.
    private static int ReadOnce(string path, string key, Func<byte[], object> read)
    {
        var json = File.ReadAllBytes(path);
        GC.Collect();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var pause = GC.GetTotalPauseDuration();
        var processor = Loop.ProcessorTime();
        var clock = Stopwatch.StartNew();
        var result = read(json);
        ChildProcess.Report(key + "-seconds", clock.Elapsed.TotalSeconds);
        ChildProcess.Report(key + "-processor-seconds", (Loop.ProcessorTime() - processor).TotalSeconds);
        ChildProcess.Report(key + "-allocated-bytes", GC.GetTotalAllocatedBytes(precise: true) - allocated);
        ChildProcess.Report(key + "-pause-seconds", (GC.GetTotalPauseDuration() - pause).TotalSeconds);
        for (var generation = 0; generation < collections.Length; generation++)
        {
            ChildProcess.Report(key + "-gen" + generation, GC.CollectionCount(generation) - collections[generation]);
        }

        GC.KeepAlive(result);
        return 0;
    }

    /// <summary>Streams the statements of a JSON Lines file, reporting how many, how fast and the peak memory.</summary>
    /// <param name="path">The JSON Lines file.</param>
    /// <returns>The exit code.</returns>
    public static int Stream(string path)
    {
        var clock = Stopwatch.StartNew();
        long statements = 0;
        long characters = 0;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            foreach (var statement in NegotiationJsonLines.Read<Statement>(file))
            {
                statements++;
                characters += statement.Text[0].Text.Length;
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        ChildProcess.Report("seconds", clock.Elapsed.TotalSeconds);
        ChildProcess.Report("statements", statements);
        ChildProcess.Report("characters", characters);
        ChildProcess.Report("bytes", new FileInfo(path).Length);
        ChildProcess.Report("peak-working-set", process.PeakWorkingSet64);
        ChildProcess.Report("gc-heap-after", GC.GetGCMemoryInfo().HeapSizeBytes);
        return 0;
    }
}
