using NegotiationModel.Serialization;
using NegotiationModel.Storage.PostgreSql;
using NegotiationModel.TestData;
using Npgsql;

namespace NegotiationModel.Storage.Tests;

/// <summary>A streaming read replica serves the reads: what is committed on the primary is read from the replica, and the replica refuses commits.</summary>
public sealed class PostgreSqlReplicaTest(PostgreSqlServer server, PostgreSqlReplica replica) : IClassFixture<PostgreSqlReplica>
{
    private static readonly CommitInfo Info = new("analyst", "storage-tests", "replica test");

    [Fact]
    public async Task What_is_committed_on_the_primary_is_read_from_the_replica()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await server.CreateDatabaseAsync();
        var record = SyntheticRecord.Generate(30, seed: 17);
        var query = new EntityQuery { Kind = EntityKind.Statement };
        ValueList<StoredEntity> queriedOnPrimary;
        ValueList<CommitEntry> logOnPrimary;
        await using (var primaryStore = await PostgreSqlNegotiationStore.InitializeAsync(database, cancellationToken))
        {
            await primaryStore.CommitAsync("r", record, 0, Info, cancellationToken);
            queriedOnPrimary = await primaryStore.QueryAsync("r", query, cancellationToken);
            logOnPrimary = await primaryStore.LogAsync("r", cancellationToken);
        }

        await replica.CatchUpAsync(cancellationToken);
        await using var replicaStore = await PostgreSqlNegotiationStore.OpenAsync(replica.ReplicaOf(database), cancellationToken);

        var read = await replicaStore.ReadAsync("r", cancellationToken: cancellationToken);
        NegotiationJson.Serialize(read!).Should().Be(NegotiationJson.Serialize(record));
        (await replicaStore.VersionAsync("r", cancellationToken)).Should().Be(1);
        var queried = await replicaStore.QueryAsync("r", query, cancellationToken);
        queried.Should().NotBeEmpty().And.Equal(queriedOnPrimary);
        (await replicaStore.LogAsync("r", cancellationToken)).Should().ContainSingle().And.Equal(logOnPrimary);
    }

    [Fact]
    public async Task A_commit_on_the_replica_fails_as_read_only_and_writes_nothing()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await server.CreateDatabaseAsync();
        var record = SyntheticRecord.Generate(10, seed: 3);
        await using (var primaryStore = await PostgreSqlNegotiationStore.InitializeAsync(database, cancellationToken))
        {
            await primaryStore.CommitAsync("r", record, 0, Info, cancellationToken);
        }

        await replica.CatchUpAsync(cancellationToken);
        await using var replicaStore = await PostgreSqlNegotiationStore.OpenAsync(replica.ReplicaOf(database), cancellationToken);

        var commit = () => replicaStore.CommitAsync("r", SyntheticRecord.Generate(12, seed: 4), 1, Info, cancellationToken);
        var thrown = (await commit.Should().ThrowAsync<StoreReadOnlyException>()).Which;
        thrown.Message.Should().Contain("takes no writes").And.Contain("'r'").And.Contain("read-only transaction");
        thrown.InnerException.Should().BeOfType<PostgresException>().Which.SqlState.Should().Be(PostgresErrorCodes.ReadOnlySqlTransaction);
        (await replicaStore.VersionAsync("r", cancellationToken)).Should().Be(1);
        await using var primaryStoreAfter = await PostgreSqlNegotiationStore.OpenAsync(database, cancellationToken);
        (await primaryStoreAfter.VersionAsync("r", cancellationToken)).Should().Be(1);
        NegotiationJson.Serialize((await replicaStore.ReadAsync("r", cancellationToken: cancellationToken))!).Should().Be(NegotiationJson.Serialize(record));
    }
}
