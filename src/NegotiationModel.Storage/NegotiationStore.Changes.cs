using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using NegotiationModel.Kinds;
using NegotiationModel.Serialization;

namespace NegotiationModel.Storage;

/// <summary>
/// A change set committed in place: without reading or rewriting the whole record, when no other entity depends on what
/// it changes. Derived columns depend on other entities only through references (a citation's source, a relative time's
/// anchor), and the store keeps every entity's references, so: when no current entity outside the change refers to an
/// entity the change puts or removes, only the entities put get new derived columns, and they are computed from a record
/// holding them, what they refer to, and the chains of anchors of relative times from there. Otherwise the change set is applied to the whole record.
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

    // Commits the change set in place, or returns null (nothing written) when another entity depends on what it changes.
    private async Task<CommitResult?> TryCommitInPlaceAsync(Session session, string recordName, ChangeSet changes, long expectedVersion, CommitInfo info, CancellationToken cancellationToken)
    {
        var (version, recordedAt) = await BeginCommitAsync(session, recordName, expectedVersion, cancellationToken).ConfigureAwait(false);
        var changed = changes.Put.Select(e => e.Reference).Concat(changes.Remove).ToHashSet();
        foreach (var (kind, ids) in ByKind(changed.Select(r => (r.Kind, r.Id))))
        {
            await using var dependents = session.Command(
                "SELECT r.kind, r.id FROM entity_refs r JOIN entity_versions e ON e.record = r.record AND e.kind = r.kind AND e.id = r.id AND e.from_version = r.from_version "
                + $"WHERE r.record = @record AND e.to_version IS NULL AND r.ref_kind = @kind AND {IdsCondition("r.ref_id", "ids")}",
                ("record", recordName), ("kind", kind), ("ids", IdsValue(ids)));
            await using var reader = await dependents.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!changed.Contains(new EntityReference(RecordRows.KindNamed(reader.GetString(0)).Kind, reader.GetString(1))))
                {
                    return null;
                }
            }
        }

        var stored = new Dictionary<(string Kind, string Id), StoredRow>();
        foreach (var (kind, ids) in ByKind(changed.Select(r => (r.Kind, r.Id))))
        {
            foreach (var row in await CurrentOfAsync(session, recordName, kind, ids, cancellationToken).ConfigureAwait(false))
            {
                stored[(row.Kind, row.Id)] = row;
            }
        }

        foreach (var removed in changes.Remove)
        {
            Guard.Against.Invalid(!stored.ContainsKey((removed.Kind.ToString(), removed.Id)), nameof(changes), $"The record holds no entity {removed} to remove.");
        }

        // The entities put, what they refer to, and the anchors of relative times from there on, as the store holds them:
        // beyond the first step only an anchor changes a derived column (a citation needs its source's publication, not
        // what that source cites; a time relative to an event needs that event's own time).
        var visited = changed.Select(r => (r.Kind, r.Id)).ToHashSet();
        var context = new List<IRecordEntity>();
        var frontier = changes.Put.SelectMany(RecordRows.ReferencesOf).Where(visited.Add).ToList();
        while (frontier.Count > 0)
        {
            var next = new List<(EntityKind Kind, string Id)>();
            foreach (var (kind, ids) in ByKind(frontier.Where(r => RecordRows.Kinds.Any(k => k.Kind == r.Kind))))
            {
                var rows = await CurrentOfAsync(session, recordName, kind, ids, cancellationToken).ConfigureAwait(false);
                foreach (var entity in EntityJson.Read(RecordRows.KindNamed(kind).Kind, rows.Select(r => r.Body)))
                {
                    context.Add(entity);
                    next.AddRange(RecordRows.AnchorsOf(entity).Where(visited.Add));
                }
            }

            frontier = next;
        }

        string header;
        await using (var command = session.Command("SELECT header FROM commits WHERE record = @record AND version = @version", ("record", recordName), ("version", expectedVersion)))
        {
            header = (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var partial = NegotiationJson.Deserialize(header);
        foreach (var kind in RecordRows.Kinds)
        {
            var ofKind = context.Concat(changes.Put).Where(e => e.Reference.Kind == kind.Kind).ToList();
            if (ofKind.Count > 0)
            {
                partial = kind.WithEntities(partial, ofKind);
            }
        }

        var derived = RecordRows.Split(partial).Rows.SelectMany(r => r).ToDictionary(r => (r.Kind, r.Id));
        var writes = new VersionWrites(recordName, version, recordedAt);
        var appended = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entity in changes.Put)
        {
            var row = derived[(entity.Reference.Kind, entity.Reference.Id)];
            if (stored.TryGetValue((row.KindName, row.Id), out var before))
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

    private static IEnumerable<(string Kind, List<string> Ids)> ByKind(IEnumerable<(EntityKind Kind, string Id)> references)
        => references.GroupBy(r => r.Kind).Select(g => (g.Key.ToString(), g.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList()));

    private async Task<List<StoredRow>> CurrentOfAsync(Session session, string recordName, string kind, List<string> ids, CancellationToken cancellationToken)
    {
        await using var command = session.Command(
            $"SELECT {StoredRow.Columns} FROM entity_versions e WHERE e.record = @record AND e.to_version IS NULL AND e.kind = @kind AND {IdsCondition("e.id", "ids")}",
            ("record", recordName), ("kind", kind), ("ids", IdsValue(ids)));
        var rows = new List<StoredRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(StoredRow.Read(reader));
        }

        return rows;
    }
}
