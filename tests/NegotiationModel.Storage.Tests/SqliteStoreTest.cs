using Microsoft.Data.Sqlite;
using NegotiationModel.Storage.Sqlite;
using NegotiationModel.TestData;
using NodaTime;

namespace NegotiationModel.Storage.Tests;

/// <summary>The store contract on SQLite, and what only a SQLite file shows: opening, migrations, refusal of a newer store.</summary>
public sealed class SqliteStoreTest : StoreContractTest, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("negotiation-store-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    protected override async Task<NegotiationStore> CreateStoreAsync()
        => await SqliteNegotiationStore.InitializeAsync(Path.Combine(directory, $"{Guid.NewGuid():N}.db"), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Opening_a_missing_or_uninitialised_file_says_to_initialise_it()
    {
        var missing = Path.Combine(directory, "missing.db");
        var open = () => SqliteNegotiationStore.OpenAsync(missing, TestContext.Current.CancellationToken);
        (await open.Should().ThrowAsync<StoreSchemaException>()).Which.Message.Should().Contain("store init");

        var empty = Path.Combine(directory, "empty.db");
        await File.WriteAllBytesAsync(empty, [], TestContext.Current.CancellationToken);
        var openEmpty = () => SqliteNegotiationStore.OpenAsync(empty, TestContext.Current.CancellationToken);
        (await openEmpty.Should().ThrowAsync<StoreSchemaException>()).Which.Message.Should().Contain("store init");
    }

    [Fact]
    public async Task A_store_of_a_newer_schema_is_refused_and_init_leaves_a_current_one_alone()
    {
        var path = Path.Combine(directory, "newer.db");
        int version;
        await using (var store = await SqliteNegotiationStore.InitializeAsync(path, TestContext.Current.CancellationToken))
        {
            version = store.SchemaVersion;
        }

        await using (var again = await SqliteNegotiationStore.InitializeAsync(path, TestContext.Current.CancellationToken))
        {
            (await again.RecordNamesAsync(TestContext.Current.CancellationToken)).Should().BeEmpty();
        }

        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE store_info SET value = '{version + 1}' WHERE key = 'schema-version'";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var open = () => SqliteNegotiationStore.OpenAsync(path, TestContext.Current.CancellationToken);
        (await open.Should().ThrowAsync<StoreSchemaException>()).Which.Message.Should().Contain($"schema version {version + 1}, newer");
        var init = () => SqliteNegotiationStore.InitializeAsync(path, TestContext.Current.CancellationToken);
        await init.Should().ThrowAsync<StoreSchemaException>();
    }

    [Fact]
    public async Task A_store_of_schema_version_1_is_migrated_keeping_its_records_and_answers()
    {
        var record = SyntheticRecord.Generate(40, seed: 17);
        var info = new CommitInfo("analyst", "storage-tests", "before the migration");
        var current = Path.Combine(directory, "current.db");
        var old = Path.Combine(directory, "old.db");
        await using var store = await SqliteNegotiationStore.InitializeAsync(current, TestContext.Current.CancellationToken);
        await store.CommitAsync("r", record, 0, info, TestContext.Current.CancellationToken);
        await store.CommitChangesAsync("r", new ChangeSet { Put = [record.Statements[1] with { Notes = "revised" }] }, 1, info, TestContext.Current.CancellationToken);

        // A store of schema version 1 holding the same rows: the first migration's tables, the rows copied into them.
        await using (var connection = new SqliteConnection($"Data Source={old};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            using var script = new StreamReader(typeof(SqliteNegotiationStore).Assembly.GetManifestResourceStream("NegotiationModel.Storage.Sqlite.Migrations.0001.sql")!);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO store_info VALUES ('schema-version', '1');"
                + await script.ReadToEndAsync(TestContext.Current.CancellationToken)
                + ";ATTACH DATABASE @current AS current; INSERT INTO records SELECT * FROM current.records; INSERT INTO commits SELECT * FROM current.commits;"
                + " INSERT INTO entity_versions SELECT record, kind, id, from_version, to_version, recorded_from, recorded_to, position, valid_from, valid_to, known_from, body FROM current.entity_versions;"
                + " INSERT INTO entity_refs (record, kind, id, from_version, ref_kind, ref_id) SELECT record, kind, id, from_version, ref_kind, ref_id FROM current.entity_refs; DETACH DATABASE current;";
            command.Parameters.AddWithValue("@current", current);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var open = () => SqliteNegotiationStore.OpenAsync(old, TestContext.Current.CancellationToken);
        (await open.Should().ThrowAsync<StoreSchemaException>()).Which.Message.Should().Contain("schema version 1");
        await using var migrated = await SqliteNegotiationStore.InitializeAsync(old, TestContext.Current.CancellationToken);

        (await migrated.ReadAsync("r", cancellationToken: TestContext.Current.CancellationToken)).Should().Be(await store.ReadAsync("r", cancellationToken: TestContext.Current.CancellationToken));
        (await migrated.ReadAsync("r", StoreView.AtVersion(1), TestContext.Current.CancellationToken)).Should().Be(record);
        var timed = record.Statements[record.Statements.Count / 2];
        var window = (await store.HistoryAsync("r", timed.Reference, TestContext.Current.CancellationToken))[0].Valid!.Value.Earliest!.Value;
        var queries = new[]
        {
            new EntityQuery { ValidFrom = window - Duration.FromDays(20), ValidUntil = window + Duration.FromDays(20) },
            new EntityQuery { ValidFrom = window - Duration.FromDays(20), ValidUntil = window + Duration.FromDays(20), Actor = timed.Speakers[0] },
            new EntityQuery { Actor = timed.Speakers[0], AsRecordedAt = (await store.LogAsync("r", TestContext.Current.CancellationToken))[0].RecordedAt },
        };
        foreach (var query in queries)
        {
            var found = await migrated.QueryAsync("r", query, TestContext.Current.CancellationToken);
            found.Should().NotBeEmpty().And.Equal(await store.QueryAsync("r", query, TestContext.Current.CancellationToken));
        }

        (await migrated.HistoryAsync("r", record.Statements[1].Reference, TestContext.Current.CancellationToken)).Should().HaveCount(2);
    }
}
