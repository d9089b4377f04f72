using System.Data.Common;
using NegotiationModel.Comparison;
using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>
/// A store of negotiation records on a relational engine: every commit kept, never overwritten; each entity as its canonical
/// JSON beside the columns the library derives at commit time (valid time, knowledge time, the actors, topics and sources it
/// involves); optimistic concurrency by record version. The engines are <c>SqliteNegotiationStore</c> (package
/// NegotiationModel.Storage.Sqlite) and <c>PostgreSqlNegotiationStore</c> (NegotiationModel.Storage.PostgreSql); docs/storage.md
/// describes the tables, the three clocks and the views for other languages.
/// </summary>
/// <remarks>
/// A store holds any number of records, each under a name. Every method opens its own connection from the engine's pool, so
/// one instance serves many threads. This type is thread-safe.
/// </remarks>
public abstract partial class NegotiationStore : IAsyncDisposable, IDisposable
{
    /// <summary>Gets the schema version this package writes and reads: the number of its migrations.</summary>
    public int SchemaVersion => Migrations.Count;

    /// <summary>Gets the engine's migrations, in order: the script of schema version N is at index N - 1.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>
    /// Reads an engine's migrations from its assembly: the embedded resources under <c>Migrations</c> in the namespace of
    /// <paramref name="storeType"/>, in the ordinal order of their names.
    /// </summary>
    /// <param name="storeType">The engine's store type; its assembly embeds the scripts.</param>
    /// <returns>The scripts, in order.</returns>
    protected static IReadOnlyList<string> ReadEmbeddedMigrations(Type storeType)
    {
        var assembly = Guard.Against.Null(storeType).Assembly;
        var prefix = $"{storeType.Namespace}.Migrations.";
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return reader.ReadToEnd();
            })];
    }

    /// <summary>Gets the SQL condition (over the entity row <c>e</c> and the parameters <c>@valid_from</c>, <c>@valid_until</c> in microseconds) that an entity's window overlaps the query's.</summary>
    /// <remarks>A window of one instant (start equal to end) overlaps when the instant is in [from, until), as PostgreSQL's closed range does.</remarks>
    protected virtual string ValidOverlapCondition => "e.valid_from < @valid_until AND (e.valid_to > @valid_from OR (e.valid_to = @valid_from AND e.valid_from = e.valid_to))";

    /// <summary>Commits a whole record as the record's next version.</summary>
    /// <param name="recordName">The record's name in the store.</param>
    /// <param name="record">The record.</param>
    /// <param name="expectedVersion">The version the record is based on: 0 for a record the store does not hold yet.</param>
    /// <param name="info">Who commits, from which application, and why.</param>
    /// <param name="cancellationToken">Cancels the commit (nothing is written).</param>
    /// <returns>The version made, when it was recorded, and how many entity versions were written.</returns>
    /// <exception cref="StoreConcurrencyException">The store holds another version than <paramref name="expectedVersion"/>: nothing was written.</exception>
    /// <exception cref="StoreReadOnlyException">The store takes no writes (a read replica, a read-only file): nothing was written.</exception>
    /// <exception cref="ArgumentException">The record holds two entities of one kind with one identifier.</exception>
    public async Task<CommitResult> CommitAsync(string recordName, NegotiationRecord record, long expectedVersion, CommitInfo info, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(recordName);
        Guard.Against.Null(record);
        Guard.Against.Null(info);
        Guard.Against.Negative(expectedVersion);
        var (header, rows) = RecordRows.Split(record);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await WriteCommitAsync(new Session(connection, transaction), recordName, header, rows, expectedVersion, info, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (DbException exception) when (IsReadOnlyError(exception))
        {
            throw ReadOnly(exception, recordName);
        }
    }

    /// <summary>
    /// Commits a change set: applies it to the record at <paramref name="expectedVersion"/> and commits the result, as
    /// committing the whole changed record would. It is committed in place: only the entities it puts and removes, those
    /// whose derived columns depend on them (anchored to them, citing them), and what all those depend on are read, and
    /// only the versions that change are written. A time to recompute that is anchored to an entity held inside another's
    /// parts (a proposal's provision) makes it read and commit the whole record instead.
    /// </summary>
    /// <param name="recordName">The record's name in the store.</param>
    /// <param name="changes">The entities to put and to remove.</param>
    /// <param name="expectedVersion">The version the change is based on.</param>
    /// <param name="info">Who commits, from which application, and why.</param>
    /// <param name="cancellationToken">Cancels the commit (nothing is written).</param>
    /// <returns>The version made, when it was recorded, and how many entity versions were written.</returns>
    /// <exception cref="StoreConcurrencyException">The store holds another version than <paramref name="expectedVersion"/>: nothing was written.</exception>
    /// <exception cref="StoreReadOnlyException">The store takes no writes (a read replica, a read-only file): nothing was written.</exception>
    /// <exception cref="ArgumentException">The change set does not fit the record (see <see cref="ChangeSet.ApplyTo"/>).</exception>
    public async Task<CommitResult> CommitChangesAsync(string recordName, ChangeSet changes, long expectedVersion, CommitInfo info, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(recordName);
        Guard.Against.Null(changes);
        Guard.Against.Null(info);
        if (expectedVersion > 0 && FitsInPlace(changes)
            && await CommitInPlaceAsync(recordName, changes, expectedVersion, info, cancellationToken).ConfigureAwait(false) is { } result)
        {
            return result;
        }

        var current = expectedVersion == 0
            ? new NegotiationRecord(recordName)
            : await ReadAsync(recordName, StoreView.AtVersion(expectedVersion), cancellationToken).ConfigureAwait(false)
                ?? throw new StoreConcurrencyException(recordName, expectedVersion, 0);
        return await CommitAsync(recordName, changes.ApplyTo(current), expectedVersion, info, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the record's current version: 0 when the store does not hold it.</summary>
    /// <param name="recordName">The record's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The version.</returns>
    public async Task<long> VersionAsync(string recordName, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(recordName);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await CurrentVersionAsync(new Session(connection, null), recordName, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the names of the records the store holds, in order.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The names.</returns>
    public async Task<ValueList<string>> RecordNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new Session(connection, null).Command("SELECT name FROM records ORDER BY name");
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return ValueList.From(names);
    }

    /// <summary>Reads a record: the current version, a version, or as the store stood at an instant; filtered as known at an instant when the view says so.</summary>
    /// <param name="recordName">The record's name.</param>
    /// <param name="view">Which state to read; <see cref="StoreView.Current"/> by default.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when the store did not hold it then.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The view names a version the store does not hold.</exception>
    public async Task<NegotiationRecord?> ReadAsync(string recordName, StoreView view = default, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(recordName);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var session = new Session(connection, null);
        var version = await ResolveVersionAsync(session, recordName, view.Version, view.AsRecordedAt, cancellationToken).ConfigureAwait(false);
        if (version == 0)
        {
            return null;
        }

        return await ReadVersionAsync(session, recordName, version, view.AsKnownAt, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds entities by valid time, kind, actor, topic, source, knowledge time and recorded time, without loading the record.</summary>
    /// <param name="recordName">The record's name.</param>
    /// <param name="query">The filters.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The matching entity versions, by kind in the record's order, then in the record's order.</returns>
    public async Task<ValueList<StoredEntity>> QueryAsync(string recordName, EntityQuery query, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(recordName);
        Guard.Against.Null(query);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var session = new Session(connection, null);
        long? version = null;
        if (query.AsRecordedAt is { } recordedAt)
        {
            version = await ResolveVersionAsync(session, recordName, null, recordedAt, cancellationToken).ConfigureAwait(false);
            if (version == 0)
            {
                return [];
            }
        }

        await using var command = QueryCommand(session, recordName, query, version);
        return await ReadEntitiesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns every stored version of one entity, oldest first.</summary>
    /// <param name="recordName">The record's name.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The versions; the last has no <see cref="StoredEntity.EndedIn"/> while the entity is in the current record.</returns>
    public async Task<ValueList<StoredEntity>> HistoryAsync(string recordName, EntityReference entity, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(recordName);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new Session(connection, null).Command(
            $"SELECT {EntityColumns} FROM entity_versions e WHERE e.record = @record AND e.kind = @kind AND e.id = @id ORDER BY e.from_version",
            ("record", recordName),
            ("kind", entity.Kind.ToString()),
            ("id", entity.Id));
        return await ReadEntitiesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the log of a record's commits, oldest first.</summary>
    /// <param name="recordName">The record's name.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The commits.</returns>
    public async Task<ValueList<CommitEntry>> LogAsync(string recordName, CancellationToken cancellationToken = default)
    {
        Guard.Against.NullOrWhiteSpace(recordName);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new Session(connection, null).Command(
            "SELECT version, recorded_at, author, application, message, entities_written FROM commits WHERE record = @record ORDER BY version",
            ("record", recordName));
        var entries = new List<CommitEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new CommitEntry(
                reader.GetInt64(0),
                Micros.ToInstant(reader.GetInt64(1)),
                new CommitInfo(reader.GetString(2), reader.GetString(3), reader.GetString(4)),
                reader.GetInt32(5)));
        }

        return ValueList.From(entries);
    }

    /// <summary>Compares two versions of a record, entity by entity (<see cref="RecordDiff"/>).</summary>
    /// <param name="recordName">The record's name.</param>
    /// <param name="fromVersion">The earlier version.</param>
    /// <param name="toVersion">The later version.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The changes from <paramref name="fromVersion"/> to <paramref name="toVersion"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A version the store does not hold.</exception>
    public async Task<ValueList<EntityChange>> DiffAsync(string recordName, long fromVersion, long toVersion, CancellationToken cancellationToken = default)
    {
        var before = await ReadAsync(recordName, StoreView.AtVersion(fromVersion), cancellationToken).ConfigureAwait(false);
        var after = await ReadAsync(recordName, StoreView.AtVersion(toVersion), cancellationToken).ConfigureAwait(false);
        return RecordDiff.Compare(before!, after!);
    }

    /// <summary>Creates the store's tables or migrates them to <see cref="SchemaVersion"/>; a store already there is left as it is.</summary>
    /// <param name="cancellationToken">Cancels the migration (each migration is one transaction).</param>
    /// <returns>A task that completes when the store is at <see cref="SchemaVersion"/>.</returns>
    /// <exception cref="StoreSchemaException">The store was made by a newer version of this package.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var session = new Session(connection, null);
        await using (var create = session.Command("CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var version = await StoredSchemaVersionAsync(session, cancellationToken).ConfigureAwait(false); version < SchemaVersion; version++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var inTransaction = new Session(connection, transaction);
            await using (var migrate = inTransaction.Command(Migrations[version]))
            {
                await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var mark = inTransaction.Command(
                "INSERT INTO store_info (key, value) VALUES ('schema-version', @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                ("value", (version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))))
            {
                await mark.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Checks that the store is at <see cref="SchemaVersion"/>.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the store can be used.</returns>
    /// <exception cref="StoreSchemaException">The store is not initialised, needs migrating, or was made by a newer version of this package.</exception>
    public async Task CheckSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        int stored;
        try
        {
            stored = await StoredSchemaVersionAsync(new Session(connection, null), cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception)
        {
            throw new StoreSchemaException($"{Describe()} is not a negotiation store: initialise it first (negotiation store init, or MigrateAsync).", exception);
        }

        if (stored < SchemaVersion)
        {
            throw new StoreSchemaException($"{Describe()} is at schema version {stored}; this library uses version {SchemaVersion}: migrate it first (negotiation store init, or MigrateAsync).");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a connection to the store.</summary>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open connection, which the caller disposes.</returns>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Describes the store for messages (a file path, a server and database; never a password).</summary>
    /// <returns>The description.</returns>
    protected abstract string Describe();

    private StoreReadOnlyException ReadOnly(DbException exception, string recordName)
        => new($"{Describe()} takes no writes ({exception.Message.TrimEnd('.')}): the commit to record '{recordName}' wrote nothing; commit to the primary server or a writable file.", exception);

    /// <summary>Tells whether an engine's error means that the store takes no writes (a read-only replica or file).</summary>
    /// <param name="exception">The engine's error.</param>
    /// <returns><see langword="true"/> when a commit failed only because the store is read-only.</returns>
    protected virtual bool IsReadOnlyError(DbException exception) => false;

    /// <summary>Returns the store's clock: the time a commit is recorded at (made strictly increasing per record by the store).</summary>
    /// <param name="connection">The commit's connection.</param>
    /// <param name="transaction">The commit's transaction.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The instant.</returns>
    protected virtual ValueTask<Instant> NowAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        => ValueTask.FromResult(SystemClock.Instance.GetCurrentInstant());

    /// <summary>Releases the engine's resources.</summary>
    /// <returns>A task that completes when they are released.</returns>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;

    /// <summary>Releases the engine's resources.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    private async Task<int> StoredSchemaVersionAsync(Session session, CancellationToken cancellationToken)
    {
        await using var command = session.Command("SELECT value FROM store_info WHERE key = 'schema-version'");
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        var stored = value is string text ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (stored > SchemaVersion)
        {
            throw new StoreSchemaException($"{Describe()} is at schema version {stored}, newer than this library's {SchemaVersion}: use a newer version of the NegotiationModel.Storage packages.");
        }

        return stored;
    }
}
