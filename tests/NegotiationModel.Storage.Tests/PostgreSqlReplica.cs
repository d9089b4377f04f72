using NegotiationModel.TestData;
using Npgsql;

namespace NegotiationModel.Storage.Tests;

/// <summary>
/// A streaming read replica of the tests' PostgreSQL server on this machine: <c>pg_basebackup -R</c> from the primary (as
/// the <c>postgres</c> user when run as root), started with <c>pg_ctl</c> on a free port of 127.0.0.1 and removed at the end.
/// It replicates the whole primary, so databases the tests create after it started reach it too.
/// </summary>
public sealed class PostgreSqlReplica(PostgreSqlServer primary) : IAsyncLifetime
{
    private string? directory;
    private string? binaries;

    /// <summary>Gets the connection string of the replica's administrative database.</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    /// <summary>Gets the connection string of the primary's administrative database.</summary>
    public string PrimaryConnectionString => primary.AdminConnectionString;

    public async ValueTask InitializeAsync()
    {
        binaries = PostgreSqlPrograms.Binaries() ?? throw new InvalidOperationException("The replica test needs pg_basebackup and pg_ctl: install PostgreSQL (Debian: apt-get install postgresql).");
        var source = new NpgsqlConnectionStringBuilder(primary.AdminConnectionString);
        directory = Directory.CreateTempSubdirectory("negotiation-pg-replica-").FullName;
        var port = PostgreSqlPrograms.FreePort();
        await PostgreSqlPrograms.RunAsync("chown", $"postgres {directory}", asPostgres: false);
        await PostgreSqlPrograms.RunAsync($"{binaries}/pg_basebackup", $"-R -X stream -D {directory}/data -h {source.Host} -p {source.Port} -U {source.Username} --no-sync", asPostgres: true);
        await PostgreSqlPrograms.StartAsync(binaries, directory, port);
        AdminConnectionString = new NpgsqlConnectionStringBuilder(primary.AdminConnectionString) { Host = "127.0.0.1", Port = port }.ToString();
    }

    /// <summary>Returns the connection string of a database on the replica, given its connection string on the primary.</summary>
    public string ReplicaOf(string primaryDatabase)
        => new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = new NpgsqlConnectionStringBuilder(primaryDatabase).Database }.ToString();

    /// <summary>Waits until the replica has replayed everything committed on the primary so far; fails after a bounded number of polls.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        string target;
        await using (var connection = new NpgsqlConnection(primary.AdminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", connection);
            target = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        await using var replica = new NpgsqlConnection(AdminConnectionString);
        await replica.OpenAsync(cancellationToken);
        await using var replayed = new NpgsqlCommand("SELECT coalesce(pg_last_wal_replay_lsn() >= @target::pg_lsn, false)", replica);
        replayed.Parameters.AddWithValue("target", target);
        const int Polls = 2000;
        for (var poll = 0; poll < Polls; poll++)
        {
            if ((bool)(await replayed.ExecuteScalarAsync(cancellationToken))!)
            {
                return;
            }

            await Task.Delay(25, cancellationToken);
        }

        throw new TimeoutException($"The replica did not replay the primary's WAL up to {target} within {Polls} polls.");
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
