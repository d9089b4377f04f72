using NegotiationModel.TestData;
using Npgsql;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// The PostgreSQL server the storage targets measure: the one <c>NEGOTIATION_TEST_POSTGRESQL</c> names (a connection string,
/// as for the storage tests), or else a private cluster started here with the machine's <c>initdb</c> and <c>pg_ctl</c>
/// (as the <c>postgres</c> user when run as root, <c>fsync=off</c> as in CI) and removed at the end.
/// The storage tests' fixture starts its cluster the same way, with <see cref="PostgreSqlPrograms"/>.
/// </summary>
internal sealed class PostgreSqlCluster : IAsyncDisposable
{
    private const string Variable = "NEGOTIATION_TEST_POSTGRESQL";
    private readonly string? directory;
    private readonly string? binaries;

    private PostgreSqlCluster(string adminConnectionString, string? directory, string? binaries)
    {
        AdminConnectionString = adminConnectionString;
        this.directory = directory;
        this.binaries = binaries;
    }

    /// <summary>Gets the connection string of the server's administrative database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Gets a description of where the server comes from, for the log.</summary>
    public string Origin => directory is null ? $"the server {Variable} names" : "a private cluster (fsync=off)";

    /// <summary>Returns the server named by the variable, or starts a private cluster; null when neither is possible.</summary>
    public static async Task<PostgreSqlCluster?> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return new PostgreSqlCluster(given, null, null);
        }

        var binaries = PostgreSqlPrograms.Binaries();
        if (binaries is null)
        {
            return null;
        }

        var directory = Directory.CreateTempSubdirectory("negotiation-bench-pg-").FullName;
        return new PostgreSqlCluster(await PostgreSqlPrograms.StartNewClusterAsync(binaries, directory), directory, binaries);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (directory is not null)
        {
            await PostgreSqlPrograms.StopAndDeleteAsync(binaries!, directory);
        }
    }
}
