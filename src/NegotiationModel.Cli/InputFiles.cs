using System.Globalization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli;

/// <summary>Reads the files commands work on: <c>-</c> is standard input; problems become messages and exit codes, never stack traces.</summary>
internal static class InputFiles
{
    public static string DisplayName(string path) => path == "-" ? "<stdin>" : path;

    /// <summary>Reads a file's bytes, or reports why it cannot be read (exit code 2) and returns null.</summary>
    public static async Task<byte[]?> ReadAsync(CliConsole console, string path, CancellationToken cancellationToken)
    {
        try
        {
            if (path == "-")
            {
                using var buffer = new MemoryStream();
                await console.In.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                return buffer.ToArray();
            }

            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await console.Error.WriteLineAsync($"negotiation: cannot read '{DisplayName(path)}': {exception.Message}").ConfigureAwait(false);
            return null;
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
            await console.Error.WriteLineAsync(FormatReadError(path, exception, bytes)).ConfigureAwait(false);
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
