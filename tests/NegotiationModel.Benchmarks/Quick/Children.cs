using System.Diagnostics;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NegotiationModel.Validation;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>What the quick mode's child processes do.</summary>
internal static class Children
{
    /// <summary>Loads and validates a record from a file, reporting how long reading and validating took.</summary>
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
