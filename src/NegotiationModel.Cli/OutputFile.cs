using System.Text;

namespace NegotiationModel.Cli;

/// <summary>
/// Writes a command's output file so that a failure never loses what was there: the text goes to a
/// temporary file in the target's folder, which replaces the target (one rename) only once it is complete
/// and flushed to disk. On failure the temporary file is removed, the target is untouched, one line names
/// the file, and the exit code is 2. See docs/cli.md, "Output files".
/// </summary>
internal static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte order mark) to <paramref name="path"/>; returns the exit code.</summary>
    public static Task<int> WriteAsync(CliConsole console, string path, string text, CancellationToken cancellationToken)
        => WriteAsync(console, path, (stream, token) => stream.WriteAsync(Utf8.GetBytes(text), token).AsTask(), cancellationToken);

    /// <summary>Writes what <paramref name="write"/> writes to <paramref name="path"/>; returns the exit code.</summary>
    public static async Task<int> WriteAsync(CliConsole console, string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        try
        {
            await ReplaceAsync(path, write, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: cannot write '{path}': {exception.Message}")).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
    }

    private static async Task ReplaceAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new IOException("it is a folder.");
        }

        // A link is followed, so that the file it names is replaced (or made) and the link kept; a device
        // or /proc path (/dev/stdout names a pipe, not a file) is not followed but written in place.
        var target = IsDevice(fullPath) ? fullPath : FinalTarget(fullPath);
        if (File.Exists(target) && await TryWriteInPlaceAsync(target, write, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var temporary = Path.Combine(folder, $".{(name.Length > 64 ? name[..64] : name)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
            await using (stream.ConfigureAwait(false))
            {
                if (!OperatingSystem.IsWindows() && File.Exists(target))
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
                }

                await write(stream, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>
    /// Follows links to the file they name, even one that does not exist yet (which File.ResolveLinkTarget
    /// refuses), so that the file is replaced or made and the link kept.
    /// </summary>
    private static string FinalTarget(string path)
    {
        const int MaxLinks = 40; // as Linux's own limit on links followed in one path
        for (var followed = 0; followed < MaxLinks; followed++)
        {
            if (new FileInfo(path).LinkTarget is not { } next)
            {
                return path;
            }

            path = Path.GetFullPath(next, Path.GetDirectoryName(path)!);
        }

        throw new IOException("too many levels of symbolic links.");
    }

    /// <summary>
    /// Writes straight into a target that is not a regular file, where a rename would replace the device or
    /// pipe itself: a pipe, terminal or socket (it cannot seek), or a device under /dev or /proc, such as
    /// /dev/null or /dev/stdout. Returns false, writing nothing, for a regular file.
    /// </summary>
    private static async Task<bool> TryWriteInPlaceAsync(string fullPath, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var device = IsDevice(fullPath);

        // FileMode.Open neither creates nor truncates: a regular file is left as it was.
        var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        await using (stream.ConfigureAwait(false))
        {
            if (!device && stream.CanSeek)
            {
                return false;
            }

            await write(stream, cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    private static bool IsDevice(string fullPath)
        => fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal);
}
