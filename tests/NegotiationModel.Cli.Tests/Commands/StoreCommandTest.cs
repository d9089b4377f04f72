using System.Diagnostics;
using NegotiationModel.Serialization;
using NegotiationModel.Storage;
using NegotiationModel.Storage.Sqlite;
using NegotiationModel.Storage.Tests;
using NegotiationModel.TestData;

namespace NegotiationModel.Cli.Tests.Commands;

/// <summary>The <c>store</c> commands, the same on each engine: a subclass gives the <c>--db</c> value of a fresh store.</summary>
public abstract class StoreCommandTest
{
    protected abstract Task<string> NewDatabaseAsync();

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

/// <summary>The store commands on a SQLite file, and a commit killed half-way.</summary>
public sealed class SqliteStoreCommandTest : StoreCommandTest
{
    protected override Task<string> NewDatabaseAsync() => Task.FromResult(Path.Combine(Path.GetTempPath(), $"negotiation-store-{Guid.NewGuid():N}.db"));

    [Fact]
    public async Task A_process_killed_during_a_commit_leaves_the_store_whole()
    {
        var db = await NewDatabaseAsync();
        var small = SyntheticRecord.Generate(5, seed: 1);
        var large = SyntheticRecord.Generate(3000, seed: 2);
        var file = CliRun.TempFile(NegotiationJson.Serialize(large));
        (await CliRun.InvokeAsync("store", "init", "--db", db)).ExitCode.Should().Be(0);
        await using (var store = await SqliteNegotiationStore.OpenAsync(db, TestContext.Current.CancellationToken))
        {
            await store.CommitAsync("main", small, 0, new CommitInfo("t", "t", "t"), TestContext.Current.CancellationToken);
        }

        var tool = Path.Combine(AppContext.BaseDirectory, "negotiation.dll");
        using (var child = Process.Start(new ProcessStartInfo("dotnet", $"\"{tool}\" store commit \"{file}\" --db \"{db}\"") { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            // Kill once the commit has started writing: the write-ahead log grows past its header.
            var wal = db + "-wal";
            while (!child.HasExited && (!File.Exists(wal) || new FileInfo(wal).Length < 64 * 1024))
            {
                await Task.Delay(2, TestContext.Current.CancellationToken);
            }

            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await using var reopened = await SqliteNegotiationStore.OpenAsync(db, TestContext.Current.CancellationToken);
        var version = await reopened.VersionAsync("main", TestContext.Current.CancellationToken);
        version.Should().BeOneOf(1, 2);
        var read = await reopened.ReadAsync("main", cancellationToken: TestContext.Current.CancellationToken);
        read.Should().Be(version == 1 ? small : large);
        (await reopened.LogAsync("main", TestContext.Current.CancellationToken)).Should().HaveCount((int)version);
        await reopened.CommitAsync("main", large, version, new CommitInfo("t", "t", "again"), TestContext.Current.CancellationToken);
        (await reopened.ReadAsync("main", cancellationToken: TestContext.Current.CancellationToken)).Should().Be(large);
    }
}

/// <summary>The store commands on PostgreSQL.</summary>
public sealed class PostgreSqlStoreCommandTest(PostgreSqlServer server) : StoreCommandTest
{
    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync();
}
