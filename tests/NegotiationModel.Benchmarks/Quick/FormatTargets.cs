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
        var small = Corpus.Document.Build(1_000);
        var smallDto = Baseline.DeserializeDto(small.Json);
        var smallLines = Lines(small.Record);
        Measure.WarmUp(
            35,
            () => NegotiationJson.SerializeToUtf8Bytes(small.Record),
            () => Baseline.SerializeDto(smallDto),
            () => ReadLines(smallLines),
            () => ReadDtoLines(smallLines));

        var record = document.Record;
        var dto = Baseline.DeserializeDto(document.Json);
        var writing = Measure.Medians(
            7,
            () => NegotiationJson.SerializeToUtf8Bytes(record),
            () => Baseline.SerializeDto(dto));
        var (library, raw) = (writing[0].Returned, writing[1].Returned);
        log.WriteLine(Invariant($"writing {document.Statements:N0} statements (medians when the call returned): NegotiationJson.SerializeToUtf8Bytes {Ms(library)}, raw DTO (System.Text.Json source-generated) {Ms(raw)}"));
        var overDto = library / raw;
        yield return TargetResult.Of("writing / raw DTO", Invariant($"{overDto:F2}x"), "<= 1.20x", overDto <= 1.2);

        var lines = Lines(record);
        var reading = Measure.Medians(
            7,
            () => ReadLines(lines),
            () => ReadDtoLines(lines));
        (library, raw) = (reading[0].Returned, reading[1].Returned);
        log.WriteLine(Invariant($"JSON Lines, {record.Statements.Count:N0} statements, {lines.Length / 1e6:F1} MB (medians when the call returned): NegotiationJsonLines.Read<Statement> {Ms(library)}, DTOs (System.Text.Json top-level values) {Ms(raw)}"));
        var overValues = library / raw;
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

    private static string Ms(TimeSpan time) => Invariant($"{time.TotalMilliseconds:F1} ms");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
