using Microsoft.Data.Sqlite;
using NegotiationModel.Storage.Sqlite;

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
}
