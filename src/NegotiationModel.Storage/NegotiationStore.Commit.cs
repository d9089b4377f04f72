using System.Data.Common;
using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>The write protocol: versioning lives here, in one transaction, not in triggers.</summary>
public abstract partial class NegotiationStore
{
    private async Task<CommitResult> WriteCommitAsync(
        Session session, string recordName, string header, List<List<EntityRow>> rows, long expectedVersion, CommitInfo info, CancellationToken cancellationToken)
    {
        var (version, recordedAt) = await BeginCommitAsync(session, recordName, expectedVersion, cancellationToken).ConfigureAwait(false);
        var current = await CurrentRowsAsync(session, recordName, cancellationToken).ConfigureAwait(false);
        var writes = new VersionWrites(recordName, version, recordedAt);
        for (var k = 0; k < rows.Count; k++)
        {
            var kindName = RecordRows.Kinds[k].Kind.ToString();
            var stored = current.GetValueOrDefault(kindName) ?? [];
            PositionKeys.Assign(rows[k], stored.ToDictionary(r => r.Key, r => r.Value.Position, StringComparer.Ordinal));
            foreach (var row in rows[k])
            {
                var before = stored.GetValueOrDefault(row.Id);
                if (before is not null && row.SameAs(before))
                {
                    continue;
                }

                if (before is not null)
                {
                    writes.Closes.Add((kindName, row.Id));
                }

                writes.Inserts.Add(row);
            }

            var kept = rows[k].Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            writes.Closes.AddRange(stored.Keys.Where(id => !kept.Contains(id)).Select(id => (kindName, id)));
            writes.Removed += stored.Count - stored.Keys.Count(kept.Contains);
        }

        foreach (var (kindName, stored) in current.Where(c => !RecordRows.Kinds.Any(k => string.Equals(k.Kind.ToString(), c.Key, StringComparison.Ordinal))))
        {
            throw new StoreSchemaException($"The record '{recordName}' holds entities of the kind '{kindName}' ({stored.Count}), which this version of the library does not know; commit with a newer version.");
        }

        return await FinishCommitAsync(session, writes, header, info, cancellationToken).ConfigureAwait(false);
    }

    // Takes the record's row from the expected version to the next, and the store's clock for the commit.
    private async Task<(long Version, long RecordedAt)> BeginCommitAsync(Session session, string recordName, long expectedVersion, CancellationToken cancellationToken)
    {
        // Taking the record's row first serialises writers of one record: a second writer with the same expected version
        // waits, then finds the version moved on and writes nothing.
        var version = expectedVersion + 1;
        long lastRecorded;
        if (expectedVersion == 0)
        {
            await using var insert = session.Command(
                "INSERT INTO records (name, version, last_recorded) VALUES (@record, 1, @never) ON CONFLICT (name) DO NOTHING",
                ("record", recordName),
                ("never", Micros.OpenStart));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new StoreConcurrencyException(recordName, expectedVersion, await CurrentVersionAsync(session, recordName, cancellationToken).ConfigureAwait(false));
            }

            lastRecorded = Micros.OpenStart;
        }
        else
        {
            await using var update = session.Command(
                "UPDATE records SET version = version + 1 WHERE name = @record AND version = @expected RETURNING last_recorded",
                ("record", recordName),
                ("expected", expectedVersion));
            var last = await update.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (last is null or DBNull)
            {
                throw new StoreConcurrencyException(recordName, expectedVersion, await CurrentVersionAsync(session, recordName, cancellationToken).ConfigureAwait(false));
            }

            lastRecorded = Convert.ToInt64(last, System.Globalization.CultureInfo.InvariantCulture);
        }

        var now = Micros.Floor(await NowAsync(session.Connection, session.Transaction!, cancellationToken).ConfigureAwait(false));
        var recordedAt = lastRecorded == Micros.OpenStart ? now : Math.Max(now, lastRecorded + 1);
        await using (var clock = session.Command("UPDATE records SET last_recorded = @at WHERE name = @record", ("at", recordedAt), ("record", recordName)))
        {
            await clock.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return (version, recordedAt);
    }

