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
        ChildProcess.Report("errors", report.ErrorCount);
        ChildProcess.Report("statements", record.Statements.Count);
        clock.Restart();
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
    public static int Dto(string path)
    {
        var json = File.ReadAllBytes(path);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var dto = Baseline.DeserializeDto(json);
        ChildProcess.Report("dto-seconds", clock.Elapsed.TotalSeconds);
        GC.KeepAlive(dto);
        return 0;
    }

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
        var times = Measure.Medians(
            9,
            () => NegotiationJson.SerializeToUtf8Bytes(record),
            () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record, contract),
            () => Baseline.SerializeDto(dto));
        var processor = ProcessorMedians(
            9,
            () => NegotiationJson.SerializeToUtf8Bytes(record),
            () => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record, contract),
            () => Baseline.SerializeDto(dto));
        ChildProcess.Report("statements", record.Statements.Count);
        ChildProcess.Report("library-cpu-ms", processor[0]);
        ChildProcess.Report("contract-cpu-ms", processor[1]);
        ChildProcess.Report("dto-cpu-ms", processor[2]);
        ChildProcess.Report("library-ms", times[0].Returned.TotalMilliseconds);
        ChildProcess.Report("contract-ms", times[1].Returned.TotalMilliseconds);
        ChildProcess.Report("dto-ms", times[2].Returned.TotalMilliseconds);
        ChildProcess.Report("library-bytes", NegotiationJson.SerializeToUtf8Bytes(record).Length);
        ChildProcess.Report("contract-bytes", System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(record, contract).Length);
        ChildProcess.Report("dto-bytes", Baseline.SerializeDto(dto).Length);
        return 0;
    }

    // The processor time of each call, in turn in the same rounds: what a loaded machine's waits leave out of the
    // wall-clock medians (the process's time, so a collection's threads count too).
    private static double[] ProcessorMedians(int rounds, params Func<object>[] actions)
    {
        var times = actions.Select(_ => new List<double>(rounds)).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < actions.Length; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var start = Loop.ProcessorTime();
                GC.KeepAlive(actions[i]());
                times[i].Add((Loop.ProcessorTime() - start).TotalMilliseconds);
            }
        }

        return [.. times.Select(t => t.Order().ElementAt(t.Count / 2))];
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
