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
