using NegotiationModel.TestData;
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

        binaries = PostgreSqlPrograms.Binaries() ?? throw new InvalidOperationException($"No PostgreSQL server for the tests: set {Variable} to a connection string, or install PostgreSQL (Debian: apt-get install postgresql) so the tests start a private cluster.");

        dataDirectory = Directory.CreateTempSubdirectory("negotiation-pg-").FullName;
        AdminConnectionString = await PostgreSqlPrograms.StartNewClusterAsync(binaries, dataDirectory);
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
            await PostgreSqlPrograms.StopAndDeleteAsync(binaries!, dataDirectory);
        }
    }
}