    // Writes the entity versions and the commit's row.
    private async Task<CommitResult> FinishCommitAsync(Session session, VersionWrites writes, string header, CommitInfo info, CancellationToken cancellationToken)
    {
        await WriteVersionsAsync(session.Connection, session.Transaction!, writes, cancellationToken).ConfigureAwait(false);
        var written = writes.Inserts.Count + writes.Removed;
        await using (var commit = session.Command(
            "INSERT INTO commits (record, version, recorded_at, author, application, message, entities_written, header) "
            + "VALUES (@record, @version, @at, @author, @application, @message, @written, @header)",
            ("record", writes.Record), ("version", writes.Version), ("at", writes.RecordedAt), ("author", info.Author), ("application", info.Application),
            ("message", info.Message), ("written", written), ("header", header)))
        {
            await commit.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return new CommitResult(writes.Version, Micros.ToInstant(writes.RecordedAt), written);
    }

    /// <summary>
    /// Closes the current versions of the entities a commit replaces or removes and inserts the new versions with their
    /// references: one prepared command per statement, reused with new parameters inside the commit's transaction (what an
    /// embedded engine does fastest). PostgreSQL overrides it with one UPDATE and binary COPY.
    /// </summary>
    internal virtual async Task WriteVersionsAsync(DbConnection connection, DbTransaction transaction, VersionWrites writes, CancellationToken cancellationToken)
    {
        var session = new Session(connection, transaction);
        await using var close = session.Command(
            "UPDATE entity_versions SET to_version = @version, recorded_to = @at WHERE record = @record AND kind = @kind AND id = @id AND to_version IS NULL",
            ("version", writes.Version), ("at", writes.RecordedAt), ("record", writes.Record), ("kind", null), ("id", null));
        await using var insertRow = session.Command(
            "INSERT INTO entity_versions (record, kind, id, from_version, to_version, recorded_from, recorded_to, position, valid_from, valid_to, known_from, body) "
            + "VALUES (@record, @kind, @id, @version, NULL, @at, NULL, @position, @valid_from, @valid_to, @known_from, @body)",
            ("record", writes.Record), ("kind", null), ("id", null), ("version", writes.Version), ("at", writes.RecordedAt), ("position", null),
            ("valid_from", null), ("valid_to", null), ("known_from", null), ("body", null));
        await using var insertReference = session.Command(
            "INSERT INTO entity_refs (record, kind, id, from_version, ref_kind, ref_id) VALUES (@record, @kind, @id, @version, @ref_kind, @ref_id)",
            ("record", writes.Record), ("kind", null), ("id", null), ("version", writes.Version), ("ref_kind", null), ("ref_id", null));
        close.Prepare();
        insertRow.Prepare();
        insertReference.Prepare();
        foreach (var (kind, id) in writes.Closes)
        {
            await ExecuteAsync(close, cancellationToken, ("kind", kind), ("id", id)).ConfigureAwait(false);
        }

        foreach (var row in writes.Inserts)
        {
            var kind = row.KindName;
            await ExecuteAsync(
                insertRow,
                cancellationToken,
                ("kind", kind),
                ("id", row.Id),
                ("position", row.Position),
                ("valid_from", row.ValidFrom),
                ("valid_to", row.ValidTo),
                ("known_from", row.KnownFrom),
                ("body", row.Body)).ConfigureAwait(false);
            foreach (var (refKind, refId) in row.References)
            {
                await ExecuteAsync(insertReference, cancellationToken, ("kind", kind), ("id", row.Id), ("ref_kind", refKind.ToString()), ("ref_id", refId)).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dictionary<string, Dictionary<string, StoredRow>>> CurrentRowsAsync(Session session, string recordName, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, Dictionary<string, StoredRow>>(StringComparer.Ordinal);
        await using var command = session.Command(
            $"SELECT {StoredRow.Columns} FROM entity_versions WHERE record = @record AND to_version IS NULL",
            ("record", recordName));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = StoredRow.Read(reader);
            if (!current.TryGetValue(row.Kind, out var ofKind))
            {
                current[row.Kind] = ofKind = new Dictionary<string, StoredRow>(StringComparer.Ordinal);
            }

            ofKind[row.Id] = row;
        }

        return current;
    }
}
