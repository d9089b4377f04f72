using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NegotiationModel.Storage.Sqlite;

/// <summary>
/// A negotiation store in one SQLite file (write-ahead log, one writer at a time, readers never blocked). Open one with
/// <c>await using var store = await SqliteNegotiationStore.OpenAsync("negotiations.db");</c>; create or migrate it with
/// <see cref="InitializeAsync(string, CancellationToken)"/> (what <c>negotiation store init</c> does).
/// </summary>
/// <remarks>This type is thread-safe: every operation takes its own pooled connection.</remarks>
public sealed class SqliteNegotiationStore : NegotiationStore
{
    private const int SqliteReadOnly = 8;

    // The classes of window lengths with the least start a window of the class overlapping [@valid_from, ...) can have:
    // a length of d digits is at most 10^d - 1 microseconds; an open window (class 19) has no such bound. The exact test
    // (ValidOverlapCondition) follows on the row.
    private static readonly string Candidates =
        "SELECT w.rowid AS candidate FROM (VALUES "
        + string.Join(", ", Enumerable.Range(1, 18).Select(d => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({d}, {(long)Math.Pow(10, d) - 1})")))
        + ", (19, NULL)) AS c CROSS JOIN entity_versions w INDEXED BY entity_valid"
        + " WHERE w.record = @record AND w.valid_from IS NOT NULL AND w.valid_digits = c.column1"
        + " AND w.valid_from >= coalesce(@valid_from - c.column2, -9223372036854775808) AND w.valid_from < @valid_until AND w.valid_to >= @valid_from";

    private static readonly IReadOnlyList<string> SqliteMigrations = ReadEmbeddedMigrations(typeof(SqliteNegotiationStore));
    private readonly string connectionString;
    private readonly string path;

    private SqliteNegotiationStore(string path)
    {
        this.path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    /// <inheritdoc />
    protected override IReadOnlyList<string> Migrations => SqliteMigrations;

    /// <inheritdoc />
    /// <remarks>
    /// A B-tree over window starts can bound only one end of an overlap test: every window starting before the query's end
    /// qualifies, half of a record. So windows are indexed by the class of their length (<c>valid_digits</c>, the number of
    /// decimal digits of their length in microseconds, 19 when open), and each class is scanned from the query's start
    /// less the longest length of the class to the query's end, its knowledge time tested in the index too; the rows found
    /// are then looked up by rowid and tested exactly. (An R*Tree would pre-filter the same way, but writing it cost an
    /// import more than this index, which replaces the plain window index.)
    /// </remarks>
    internal override string? WindowCandidates(bool knownAt) => knownAt ? Candidates + " AND w.known_from <= @known_at" : Candidates;

    /// <summary>Opens a store that exists at the current schema version.</summary>
    /// <param name="path">The store's file.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="StoreSchemaException">The file is missing, not a store, needs migrating, or was made by a newer version of this package.</exception>
    public static async Task<SqliteNegotiationStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new StoreSchemaException($"No store at '{path}': create it first (negotiation store init, or SqliteNegotiationStore.InitializeAsync).");
        }

        var store = new SqliteNegotiationStore(path);
        await store.CheckSchemaAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>Creates a store, or migrates one to the current schema version, and opens it.</summary>
    /// <param name="path">The store's file (created when missing).</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>The store.</returns>
    /// <exception cref="StoreSchemaException">The store was made by a newer version of this package.</exception>
    public static async Task<SqliteNegotiationStore> InitializeAsync(string path, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var store = new SqliteNegotiationStore(path);
        await store.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var pragmas = connection.CreateCommand();
        // A page cache of up to 64 MB (allocated as used): a large commit updates six B-trees at scattered places, and with
        // the default 2 MB it spends its time spilling pages to the write-ahead log and reading them back.
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <inheritdoc />
    protected override bool IsReadOnlyError(DbException exception)
        => exception is SqliteException { SqliteErrorCode: SqliteReadOnly };

    /// <inheritdoc />
    protected override string Describe() => $"The SQLite file '{path}'";
}
