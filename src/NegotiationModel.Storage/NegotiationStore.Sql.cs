using System.Data.Common;
using System.Globalization;
using System.Text;
using NegotiationModel.Kinds;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>The SQL both engines share: plain ADO.NET, every value a parameter.</summary>
public abstract partial class NegotiationStore
{
    private const string EntityColumns = "e.kind, e.id, e.from_version, e.to_version, e.recorded_from, e.valid_from, e.valid_to, e.known_from, e.body";

    // The record's order of the kinds as an SQL expression over e.kind (their enum names, from the kinds' table), so that
    // a query sorts, and its LIMIT cuts, in the record's order rather than by kind name.
    private static readonly string KindOrder = "CASE e.kind "
        + string.Concat(RecordRows.Kinds.Select((k, i) => string.Create(CultureInfo.InvariantCulture, $"WHEN '{k.Kind}' THEN {i} ")))
        + "END";

    private static async Task<long> CurrentVersionAsync(Session session, string recordName, CancellationToken cancellationToken)
    {
        await using var command = session.Command("SELECT version FROM records WHERE name = @record", ("record", recordName));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    private static async Task<long> ResolveVersionAsync(Session session, string recordName, long? version, Instant? recordedAt, CancellationToken cancellationToken)
    {
        var current = await CurrentVersionAsync(session, recordName, cancellationToken).ConfigureAwait(false);
        if (version is { } wanted)
        {
            Guard.Against.OutOfRange(wanted, nameof(version), 1, Math.Max(1, current), $"Record '{recordName}' has versions 1 to {current}, not {wanted}.");
            Guard.Against.Invalid(current == 0, nameof(version), $"The store holds no record '{recordName}'.");
            return wanted;
        }

        if (recordedAt is not { } instant)
        {
            return current;
        }

        await using var command = session.Command(
            "SELECT max(version) FROM commits WHERE record = @record AND recorded_at <= @at",
            ("record", recordName),
            ("at", Micros.Floor(instant)));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    // Reads a version of the record; as known at an instant, only the entities the store knows were known then are read.
    private async Task<NegotiationRecord> ReadVersionAsync(Session session, string recordName, long version, Instant? knownAt, CancellationToken cancellationToken)
    {
        string header;
        await using (var command = session.Command("SELECT header FROM commits WHERE record = @record AND version = @version", ("record", recordName), ("version", version)))
        {
            header = (string)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var current = version == await CurrentVersionAsync(session, recordName, cancellationToken).ConfigureAwait(false);
        if (knownAt is not { } instant)
        {
            return RecordRows.Rebuild(header, await BodiesAsync(session, recordName, version, current, null, cancellationToken).ConfigureAwait(false));
        }

        // The knowledge column keeps the entities not known then unread: their bodies are most of the parsing. Every
        // source is read, for a part's citations of a source not yet known are not known either (a source the record
        // lacks would make them known from when they were recorded); and so are the entities the sources' times are
        // anchored to, known or not, so that publications resolve as in the whole record. AsKnownAt then filters the
        // parts and drops what the store's microseconds could not tell apart.
        var record = RecordRows.Rebuild(header, await BodiesAsync(session, recordName, version, current, Micros.Floor(instant), cancellationToken).ConfigureAwait(false));
        var visited = record.Sources.Select(s => (s.Reference.Kind, s.Reference.Id)).ToHashSet();
        var anchored = await AnchoredAsync(session, recordName, version, current, [.. record.Sources.SelectMany(RecordRows.AnchorsOf).Where(visited.Add)], visited, cancellationToken).ConfigureAwait(false);
        if (anchored is null)
        {
            // A source's time anchored inside another entity (a proposal's provision): resolved through the whole record.
            return RecordRows.Rebuild(header, await BodiesAsync(session, recordName, version, current, null, cancellationToken).ConfigureAwait(false)).AsKnownAt(instant);
        }

        var anchors = record.Sources.Concat(anchored).ToList();
        var times = RecordRows.Kinds.Aggregate(new NegotiationRecord("anchors"), (held, kind) => kind.WithEntities(held, anchors.Where(e => e.Reference.Kind == kind.Kind)));
        return record.AsKnownAt(instant, times.TimeContext());
    }

    // Reads the entities a frontier names, as a version holds them, and then those their relative times are anchored to, on
    // until none is new; null when an anchor is an entity held inside another's parts (a proposal's provision), which only
    // the whole record resolves.
    private async Task<List<IRecordEntity>?> AnchoredAsync(
        Session session, string recordName, long version, bool current, List<(EntityKind Kind, string Id)> frontier, HashSet<(EntityKind Kind, string Id)> visited, CancellationToken cancellationToken)
    {
        var entities = new List<IRecordEntity>();
        while (frontier.Count > 0)
        {
            if (frontier.Any(r => EntityKinds.Of(r.Kind) is { EntityType: not null, IsHeldByRecord: false }))
            {
                return null;
            }

            var next = new List<(EntityKind Kind, string Id)>();
            foreach (var (kind, ids) in ByKind(frontier.Where(r => EntityKinds.Of(r.Kind).IsHeldByRecord)))
            {
                foreach (var (_, bodies) in await BodiesAsync(session, recordName, version, current, null, cancellationToken, (kind, ids)).ConfigureAwait(false))
                {
                    foreach (var entity in EntityJson.Read(RecordRows.KindNamed(kind).Kind, bodies))
                    {
                        entities.Add(entity);
                        next.AddRange(RecordRows.AnchorsOf(entity).Where(visited.Add));
                    }
                }
            }

            frontier = next;
        }

        return entities;
    }

    // The bodies of a version's entities, by kind in the order of their positions: all, those known at an instant (every
    // source too); or some of one kind, in no order.
    private async Task<List<(string Kind, List<string> Bodies)>> BodiesAsync(
        Session session, string recordName, long version, bool current, long? knownAt, CancellationToken cancellationToken, (string Kind, List<string> Ids)? only = null)
    {
        // The current version reads the current rows in the order of their partial index, so that no engine sorts the bodies.
        var sql = new StringBuilder("SELECT e.kind, e.body FROM entity_versions e WHERE e.record = @record AND ")
            .Append(current ? "e.to_version IS NULL" : "e.from_version <= @version AND (e.to_version IS NULL OR e.to_version > @version)");
        var parameters = new List<(string, object?)> { ("record", recordName), ("version", version) };
        if (knownAt is { } at)
        {
            sql.Append(" AND (e.known_from <= @known_at OR e.kind = @source)");
            parameters.AddRange([("known_at", at), ("source", nameof(EntityKind.Source))]);
        }

        if (only is ({ } onlyKind, { } onlyIds))
        {
            sql.Append(" AND e.kind = @kind AND ").Append(IdsCondition("e.id", "ids"));
            parameters.AddRange([("kind", onlyKind), ("ids", IdsValue(onlyIds))]);
        }

        var bodies = new List<(string Kind, List<string> Bodies)>();
        // Some entities by identifier are found by the key, unsorted: sorting them would scan the kind in its order.
        await using var command = session.Command((only is null ? sql.Append(" ORDER BY e.kind, e.position") : sql).ToString(), [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var kind = reader.GetString(0);
            if (bodies.Count == 0 || !string.Equals(bodies[^1].Kind, kind, StringComparison.Ordinal))
            {
                bodies.Add((kind, []));
            }

            bodies[^1].Bodies.Add(reader.GetString(1));
        }

        return bodies;
    }

    private DbCommand QueryCommand(Session session, string recordName, EntityQuery query, long? version)
    {
        var references = ReferenceFilters(query);

        // With a reference filter the entities are found from the references' index and each looked up by its key, so
        // the engine never scans the whole window to keep a few of its entities (as a semi-join, PostgreSQL may scan the
        // reference list again for every entity of the window). SQLite keeps the tables in the order written (CROSS
        // JOIN); PostgreSQL orders them by its estimates.
        var sql = new StringBuilder($"SELECT {EntityColumns} FROM ");
        var windowed = query.ValidFrom is not null || query.ValidUntil is not null;
        if (references.Count > 0)
        {
            sql.Append("entity_refs r0 CROSS JOIN entity_versions e WHERE r0.record = @record AND r0.ref_kind = @ref_kind0 AND r0.ref_id = @ref_id0")
                .Append(" AND e.record = r0.record AND e.kind = r0.kind AND e.id = r0.id AND e.from_version = r0.from_version AND ");
        }
        else if (windowed && WindowCandidates(query.KnownAt is not null) is { } candidates)
        {
            // The engine's pre-filter of the window first, each candidate then looked up by its row and tested exactly.
            sql.Append('(').Append(candidates).Append(") AS v CROSS JOIN entity_versions e WHERE e.rowid = v.candidate AND e.record = @record AND ");
        }
        else
        {
            sql.Append("entity_versions e WHERE e.record = @record AND ");
        }

        var parameters = new List<(string, object?)> { ("record", recordName) };
        if (version is { } v)
        {
            sql.Append("e.from_version <= @version AND (e.to_version IS NULL OR e.to_version > @version)");
            parameters.Add(("version", v));
        }
        else
        {
            sql.Append("e.to_version IS NULL");
        }

        if (query.Kind is { } kind)
        {
            sql.Append(" AND e.kind = @kind");
            parameters.Add(("kind", kind.ToString()));
        }

        if (windowed)
        {
            sql.Append(" AND ").Append(ValidOverlapCondition);
            parameters.Add(("valid_from", query.ValidFrom is { } from ? Micros.Floor(from) : Micros.OpenStart));
            parameters.Add(("valid_until", query.ValidUntil is { } until ? Micros.Ceiling(until) : Micros.OpenEnd));
        }

        if (query.KnownAt is { } knownAt)
        {
            sql.Append(" AND e.known_from <= @known_at");
            parameters.Add(("known_at", Micros.Floor(knownAt)));
        }

        for (var i = 0; i < references.Count; i++)
        {
            if (i > 0)
            {
                // Further filters are checked by the references' primary key, one probe for each entity found.
                sql.Append(CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM entity_refs r WHERE r.record = e.record AND r.kind = e.kind AND r.id = e.id AND r.from_version = e.from_version AND r.ref_kind = @ref_kind{i} AND r.ref_id = @ref_id{i})");
            }

            parameters.Add(($"ref_kind{i}", references[i].Kind.ToString()));
            parameters.Add(($"ref_id{i}", references[i].Id));
        }

        sql.Append(" ORDER BY ").Append(KindOrder).Append(", e.position");
        if (query.Limit is { } limit)
        {
            sql.Append(" LIMIT @limit");
            parameters.Add(("limit", (long)limit));
        }

        return session.Command(sql.ToString(), [.. parameters]);
    }

    /// <summary>
    /// Gets a query selecting, as <c>candidate</c>, the rowids of at least every entity version of the record <c>@record</c>
    /// whose window overlaps [<c>@valid_from</c>, <c>@valid_until</c>) (and, when <paramref name="knownAt"/>, that is known
    /// at <c>@known_at</c>), which the query then tests exactly; <see langword="null"/> when the engine's window condition
    /// alone is served well by its index (PostgreSQL's GiST).
    /// </summary>
    internal virtual string? WindowCandidates(bool knownAt) => null;

    private static List<(EntityKind Kind, string Id)> ReferenceFilters(EntityQuery query)
    {
        var references = new List<(EntityKind Kind, string Id)>();
        if (query.Actor is { } actor)
        {
            references.Add((EntityKind.Actor, actor.Value));
        }

        if (query.Topic is { } topic)
        {
            references.Add((EntityKind.Topic, topic.Value));
        }

        if (query.Source is { } source)
        {
            references.Add((EntityKind.Source, source.Value));
        }

        return references;
    }

    private static async Task<ValueList<StoredEntity>> ReadEntitiesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var entities = new List<StoredEntity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var kind = RecordRows.KindNamed(reader.GetString(0)).Kind;
            TimeWindow? valid = reader.IsDBNull(5) ? null : new TimeWindow(Micros.Start(reader.GetInt64(5)), Micros.End(reader.GetInt64(6)));
            entities.Add(new StoredEntity(
                new EntityReference(kind, reader.GetString(1)),
                reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3),
                Micros.ToInstant(reader.GetInt64(4)),
                valid,
                Micros.Start(reader.GetInt64(7)),
                reader.GetString(8)));
        }

        return ValueList.From(entities);
    }

    /// <summary>A connection and, while writing, its transaction: makes parameterised commands.</summary>
    private readonly record struct Session(DbConnection Connection, DbTransaction? Transaction)
    {
        public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
        {
            var command = Connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = Transaction;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            return command;
        }
    }
}
