using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using NegotiationModel.Kinds;
using NegotiationModel.Serialization;

namespace NegotiationModel.Storage;

/// <summary>
/// A change set committed in place: without reading or rewriting the whole record. Derived columns depend on other entities
/// only through references: a relative time resolves against its anchor's own window, a citation's knowledge time against
/// its source's publication and revisions (<see cref="RecordRows.DependenciesOf"/>). The store keeps every entity's
/// references, so a commit finds the entities whose columns can change (those anchored to or citing what the change puts
/// or removes, and, through chains of anchors, to those), recomputes them with the entities put from a record holding only
/// what their columns depend on, and writes new versions of those whose columns did change. An assessment about a revised
/// statement, say, is left alone: what it is about changes none of its columns. A record with a relative time anchored to
/// an entity held inside another's parts (a proposal's provision, which has no row and whose anchors the index does not
/// keep) commits its change sets as a whole.
/// </summary>
public abstract partial class NegotiationStore
{
    /// <summary>Gets the SQL condition that a text column is one of the texts of a parameter made by <see cref="IdsValue"/>.</summary>
    internal virtual string IdsCondition(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    /// <summary>Gets the value of a parameter holding a list of texts for <see cref="IdsCondition"/>: SQLite takes a JSON array.</summary>
    internal virtual object IdsValue(IReadOnlyCollection<string> ids)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var id in ids)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static bool FitsInPlace(ChangeSet changes)
    {
        var seen = new HashSet<EntityReference>();
        return changes.Put.All(e => EntityKinds.Of(e).IsHeldByRecord && seen.Add(e.Reference))
            && changes.Remove.All(r => EntityKinds.Of(r.Kind).IsHeldByRecord && seen.Add(r));
    }

