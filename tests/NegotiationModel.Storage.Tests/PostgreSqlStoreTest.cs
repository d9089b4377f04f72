using NegotiationModel.Storage.PostgreSql;
using NegotiationModel.TestData;

namespace NegotiationModel.Storage.Tests;

/// <summary>The store contract on PostgreSQL, each store in a database of its own.</summary>
public sealed class PostgreSqlStoreTest(PostgreSqlServer server) : StoreContractTest
{
    protected override async Task<NegotiationStore> CreateStoreAsync()
        => await PostgreSqlNegotiationStore.InitializeAsync(await server.CreateDatabaseAsync(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_store_of_a_newer_schema_is_refused()
    {
        var database = await server.CreateDatabaseAsync();
        int version;
        await using (var store = await PostgreSqlNegotiationStore.InitializeAsync(database, TestContext.Current.CancellationToken))
        {
            version = store.SchemaVersion;
        }

        await using (var connection = new Npgsql.NpgsqlConnection(database))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new Npgsql.NpgsqlCommand($"UPDATE store_info SET value = '{version + 1}' WHERE key = 'schema-version'", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var open = () => PostgreSqlNegotiationStore.OpenAsync(database, TestContext.Current.CancellationToken);
        (await open.Should().ThrowAsync<StoreSchemaException>()).Which.Message.Should().Contain($"schema version {version + 1}, newer");
        var fresh = () => PostgreSqlNegotiationStore.OpenAsync(server.AdminConnectionString, TestContext.Current.CancellationToken);
        (await fresh.Should().ThrowAsync<StoreSchemaException>()).Which.Message.Should().Contain("store init");
    }

    [Fact]
    public async Task A_store_of_schema_version_1_is_migrated_keeping_its_records_and_answers()
    {
        var record = SyntheticRecord.Generate(40, seed: 17);
        var database = await server.CreateDatabaseAsync();
        var actor = record.Statements[5].Speakers[0];
        ValueList<StoredEntity> before;
        await using (var store = await PostgreSqlNegotiationStore.InitializeAsync(database, TestContext.Current.CancellationToken))
        {
            await store.CommitAsync("r", record, 0, new CommitInfo("analyst", "storage-tests", "before the migration"), TestContext.Current.CancellationToken);
            before = await store.QueryAsync("r", new EntityQuery { Actor = actor }, TestContext.Current.CancellationToken);
        }

        // Back to version 1's references: a primary key by referrer and an index by target.
        await using (var connection = new Npgsql.NpgsqlConnection(database))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new Npgsql.NpgsqlCommand(
                "ALTER TABLE entity_refs DROP CONSTRAINT entity_refs_pkey; ALTER TABLE entity_refs ADD PRIMARY KEY (record, kind, id, from_version, ref_kind, ref_id);"
                + " CREATE INDEX entity_refs_target ON entity_refs (record, ref_kind, ref_id); UPDATE store_info SET value = '1' WHERE key = 'schema-version'",
                connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var open = () => PostgreSqlNegotiationStore.OpenAsync(database, TestContext.Current.CancellationToken);
        (await open.Should().ThrowAsync<StoreSchemaException>()).Which.Message.Should().Contain("schema version 1");
        await using var migrated = await PostgreSqlNegotiationStore.InitializeAsync(database, TestContext.Current.CancellationToken);

        (await migrated.ReadAsync("r", cancellationToken: TestContext.Current.CancellationToken)).Should().Be(record);
        (await migrated.QueryAsync("r", new EntityQuery { Actor = actor }, TestContext.Current.CancellationToken)).Should().NotBeEmpty().And.Equal(before);
    }
}
