using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

[assembly: AssemblyFixture(typeof(NegotiationModel.Storage.Tests.PostgreSqlServer))]

namespace NegotiationModel.Storage.Tests;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>NEGOTIATION_TEST_POSTGRESQL</c> (a connection string; CI starts a
/// private cluster and sets it), or else a private cluster this fixture starts itself with the machine's <c>initdb</c> and
/// <c>pg_ctl</c> (as the <c>postgres</c> user when run as root) and stops at the end. In CI (<c>CI=true</c>) the variable
/// must be set, so that the tests run against the cluster CI started and never pass without a server.
/// </summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    public const string Variable = "NEGOTIATION_TEST_POSTGRESQL";
    private string? dataDirectory;
    private string? binaries;

    /// <summary>Gets the connection string of the server's administrative database.</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            AdminConnectionString = given;
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Variable} is not set: in CI the PostgreSQL tests run against the cluster .ci/run starts; they must not pass without it.");
        }

        binaries = Binaries() ?? throw new InvalidOperationException($"No PostgreSQL server for the tests: set {Variable} to a connection string, or install PostgreSQL (Debian: apt-get install postgresql) so the tests start a private cluster.");

        dataDirectory = Directory.CreateTempSubdirectory("negotiation-pg-").FullName;
        var port = FreePort();
        await RunAsync("chown", $"postgres {dataDirectory}", asPostgres: false);
        await RunAsync($"{binaries}/initdb", $"-D {dataDirectory}/data -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8", asPostgres: true);
        await RunAsync($"{binaries}/pg_ctl", $"-D {dataDirectory}/data -o \"-p {port} -k {dataDirectory} -c fsync=off -c listen_addresses=127.0.0.1\" -l {dataDirectory}/log -w start", asPostgres: true);
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"store_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (dataDirectory is not null)
        {
            await RunAsync($"{binaries}/pg_ctl", $"-D {dataDirectory}/data -m immediate stop", asPostgres: true);
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    /// <summary>Gets the directory of the newest PostgreSQL server programs installed the Debian way, or null.</summary>
    internal static string? Binaries() => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
        : null;

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task RunAsync(string program, string arguments, bool asPostgres)
    {
        var root = Environment.UserName == "root";
        var start = asPostgres && root
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