    /// <summary>Commits a change set in place, or returns <see langword="null"/> (nothing written) when a time of the record, or one to recompute, is anchored inside another entity.</summary>
    internal async Task<CommitResult?> CommitInPlaceAsync(string recordName, ChangeSet changes, long expectedVersion, CommitInfo info, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await TryCommitInPlaceAsync(new Session(connection, transaction), recordName, changes, expectedVersion, info, cancellationToken).ConfigureAwait(false);
            if (result is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        catch (DbException exception) when (IsReadOnlyError(exception))
        {
            throw ReadOnly(exception, recordName);
        }
    }

    private async Task<CommitResult?> TryCommitInPlaceAsync(Session session, string recordName, ChangeSet changes, long expectedVersion, CommitInfo info, CancellationToken cancellationToken)
    {
        var (version, recordedAt) = await BeginCommitAsync(session, recordName, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (await AnchorsInsidePartsAsync(session, recordName, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var changed = changes.Put.Select(e => e.Reference).Concat(changes.Remove).Select(r => (r.Kind, r.Id)).ToHashSet();
        var stored = await CurrentOfAsync(session, recordName, changed, cancellationToken).ConfigureAwait(false);
        foreach (var removed in changes.Remove)
        {
            Guard.Against.Invalid(!stored.ContainsKey((removed.Kind, removed.Id)), nameof(changes), $"The record holds no entity {removed} to remove.");
        }

        // What may now resolve to another time: the entities put or removed. The provisions a changed proposal holds may
        // too, but no current time is anchored to one (AnchorsInsidePartsAsync), and an entity put that is anchored to one
        // is recomputed with a provision among what it depends on, which sends the change set to the whole record.
        var dependents = await DependentsAsync(session, recordName, changed, [.. changed], cancellationToken).ConfigureAwait(false);
        var recomputed = changes.Put.Concat(dependents.Values.Select(d => d.Entity)).ToList();
        var visited = changed.Concat(dependents.Keys).ToHashSet();
        // What they depend on, as the store holds it: the sources they refer to and the entities their relative times are
        // anchored to, and from there on the anchors only (a citation needs its source's publication, not what it cites).
        var dependedOn = recomputed.Select(RecordRows.DependenciesOf).SelectMany(d => d.Anchors.Concat(d.Sources)).Where(visited.Add).ToList();
        var context = await AnchoredAsync(session, recordName, expectedVersion, current: true, dependedOn, visited, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return null;
        }

        string header;
        await using (var command = session.Command("SELECT header FROM commits WHERE record = @record AND version = @version", ("record", recordName), ("version", expectedVersion)))
        {
            header = (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var partial = NegotiationJson.Deserialize(header);
        foreach (var kind in RecordRows.Kinds)
        {
            var ofKind = context.Concat(recomputed).Where(e => e.Reference.Kind == kind.Kind).ToList();
            if (ofKind.Count > 0)
            {
                partial = kind.WithEntities(partial, ofKind);
            }
        }

        var writes = new VersionWrites(recordName, version, recordedAt);
        var appended = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in RecordRows.RowsOf(partial, recomputed))
        {
            if ((stored.GetValueOrDefault((row.Kind, row.Id)) ?? dependents.GetValueOrDefault((row.Kind, row.Id)).Row) is { } before)
            {
                row.Position = before.Position;
                if (row.SameAs(before))
                {
                    continue;
                }

                writes.Closes.Add((row.KindName, row.Id));
            }
            else
            {
                // Added at the end of its collection: one gap after the last key, as PositionKeys gives an appended entity.
                if (!appended.TryGetValue(row.KindName, out var last))
                {
                    await using var max = session.Command(
                        "SELECT max(position) FROM entity_versions WHERE record = @record AND kind = @kind AND to_version IS NULL",
                        ("record", recordName), ("kind", row.KindName));
                    last = await max.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
                }

                row.Position = appended[row.KindName] = last + PositionKeys.Gap;
            }

            writes.Inserts.Add(row);
        }

        writes.Closes.AddRange(changes.Remove.Select(r => (r.Kind.ToString(), r.Id)));
        writes.Removed = changes.Remove.Count;
        return await FinishCommitAsync(session, writes, header, info, cancellationToken).ConfigureAwait(false);
    }

    // The current entities outside the change whose columns can change: those anchored to an entity that may resolve to
    // another time, or citing a source that may, and on through what those anchor (a time anchored to one now retimed is
    // retimed too). Each referrer is found through the references' index and read once.
    private async Task<Dictionary<(EntityKind Kind, string Id), (IRecordEntity Entity, StoredRow Row)>> DependentsAsync(
        Session session, string recordName, HashSet<(EntityKind Kind, string Id)> changed, HashSet<(EntityKind Kind, string Id)> retimed, CancellationToken cancellationToken)
    {
        var dependents = new Dictionary<(EntityKind Kind, string Id), (IRecordEntity Entity, StoredRow Row)>();
        var read = new Dictionary<(EntityKind Kind, string Id), (IRecordEntity Entity, StoredRow Row, List<(EntityKind Kind, string Id)> Anchors, List<(EntityKind Kind, string Id)> Sources)>();
        var frontier = retimed.ToList();
        while (frontier.Count > 0)
        {
            var referrers = new HashSet<(EntityKind Kind, string Id)>();
            foreach (var (kind, ids) in ByKind(frontier))
            {
                await using var command = session.Command(
                    "SELECT r.kind, r.id FROM entity_refs r JOIN entity_versions e ON e.record = r.record AND e.kind = r.kind AND e.id = r.id AND e.from_version = r.from_version "
                    + $"WHERE r.record = @record AND e.to_version IS NULL AND r.ref_kind = @kind AND {IdsCondition("r.ref_id", "ids")}",
                    ("record", recordName), ("kind", kind), ("ids", IdsValue(ids)));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var referrer = (RecordRows.KindNamed(reader.GetString(0)).Kind, reader.GetString(1));
                    if (!changed.Contains(referrer))
                    {
                        referrers.Add(referrer);
                    }
                }
            }

            foreach (var row in (await CurrentOfAsync(session, recordName, referrers.Where(r => !read.ContainsKey(r)), cancellationToken).ConfigureAwait(false)).Values.GroupBy(r => r.Kind))
            {
                var kind = RecordRows.KindNamed(row.Key).Kind;
                var rows = row.ToList();
                foreach (var (entity, stored) in EntityJson.Read(kind, rows.Select(r => r.Body)).Zip(rows))
                {
                    var (anchors, sources) = RecordRows.DependenciesOf(entity);
                    read[(kind, stored.Id)] = (entity, stored, anchors, sources);
                }
            }

            frontier = [];
            foreach (var referrer in referrers)
            {
                var (entity, stored, anchors, sources) = read[referrer];
                var anchored = anchors.Any(retimed.Contains);
                if (anchored || sources.Any(retimed.Contains))
                {
                    dependents[referrer] = (entity, stored);
                }

                if (anchored && retimed.Add(referrer))
                {
                    frontier.Add(referrer);
                }
            }
        }

        return dependents;
    }

    // Whether a current time of the record is anchored to an entity held inside another's parts (a provision). Such an
    // entity has no row: its own anchors are walked with it by no one, so the references' index cannot lead from a change
    // to a time that resolves through it (an assessment after a provision that takes effect after a removed event), and the
    // change set goes to the whole record.
    private async Task<bool> AnchorsInsidePartsAsync(Session session, string recordName, CancellationToken cancellationToken)
    {
        var referrers = new HashSet<(EntityKind Kind, string Id)>();
        await using (var command = session.Command(
            "SELECT r.kind, r.id FROM entity_refs r JOIN entity_versions e ON e.record = r.record AND e.kind = r.kind AND e.id = r.id AND e.from_version = r.from_version "
            + $"WHERE r.record = @record AND e.to_version IS NULL AND {IdsCondition("r.ref_kind", "kinds")}",
            ("record", recordName), ("kinds", IdsValue(NestedKinds))))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                referrers.Add((RecordRows.KindNamed(reader.GetString(0)).Kind, reader.GetString(1)));
            }
        }

        foreach (var rows in (await CurrentOfAsync(session, recordName, referrers, cancellationToken).ConfigureAwait(false)).Values.GroupBy(r => r.Kind))
        {
            if (EntityJson.Read(RecordRows.KindNamed(rows.Key).Kind, rows.Select(r => r.Body)).SelectMany(RecordRows.AnchorsOf).Any(a => NestedKinds.Contains(a.Kind.ToString())))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] NestedKinds =
        [.. Enum.GetValues<EntityKind>().Where(k => EntityKinds.Of(k) is { EntityType: not null, IsHeldByRecord: false }).Select(k => k.ToString())];

    private static IEnumerable<(string Kind, List<string> Ids)> ByKind(IEnumerable<(EntityKind Kind, string Id)> references)
        => references.GroupBy(r => r.Kind).Select(g => (g.Key.ToString(), g.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList()));

    // The current rows of some entities, of the kinds a record holds (an entity it does not hold has none).
    private async Task<Dictionary<(EntityKind Kind, string Id), StoredRow>> CurrentOfAsync(
        Session session, string recordName, IEnumerable<(EntityKind Kind, string Id)> entities, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<(EntityKind Kind, string Id), StoredRow>();
        foreach (var (kind, ids) in ByKind(entities.Where(r => EntityKinds.Of(r.Kind).IsHeldByRecord)))
        {
            await using var command = session.Command(
                $"SELECT {StoredRow.Columns} FROM entity_versions e WHERE e.record = @record AND e.to_version IS NULL AND e.kind = @kind AND {IdsCondition("e.id", "ids")}",
                ("record", recordName), ("kind", kind), ("ids", IdsValue(ids)));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = StoredRow.Read(reader);
                rows[(RecordRows.KindNamed(row.Kind).Kind, row.Id)] = row;
            }
        }

        return rows;
    }
}
