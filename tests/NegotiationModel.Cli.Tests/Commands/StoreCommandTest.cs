using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NegotiationModel.Serialization;
using NegotiationModel.Storage;
using NegotiationModel.Storage.PostgreSql;
using NegotiationModel.Storage.Sqlite;
using NegotiationModel.Storage.Tests;
using NegotiationModel.TestData;
using Npgsql;

namespace NegotiationModel.Cli.Tests.Commands;

/// <summary>The <c>store</c> commands, the same on each engine: a subclass gives the <c>--db</c> value of a fresh store.</summary>
public abstract class StoreCommandTest
{
    protected abstract Task<string> NewDatabaseAsync();

    /// <summary>Opens the store at <paramref name="db"/>.</summary>
    protected abstract Task<NegotiationStore> OpenAsync(string db);

    /// <summary>Makes a connection of the engine's own to the store, outside the library, for probes and checks.</summary>
    protected abstract DbConnection Connect(string db);

    /// <summary>Tells whether another process is inside a commit's transaction on the store.</summary>
    protected abstract Task<bool> CommitRunningAsync(DbConnection connection);

    /// <summary>Prepares the store for the probe, before the child starts.</summary>
    protected virtual Task BeforeChildAsync(DbConnection connection) => Task.CompletedTask;

    /// <summary>Returns what the engine's own check of its files finds wrong.</summary>
    protected abstract Task<IEnumerable<string>> EngineInconsistenciesAsync(DbConnection connection);

