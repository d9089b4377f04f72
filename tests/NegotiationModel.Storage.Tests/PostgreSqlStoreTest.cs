using NegotiationModel.Storage.PostgreSql;

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
}
