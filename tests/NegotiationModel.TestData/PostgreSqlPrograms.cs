using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace NegotiationModel.TestData;

/// <summary>
/// Private PostgreSQL clusters for the storage tests and benchmarks, made with the machine's server programs (installed the
/// Debian way), run as the <c>postgres</c> user when the caller is root, on 127.0.0.1 with <c>fsync=off</c> as in CI.
/// </summary>
public static class PostgreSqlPrograms
{
    /// <summary>Gets the directory of the newest PostgreSQL server programs installed the Debian way, or null.</summary>
    public static string? Binaries() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
        : null;

    /// <summary>Returns a TCP port of the loopback interface that is free now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Initialises a cluster in <paramref name="directory"/> and starts it; returns its administrative connection string.</summary>
    public static async Task<string> StartNewClusterAsync(string binaries, string directory)
    {
        await RunAsync("chown", $"postgres {directory}", asPostgres: false);
        await RunAsync($"{binaries}/initdb", $"-D {directory}/data -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8", asPostgres: true);
        var port = FreePort();
        await StartAsync(binaries, directory, port);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>Starts the server whose data is in <c>data</c> under <paramref name="directory"/>, on a port of 127.0.0.1.</summary>
    public static Task StartAsync(string binaries, string directory, int port)
        => RunAsync($"{binaries}/pg_ctl", $"-D {directory}/data -o \"-p {port} -k {directory} -c fsync=off -c listen_addresses=127.0.0.1\" -l {directory}/log -w start", asPostgres: true);

    /// <summary>Stops the server of <paramref name="directory"/> at once and deletes the directory.</summary>
    public static async Task StopAndDeleteAsync(string binaries, string directory)
    {
        await RunAsync($"{binaries}/pg_ctl", $"-D {directory}/data -m immediate stop", asPostgres: true);
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>Runs a program to its end; throws with its output when it fails.</summary>
    public static async Task RunAsync(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres && Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {await output} {await error}");
        }
    }
}
