using System.Buffers;
using System.Globalization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli;

/// <summary>Reads the files commands work on: <c>-</c> is standard input; problems become messages and exit codes, never stack traces.</summary>
internal static class InputFiles
{
    /// <summary>
    /// The most bytes one input may hold: the library's default <see cref="NegotiationJsonReadOptions.MaxInputBytes"/>,
    /// so the tool refuses exactly what <see cref="NegotiationJson"/> would, without reading further.
    /// </summary>
    public const long MaxInputBytes = NegotiationJsonReadOptions.DefaultMaxInputBytes;

    // Reads go into pooled chunks of this size, so that an input of unknown length costs its own size once,
    // plus one chunk, and an endless one (/dev/zero, a FIFO) no more than the limit plus one chunk.
    private const int ChunkBytes = 1024 * 1024;

    public static string DisplayName(string path) => path == "-" ? "<stdin>" : path;

    /// <summary>
    /// Reads a file's bytes (<c>-</c> is standard input; FIFOs and devices too), or reports why it cannot be
    /// read or that it holds more than <see cref="MaxInputBytes"/> (exit code 2) and returns null.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(CliConsole console, string path, CancellationToken cancellationToken)
    {
        byte[]? bytes;
        try
        {
            if (path == "-")
            {
                bytes = await ReadBoundedAsync(console.In, MaxInputBytes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // No FileStream buffer: the chunks are the buffer.
                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
                await using (stream.ConfigureAwait(false))
                {
                    bytes = await ReadBoundedAsync(stream, MaxInputBytes, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: cannot read '{DisplayName(path)}': {exception.Message}")).ConfigureAwait(false);
            return null;
        }

        if (bytes is null)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"negotiation: '{DisplayName(path)}' is too large: it holds more than {MaxInputBytes} bytes ({MaxInputBytes / (1024 * 1024)} MiB), the limit for one input."))).ConfigureAwait(false);
        }

        return bytes;
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end and returns its bytes, or returns null as soon as it has
    /// read <paramref name="maxBytes"/> + 1 bytes: never reads or holds more than that, whatever the stream
    /// (a file, a pipe, a FIFO, /dev/zero). A seekable stream whose length already says too large is not read.
    /// </summary>
    public static async Task<byte[]?> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        // Devices and /proc files report length 0 and must be read to be known.
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes)
        {
            return null;
        }

        var chunks = new List<byte[]>();
        long total = 0;
        var lastCount = 0;
        try
        {
            while (true)
            {
                var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
                chunks.Add(chunk);
                lastCount = 0;
                int read;
                do
                {
                    read = await stream.ReadAsync(chunk.AsMemory(lastCount, ChunkBytes - lastCount), cancellationToken).ConfigureAwait(false);
                    lastCount += read;
                    total += read;
                    if (total > maxBytes)
                    {
                        return null;
                    }
                }
                while (read > 0 && lastCount < ChunkBytes);

                if (read == 0)
                {
                    break;
                }
            }

            var bytes = GC.AllocateUninitializedArray<byte>((int)total);
            for (var i = 0; i < chunks.Count; i++)
            {
                var count = i == chunks.Count - 1 ? lastCount : ChunkBytes;
                chunks[i].AsSpan(0, count).CopyTo(bytes.AsSpan(i * ChunkBytes));
            }

            return bytes;
        }
        finally
        {
            foreach (var chunk in chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
        }
    }

    /// <summary>
    /// Reads a record for a command whose output is data: a file that cannot be read gives exit code 2,
    /// a malformed record exit code 1, each with one line on standard error.
    /// </summary>
    public static async Task<(NegotiationRecord? Record, int ExitCode)> LoadRecordAsync(CliConsole console, string path, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(console, path, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return (null, ExitCodes.UsageOrIo);
        }

        try
        {
            return (NegotiationJson.Deserialize(bytes), ExitCodes.Success);
        }
        catch (NegotiationJsonException exception)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape(FormatReadError(path, exception, bytes))).ConfigureAwait(false);
            return (null, ExitCodes.Failure);
        }
    }

    /// <summary>Formats a read failure as <c>FILE:LINE:COL: error NM0001: message (at $['path'])</c>, the column counted in UTF-16 code units.</summary>
    public static string FormatReadError(string path, NegotiationJsonException exception, byte[] utf8Json)
    {
        var (line, column) = Position(exception, utf8Json);
        var at = exception.Path is null ? string.Empty : $" (at {exception.Path})";
        return string.Create(CultureInfo.InvariantCulture, $"{DisplayName(path)}:{line}:{column}: error NM0001: {exception.Problem}{at}");
    }

    /// <summary>The one-based line and character column of a read failure (the exception counts bytes).</summary>
    public static (long Line, long Column) Position(NegotiationJsonException exception, byte[] utf8Json)
    {
        var line = exception.LineNumber ?? 0;
        var bytesIntoLine = (int)(exception.BytePositionInLine ?? 0);
        var start = 0;
        for (var i = 0L; i < line && start < utf8Json.Length; i++)
        {
            var next = Array.IndexOf(utf8Json, (byte)'\n', start);
            start = next < 0 ? utf8Json.Length : next + 1;
        }

        var length = Math.Clamp(bytesIntoLine, 0, utf8Json.Length - start);
        return (line + 1, System.Text.Encoding.UTF8.GetCharCount(utf8Json, start, length) + 1);
    }
}
