using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using NodaTime;

namespace NegotiationModel.Storage.PostgreSql;

/// <summary>
/// A negotiation store on a PostgreSQL server, shared by many applications. Open one with
/// <c>await using var store = await PostgreSqlNegotiationStore.OpenAsync("Host=db;Database=negotiations;Username=app");</c>;
/// create or migrate it with <see cref="InitializeAsync(string, CancellationToken)"/> (what <c>negotiation store init</c> does).
/// Windows are <c>tstzrange</c> columns under a GiST index on current rows; the store's clock is the server's.
/// </summary>
/// <remarks>This type is thread-safe: every operation takes its own pooled connection.</remarks>
public sealed class PostgreSqlNegotiationStore : NegotiationStore
{
    private static readonly IReadOnlyList<string> PostgreSqlMigrations = ReadEmbeddedMigrations(typeof(PostgreSqlNegotiationStore));
    private readonly NpgsqlDataSource dataSource;
    private readonly string description;

    private PostgreSqlNegotiationStore(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNodaTime();
        dataSource = builder.Build();
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        description = $"The PostgreSQL database '{settings.Database}' on {settings.Host}:{settings.Port}";
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> Migrations => PostgreSqlMigrations;

    /// <inheritdoc />
    protected override string ValidOverlapCondition
        => "e.valid && tstzrange(negotiation_instant(@valid_from), negotiation_instant(@valid_until), '[)')";

    /// <summary>Opens a store that exists at the current schema version.</summary>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="StoreSchemaException">The database holds no store, one to migrate, or one made by a newer version of this package.</exception>
    public static async Task<PostgreSqlNegotiationStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        return await PreparedAsync(new PostgreSqlNegotiationStore(connectionString), static (store, cancellation) => store.CheckSchemaAsync(cancellation), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a store in a database, or migrates one to the current schema version, and opens it.</summary>
    /// <param name="connectionString">An Npgsql connection string; the user needs to create tables, functions and a role.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The store.</returns>
    /// <exception cref="StoreSchemaException">The store was made by a newer version of this package.</exception>
    public static async Task<PostgreSqlNegotiationStore> InitializeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        return await PreparedAsync(new PostgreSqlNegotiationStore(connectionString), static (store, cancellation) => store.MigrateAsync(cancellation), cancellationToken).ConfigureAwait(false);
    }

    // Opening a store is making it and then checking or migrating its schema; a store whose schema step fails is
    // disposed, so that its data source's connections do not outlive the error.
    private static async Task<PostgreSqlNegotiationStore> PreparedAsync(PostgreSqlNegotiationStore store, Func<PostgreSqlNegotiationStore, CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        try
        {
            await step(store, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
        => await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override string Describe() => description;

    /// <inheritdoc />
    protected override async ValueTask<Instant> NowAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT clock_timestamp()", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        return (Instant)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private const int AnalyzeAfterInserts = 10_000;

    /// <summary>
    /// Writes a commit's entity versions in three round trips whatever their number: one UPDATE closing the replaced and
    /// removed versions (the identifiers as two arrays), and binary COPY of the new versions and of their references.
    /// </summary>
    internal override async Task WriteVersionsAsync(DbConnection connection, DbTransaction transaction, VersionWrites writes, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        if (writes.Closes.Count > 0)
        {
            await using var close = new NpgsqlCommand(
                "UPDATE entity_versions e SET to_version = @version, recorded_to = @at FROM unnest(@kinds, @ids) AS c(kind, id) "
                + "WHERE e.record = @record AND e.kind = c.kind AND e.id = c.id AND e.to_version IS NULL",
                npgsql,
                (NpgsqlTransaction)transaction);
            close.Parameters.AddWithValue("version", writes.Version);
            close.Parameters.AddWithValue("at", writes.RecordedAt);
            close.Parameters.AddWithValue("record", writes.Record);
            close.Parameters.AddWithValue("kinds", writes.Closes.Select(c => c.Kind).ToArray());
            close.Parameters.AddWithValue("ids", writes.Closes.Select(c => c.Id).ToArray());
            await close.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (writes.Inserts.Count == 0)
        {
            return;
        }

        await using (var rows = await npgsql.BeginBinaryImportAsync(
            "COPY entity_versions (record, kind, id, from_version, recorded_from, position, valid_from, valid_to, known_from, body) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in writes.Inserts)
            {
                await rows.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(writes.Record, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(row.KindName, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(writes.Version, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(writes.RecordedAt, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(row.Position, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(rows, row.ValidFrom, cancellationToken).ConfigureAwait(false);
                await WriteNullableAsync(rows, row.ValidTo, cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(row.KnownFrom, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await rows.WriteAsync(row.Body, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }

            await rows.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var references = await npgsql.BeginBinaryImportAsync(
            "COPY entity_refs (record, kind, id, from_version, ref_kind, ref_id) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in writes.Inserts)
            {
                var kind = row.KindName;
                foreach (var (refKind, refId) in row.References)
                {
                    await references.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await references.WriteAsync(writes.Record, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await references.WriteAsync(kind, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await references.WriteAsync(row.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await references.WriteAsync(writes.Version, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                    await references.WriteAsync(refKind.ToString(), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await references.WriteAsync(refId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }
            }

            await references.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // A large commit (an import) leaves the planner without statistics until autovacuum samples the tables, a minute
        // or more later; meanwhile it may join a reference filter by scanning the references (seconds, where the
        // references' index finds a few dozen rows). A sample of the tables now costs a fraction of a second.
        if (writes.Inserts.Count >= AnalyzeAfterInserts)
        {
            await using var analyze = new NpgsqlCommand("ANALYZE entity_versions, entity_refs", npgsql, (NpgsqlTransaction)transaction);
            await analyze.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    internal override string IdsCondition(string column, string parameter) => $"{column} = ANY(@{parameter})";

    /// <inheritdoc />
    internal override object IdsValue(IReadOnlyCollection<string> ids) => ids.ToArray();

    /// <inheritdoc />
    protected override bool IsReadOnlyError(DbException exception)
        => exception is PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction };

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore()
    {
        await dataSource.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsyncCore().ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            dataSource.Dispose();
        }

        base.Dispose(disposing);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, long? value, CancellationToken cancellationToken)
        => value is { } v ? importer.WriteAsync(v, NpgsqlDbType.Bigint, cancellationToken) : importer.WriteNullAsync(cancellationToken);
}
