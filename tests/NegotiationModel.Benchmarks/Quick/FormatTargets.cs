using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// The quick mode's targets for writing and for JSON Lines (issue 19), each against its System.Text.Json
/// baseline on the same data, timed in turn in the same rounds as the load targets are.
/// </summary>
internal static class FormatTargets
{
    /// <summary>Measures writing a record and reading its statements as JSON Lines.</summary>
    /// <param name="log">Where progress and context go.</param>
    /// <param name="document">The record the load targets read, and its JSON.</param>
    /// <returns>The targets.</returns>
    public static IEnumerable<TargetResult> Run(TextWriter log, Corpus.Document document)
    {
        // Writing in a child process of its own (Children.Write): timed after the heap measurement in this process,
        // the raw DTO's time moved between 16.5 and 54.3 ms from one run to the next while the library's stayed put.
        var (finished, values) = ChildProcess.Run(TimeSpan.FromSeconds(300), "--child-write", document.Statements.ToString(CultureInfo.InvariantCulture));
        if (finished && ChildProcess.Value(values, "library-ms") is { } library && ChildProcess.Value(values, "dto-ms") is { } raw)
        {
            log.WriteLine(Invariant($"writing {document.Statements:N0} statements, alone in a child process (medians when the call returned): NegotiationJson.SerializeToUtf8Bytes {library:F1} ms ({ChildProcess.Value(values, "library-bytes") / 1e6:F2} MB), System.Text.Json's contract of the format {ChildProcess.Value(values, "contract-ms"):F1} ms ({ChildProcess.Value(values, "contract-bytes") / 1e6:F2} MB), raw DTO (System.Text.Json source-generated, indented alike) {raw:F1} ms ({ChildProcess.Value(values, "dto-bytes") / 1e6:F2} MB)"));
            var overDto = library / raw;
            yield return TargetResult.Of("writing / raw DTO", Invariant($"{overDto:F2}x"), "<= 1.20x", overDto <= 1.2);
        }
        else
        {
            yield return TargetResult.Of("writing / raw DTO", "did not finish", "<= 1.20x", pass: false);
        }

        var small = Corpus.Document.Build(1_000);
        var smallLines = Lines(small.Record);
        Measure.WarmUp(
            35,
            () => ReadLines(smallLines),
            () => ReadDtoLines(smallLines));

        var record = document.Record;
        var lines = Lines(record);
        var reading = Measure.Medians(
            7,
            () => ReadLines(lines),
            () => ReadDtoLines(lines));
        var (libraryLines, rawLines) = (reading[0].Returned.TotalMilliseconds, reading[1].Returned.TotalMilliseconds);
        log.WriteLine(Invariant($"JSON Lines, {record.Statements.Count:N0} statements, {lines.Length / 1e6:F1} MB (medians when the call returned): NegotiationJsonLines.Read<Statement> {libraryLines:F1} ms, DTOs (System.Text.Json top-level values) {rawLines:F1} ms"));
        var overValues = libraryLines / rawLines;
        yield return TargetResult.Of("JSON Lines reading / System.Text.Json top-level values into DTOs", Invariant($"{overValues:F2}x"), "<= 1.20x", overValues <= 1.2);
    }

    private static byte[] Lines(NegotiationRecord record)
    {
        using var buffer = new MemoryStream();
        NegotiationJsonLines.Write(buffer, record.Statements);
        return buffer.ToArray();
    }

    private static int ReadLines(byte[] lines)
    {
        using var stream = new MemoryStream(lines, writable: false);
        return NegotiationJsonLines.Read<Statement>(stream).Count();
    }

    private static int ReadDtoLines(byte[] lines)
    {
        using var stream = new MemoryStream(lines, writable: false);
        return Baseline.StreamStatementDtos(stream).GetAwaiter().GetResult();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
