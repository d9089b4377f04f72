using System.Globalization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli;

/// <summary>Checks JSON Lines streams of one entity kind, line by line, reporting every bad line (not only the first).</summary>
internal static class JsonLinesFiles
{
    // The kinds by their JSON names (a reference's text is "kind:id"), statements first as the default.
    private static readonly (string Name, EntityKind Kind)[] Named =
    [
        .. NegotiationJsonLines.Kinds
            .OrderBy(kind => kind != EntityKind.Statement)
            .Select(kind => (new EntityReference(kind, "x").ToString()[..^2], kind)),
    ];

    public static readonly string[] Kinds = [.. Named.Select(named => named.Name)];

    public static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>How many bad lines are listed; past it they are only counted, so memory stays bounded on endless input.</summary>
    public const int MaxListed = 1000;

    /// <summary>
    /// Checks the JSON Lines file <paramref name="path"/> (or standard input, <c>-</c>), line by line as it is
    /// read; or reports why it cannot be read (exit code 2) and returns null.
    /// </summary>
    public static async Task<Result?> CheckAsync(CliConsole console, string path, string kind, CancellationToken cancellationToken)
    {
        try
        {
            if (path == "-")
            {
                return await CheckAsync(InputFiles.DisplayName(path), console.In, kind, NegotiationJsonReadOptions.DefaultMaxInputBytes, cancellationToken).ConfigureAwait(false);
            }

            // A FIFO or a device is read as a stream, never sized first.
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            await using (file.ConfigureAwait(false))
            {
                return await CheckAsync(path, file, kind, NegotiationJsonReadOptions.DefaultMaxInputBytes, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await console.Error.WriteLineAsync($"negotiation: cannot read '{InputFiles.DisplayName(path)}': {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// Reads every line of <paramref name="input"/> as an entity of <paramref name="kind"/>, reporting every bad
    /// line. A line may hold <paramref name="maxLineBytes"/> bytes (and a <c>\r</c>): reading stops at the first
    /// longer one, one byte past what a line may hold, so endless input costs bounded time and memory.
    /// </summary>
    public static async Task<Result> CheckAsync(string displayName, Stream input, string kind, long maxLineBytes, CancellationToken cancellationToken)
    {
        var result = new Result();
        var mostPerLine = maxLineBytes + 2;
        var buffer = new byte[(int)Math.Min(64 * 1024, mostPerLine)];
        int lineStart = 0, scanned = 0, filled = 0;
        long lineNumber = 1;
        var endOfInput = false;
        while (true)
        {
            var newLine = Array.IndexOf(buffer, (byte)'\n', scanned, filled - scanned);
            if (newLine >= 0 || (endOfInput && filled > lineStart))
            {
                var end = newLine >= 0 ? newLine : filled;
                CheckLine(displayName, buffer.AsMemory(lineStart, end - lineStart), lineNumber++, kind, result);
                lineStart = scanned = Math.Min(end + 1, filled);
                continue;
            }

            if (endOfInput)
            {
                return result;
            }

            scanned = filled;
            if (filled - lineStart >= mostPerLine)
            {
                result.Add(displayName, lineNumber, 1, string.Create(CultureInfo.InvariantCulture, $"The line is longer than the limit of {maxLineBytes} bytes; reading stopped there."), JsonPath.Root);
                return result;
            }

            if (lineStart > 0)
            {
                // Keep only the unfinished line: memory stays that of the longest line.
                buffer.AsSpan(lineStart, filled - lineStart).CopyTo(buffer);
                (filled, scanned, lineStart) = (filled - lineStart, scanned - lineStart, 0);
            }
            else if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, mostPerLine));
            }

            // Never read past what the current line may hold: an endless line stops at its limit.
            var room = (int)Math.Min(buffer.Length - filled, mostPerLine - (filled - lineStart));
            var count = await input.ReadAsync(buffer.AsMemory(filled, room), cancellationToken).ConfigureAwait(false);
            filled += count;
            endOfInput = count == 0;
        }
    }

    private static void CheckLine(string displayName, ReadOnlyMemory<byte> line, long lineNumber, string kind, Result result)
    {
        if (line.Span.Trim((byte)'\r').Trim((byte)' ').IsEmpty)
        {
            return;
        }

        try
        {
            using var stream = new MemoryStream(line.ToArray(), writable: false);
            result.Entities += Read(stream, kind).Count();
        }
        catch (NegotiationJsonException exception)
        {
            var bytesIntoLine = (int)Math.Clamp(exception.BytePositionInLine ?? 0, 0, line.Length);
            var column = JsonPositions.ColumnAfter(line.Span[..bytesIntoLine]);
            result.Add(displayName, lineNumber, column, exception.Problem, exception.Path ?? JsonPath.Root);
        }
    }

    /// <summary>What a check found: the bad lines (the first <see cref="MaxListed"/>), how many more there were, and the entities read.</summary>
    public sealed class Result
    {
        public List<LineProblem> Problems { get; } = [];

        public int Unlisted { get; private set; }

        public int Entities { get; set; }

        public void Add(string displayName, long line, long column, string problem, JsonPath path)
        {
            if (Problems.Count == MaxListed)
            {
                Unlisted++;
                return;
            }

            var text = string.Create(CultureInfo.InvariantCulture, $"{displayName}:{line}:{column}: error NM0001: {problem} (at {path})");
            Problems.Add(new LineProblem(text, line, column, problem, path));
        }
    }

    /// <summary>One bad line: the printed text and its parts.</summary>
    public sealed record LineProblem(string Text, long Line, long Column, string Problem, JsonPath Path);

    private static IEnumerable<IRecordEntity> Read(Stream stream, string kind)
        => NegotiationJsonLines.ReadEntities(stream, Named.Where(named => named.Name == kind).Select(named => named.Kind).DefaultIfEmpty(EntityKind.Statement).First());
}
