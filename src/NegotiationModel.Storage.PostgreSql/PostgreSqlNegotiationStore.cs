using System.Data.Common;
using Npgsql;
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
        var store = new PostgreSqlNegotiationStore(connectionString);
        try
        {
            await store.CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    /// <summary>Creates a store in a database, or migrates one to the current schema version, and opens it.</summary>
    /// <param name="connectionString">An Npgsql connection string; the user needs to create tables, functions and a role.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The store.</returns>
    /// <exception cref="StoreSchemaException">The store was made by a newer version of this package.</exception>
    public static async Task<PostgreSqlNegotiationStore> InitializeAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(connectionString);
        var store = new PostgreSqlNegotiationStore(connectionString);
        try
        {
            await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
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
}