    /// <summary>
    /// The store's consistency check: the engine's own, and the invariants of the write protocol (docs/storage.md): each
    /// record's commits are numbered 1 to its version without a gap; no entity version begins or ends after it; every
    /// entity's versions follow one another (each ends where the next begins) and only the last is current; every
    /// reference row belongs to an entity version.
    /// </summary>
    protected async Task<List<string>> InconsistenciesAsync(string db)
    {
        await using var connection = Connect(db);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var found = new List<string>(await EngineInconsistenciesAsync(connection));
        foreach (var (what, sql) in new[]
        {
            ("commits not numbered 1 to the record's version", "SELECT count(*) FROM records r WHERE r.version <> (SELECT count(*) FROM commits c WHERE c.record = r.name) OR r.version <> (SELECT max(c.version) FROM commits c WHERE c.record = r.name)"),
            ("entity versions beyond the record's version", "SELECT count(*) FROM entity_versions e JOIN records r ON r.name = e.record WHERE e.from_version > r.version OR e.to_version > r.version"),
            ("entity versions that do not follow one another", "SELECT count(*) FROM entity_versions e WHERE e.to_version IS NOT NULL AND EXISTS (SELECT 1 FROM entity_versions n WHERE n.record = e.record AND n.kind = e.kind AND n.id = e.id AND n.from_version > e.from_version AND n.from_version < e.to_version)"),
            ("entities current twice, or current before a later version", "SELECT count(*) FROM entity_versions e WHERE e.to_version IS NULL AND EXISTS (SELECT 1 FROM entity_versions n WHERE n.record = e.record AND n.kind = e.kind AND n.id = e.id AND n.from_version > e.from_version)"),
            ("reference rows without their entity version", "SELECT count(*) FROM entity_refs f WHERE NOT EXISTS (SELECT 1 FROM entity_versions e WHERE e.record = f.record AND e.kind = f.kind AND e.id = f.id AND e.from_version = f.from_version)"),
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var count = Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (count != 0)
            {
                found.Add($"{what}: {count}");
            }
        }

        return found;
    }

    public static TheoryData<string> Samples() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.json").Select(f => Path.GetFileName(f)!)];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_committed_file_shown_back_is_the_same_file(string sample)
    {
        var db = await NewDatabaseAsync();
        var file = Path.Combine(AppContext.BaseDirectory, "Samples", sample);
        var shown = CliRun.TempFile(string.Empty);

        (await CliRun.InvokeAsync("store", "init", "--db", db)).ExitCode.Should().Be(0);
        var commit = await CliRun.InvokeAsync("store", "commit", file, "--db", db, "--record", sample, "-m", "first");
        commit.ExitCode.Should().Be(0, commit.Error);
        commit.Out.Should().StartWith("committed version 1 at ");
        var show = await CliRun.InvokeAsync("store", "show", "--db", db, "--record", sample, "-o", shown);

        show.ExitCode.Should().Be(0, show.Error);
        (await CliRun.InvokeAsync("diff", file, shown)).ExitCode.Should().Be(0);
        (await File.ReadAllBytesAsync(shown, TestContext.Current.CancellationToken)).Should().Equal(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Log_history_query_diff_and_a_stale_commit()
    {
        var db = await NewDatabaseAsync();
        var record = SyntheticRecord.Generate(6, seed: 2);
        var statement = record.Statements[1];
        var revised = record.Replace(statement with { Notes = "revised" });
        var first = CliRun.TempFile(NegotiationJson.Serialize(record));
        var second = CliRun.TempFile(NegotiationJson.Serialize(revised));
        (await CliRun.InvokeAsync("store", "init", "--db", db)).ExitCode.Should().Be(0);
        (await CliRun.InvokeAsync("store", "commit", first, "--db", db, "--author", "ana")).ExitCode.Should().Be(0);
        (await CliRun.InvokeAsync("store", "commit", second, "--db", db, "--author", "ben", "-m", "notes")).ExitCode.Should().Be(0);

        var log = await CliRun.InvokeAsync("store", "log", "--db", db);
        log.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).Select(f => (f[0], f[2], f[3], f[5]))
            .Should().Equal(("1", "ana", "negotiation-cli", string.Empty), ("2", "ben", "negotiation-cli", "notes"));

        var history = await CliRun.InvokeAsync("store", "history", $"statement:{statement.Id}", "--db", db);
        var lines = history.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("{\"version\":1,\"endedIn\":2,");
        lines[1].Should().StartWith("{\"version\":2,\"endedIn\":null,").And.Contain("\"notes\":\"revised\"");

        var query = await CliRun.InvokeAsync("store", "query", "--db", db, "--kind", "statement", "--actor", statement.Speakers[0].Value);
        var found = NegotiationJsonLines.Read<Statements.Statement>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(query.Out))).ToList();
        found.Should().Equal(revised.Statements.Where(s => revised.Involving(statement.Speakers[0]).Contains(s)));

        var diff = await CliRun.InvokeAsync("store", "diff", "1", "2", "--db", db);
        diff.ExitCode.Should().Be(1);
        diff.Out.Should().Contain(statement.Id.Value);
        (await CliRun.InvokeAsync("store", "diff", "2", "2", "--db", db)).ExitCode.Should().Be(0);

        var stale = await CliRun.InvokeAsync("store", "commit", first, "--db", db, "--expect", "1");
        stale.ExitCode.Should().Be(1);
        stale.Error.Should().Contain("expected version 1").And.Contain("holds version 2");
        (await CliRun.InvokeAsync("store", "log", "--db", db)).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [Fact]
    public async Task Show_as_known_at_writes_what_the_library_keeps()
    {
        var db = await NewDatabaseAsync();
        var record = NegotiationJson.Deserialize(await File.ReadAllTextAsync(CliRun.Sample, TestContext.Current.CancellationToken));
        (await CliRun.InvokeAsync("store", "init", "--db", db)).ExitCode.Should().Be(0);
        (await CliRun.InvokeAsync("store", "commit", CliRun.Sample, "--db", db)).ExitCode.Should().Be(0);

        var shown = await CliRun.InvokeAsync("store", "show", "--db", db, "--as-known-at", "2025-12-29T00:00:00Z");

        shown.ExitCode.Should().Be(0, shown.Error);
        shown.Out.Should().Be(NegotiationJson.Serialize(Timelines.NegotiationRecordTimeExtensions.AsKnownAt(record, NodaTime.Text.InstantPattern.ExtendedIso.Parse("2025-12-29T00:00:00Z").Value)) + "\n");
    }

    [Fact]
    public async Task A_process_killed_during_a_commit_leaves_the_store_consistent_with_all_or_nothing()
    {
        var db = await NewDatabaseAsync();
        var before = SyntheticRecord.Generate(5, seed: 1);
        var after = SyntheticRecord.Generate(10_000, seed: 2);
        var file = CliRun.TempFile(NegotiationJson.Serialize(after));
        (await CliRun.InvokeAsync("store", "init", "--db", db)).ExitCode.Should().Be(0);
        await using (var store = await OpenAsync(db))
        {
            await store.CommitAsync("main", before, 0, new CommitInfo("t", "t", "before"), TestContext.Current.CancellationToken);
        }

        var tool = Path.Combine(AppContext.BaseDirectory, "negotiation.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { tool, "store", "commit", file, "--db", db, "--record", "main", "--expect", "1", "-m", "killed" })
        {
            start.ArgumentList.Add(argument);
        }

        await using (var probe = Connect(db))
        {
            await probe.OpenAsync(TestContext.Current.CancellationToken);
            await BeforeChildAsync(probe);
            using var child = Process.Start(start)!;
            var running = false;
            while (!child.HasExited && !(running = await CommitRunningAsync(probe)))
            {
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            running.Should().BeTrue("the child is killed inside its commit's transaction, not after it ended ({0})", child.HasExited ? await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken) : "running");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await using var reopened = await OpenAsync(db);
        (await InconsistenciesAsync(db)).Should().BeEmpty();
        var version = await reopened.VersionAsync("main", TestContext.Current.CancellationToken);
        version.Should().BeOneOf(1, 2);
        var log = await reopened.LogAsync("main", TestContext.Current.CancellationToken);
        log.Select(c => c.Info.Message).Should().Equal(version == 1 ? ["before"] : ["before", "killed"]);
        var read = await reopened.ReadAsync("main", cancellationToken: TestContext.Current.CancellationToken);
        NegotiationJson.Serialize(read!).Should().Be(NegotiationJson.Serialize(version == 1 ? before : after));
        await reopened.CommitAsync("main", after, version, new CommitInfo("t", "t", "again"), TestContext.Current.CancellationToken);
        NegotiationJson.Serialize((await reopened.ReadAsync("main", cancellationToken: TestContext.Current.CancellationToken))!).Should().Be(NegotiationJson.Serialize(after));
        (await InconsistenciesAsync(db)).Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_store_or_with_a_bad_instant_it_says_what_to_give()
    {
        var missing = await CliRun.InvokeAsync("store", "log", "--db", Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.db"));
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("store init").And.NotContain("   at ");

        var db = await NewDatabaseAsync();
        (await CliRun.InvokeAsync("store", "init", "--db", db)).ExitCode.Should().Be(0);
        var badInstant = await CliRun.InvokeAsync("store", "show", "--db", db, "--as-known-at", "yesterday");
        badInstant.ExitCode.Should().Be(2);
        badInstant.Error.Should().Contain("--as-known-at 'yesterday' is not an instant");
    }
}

/// <summary>The store commands on a SQLite file.</summary>
public sealed class SqliteStoreCommandTest : StoreCommandTest
{
    protected override Task<string> NewDatabaseAsync() => Task.FromResult(Path.Combine(Path.GetTempPath(), $"negotiation-store-{Guid.NewGuid():N}.db"));

    protected override Task<NegotiationStore> OpenAsync(string db) => SqliteNegotiationStore.OpenAsync(db, TestContext.Current.CancellationToken).ContinueWith(t => (NegotiationStore)t.Result, TaskScheduler.Default);

    protected override DbConnection Connect(string db) => new SqliteConnection($"Data Source={db};Pooling=False");

    // With the log emptied first, a commit is the only writer to the write-ahead log, and it writes pages there before its
    // end once they outgrow the page cache; while its version is not visible yet, it is running.
    protected override async Task<bool> CommitRunningAsync(DbConnection connection)
    {
        var wal = ((SqliteConnection)connection).DataSource + "-wal";
        if (!File.Exists(wal) || new FileInfo(wal).Length == 0)
        {
            return false;
        }

        await using var version = connection.CreateCommand();
        version.CommandText = "SELECT version FROM records WHERE name = 'main'";
        return (long)(await version.ExecuteScalarAsync(TestContext.Current.CancellationToken))! == 1;
    }

    protected override async Task BeforeChildAsync(DbConnection connection)
    {
        SqliteConnection.ClearAllPools();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    protected override async Task<IEnumerable<string>> EngineInconsistenciesAsync(DbConnection connection)
    {
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var result = (string)(await check.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        return result == "ok" ? [] : [$"integrity_check: {result}"];
    }
}

/// <summary>The store commands on PostgreSQL.</summary>
public sealed class PostgreSqlStoreCommandTest(PostgreSqlServer server) : StoreCommandTest
{
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync();

    protected override Task<NegotiationStore> OpenAsync(string db) => PostgreSqlNegotiationStore.OpenAsync(db, TestContext.Current.CancellationToken).ContinueWith(t => (NegotiationStore)t.Result, TaskScheduler.Default);

    protected override DbConnection Connect(string db) => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db) { Pooling = false }.ToString());

    // The server shows every session's open transaction and statement: the commit is running once a session of this
    // database is inside a transaction writing entity versions.
    protected override async Task<bool> CommitRunningAsync(DbConnection connection)
    {
        await using var sessions = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL "
            + "AND (query LIKE 'INSERT INTO entity_versions%' OR query LIKE 'COPY entity_versions%')",
            (NpgsqlConnection)connection);
        return (long)(await sessions.ExecuteScalarAsync(TestContext.Current.CancellationToken))! > 0;
    }

    protected override Task<IEnumerable<string>> EngineInconsistenciesAsync(DbConnection connection) => Task.FromResult<IEnumerable<string>>([]);
}
