using NegotiationModel.Kinds;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Walking;

namespace NegotiationModel.Storage;

/// <summary>
/// A record as rows and back: the header (the record with its collections emptied, as canonical JSON) and one row per
/// entity of each kind a collection of the record holds, with the columns the library derives from the whole record.
/// The kinds come from the entity kinds' table, so a kind added to the model is stored without a change here.
/// </summary>
internal static class RecordRows
{
    /// <summary>Gets the kinds stored as rows: those a collection of the record holds, in the record's order.</summary>
    public static IReadOnlyList<EntityKindInfo> Kinds { get; } = [.. EntityKinds.InRecordOrder.Where(k => k.IsHeldByRecord)];

    /// <summary>Returns the kind stored under a name.</summary>
    /// <exception cref="StoreSchemaException">No kind a record holds has that name (the store was written by a newer model).</exception>
    public static EntityKindInfo KindNamed(string name)
        => Kinds.FirstOrDefault(k => string.Equals(k.Kind.ToString(), name, StringComparison.Ordinal))
            ?? throw new StoreSchemaException($"The store holds entities of the kind '{name}', which this version of the library does not know; use a newer version.");

    /// <summary>Splits a record into its header and rows, deriving each row's columns.</summary>
    /// <exception cref="ArgumentException">The record holds two entities of one kind with one identifier.</exception>
    public static (string Header, List<List<EntityRow>> Rows) Split(NegotiationRecord record)
    {
        var derive = new Derivation(record);
        var header = record;
        var entities = new List<IRecordEntity>();
        var counts = new int[Kinds.Count];
        for (var k = 0; k < Kinds.Count; k++)
        {
            var kind = Kinds[k];
            header = kind.WithoutEntities(header);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entity in kind.EntitiesOf(record))
            {
                Guard.Against.Invalid(!seen.Add(entity.Reference.Id), nameof(record), $"The record holds two entities {entity.Reference}; a store keeps one version line per entity, so identifiers must be unique within a kind.");
                entities.Add(entity);
                counts[k]++;
            }
        }

        // Deriving the columns and writing the canonical JSON is most of an import's time spent in .NET, and each row
        // depends only on its entity and the record's (immutable, thread-safe) time context and knowledge: spread it over
        // the machine's cores, in ranges large enough that a small commit stays on one thread.
        var derived = new EntityRow[entities.Count];
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, entities.Count, RowsPerTask),
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    derived[i] = derive.Row(entities[i]);
                }
            });

        var rows = new List<List<EntityRow>>(Kinds.Count);
        var next = 0;
        foreach (var count in counts)
        {
            rows.Add(new List<EntityRow>(derived.AsSpan(next, count).ToArray()));
            next += count;
        }

        return (NegotiationJson.Serialize(header), rows);
    }

    /// <summary>
    /// Derives the rows of some entities of a record (held by it), each as <see cref="Split"/> would: the record need hold
    /// only what their columns depend on (see <see cref="DependenciesOf"/>).
    /// </summary>
    public static List<EntityRow> RowsOf(NegotiationRecord record, IEnumerable<IRecordEntity> entities)
    {
        var derive = new Derivation(record);
        return [.. entities.Select(derive.Row)];
    }

    private const int RowsPerTask = 4096;

    /// <summary>Rebuilds a record from its header and the stored bodies of each kind, in order.</summary>
    public static NegotiationRecord Rebuild(string header, IEnumerable<(string Kind, List<string> Bodies)> bodies)
    {
        var record = NegotiationJson.Deserialize(header);
        foreach (var (kindName, ofKind) in bodies)
        {
            var kind = KindNamed(kindName);
            record = kind.WithEntities(record, EntityJson.Read(kind.Kind, ofKind));
        }

        return record;
    }

    /// <summary>Applies a change set to a record.</summary>
    public static NegotiationRecord Apply(NegotiationRecord record, ChangeSet changes)
    {
        foreach (var reference in changes.Remove)
        {
            var kind = EntityKinds.Of(reference.Kind);
            Guard.Against.Invalid(!kind.IsHeldByRecord, nameof(changes), $"A change set removes entities of the kinds a record's collections hold, not {reference}.");
            var entities = kind.EntitiesOf(record).ToList();
            Guard.Against.Invalid(entities.RemoveAll(e => e.Reference == reference) == 0, nameof(changes), $"The record holds no entity {reference} to remove.");
            record = kind.WithEntities(record, entities);
        }

        foreach (var entity in changes.Put)
        {
            var kind = EntityKinds.Of(entity);
            Guard.Against.Invalid(!kind.IsHeldByRecord, nameof(changes), $"A change set puts entities of the kinds a record's collections hold, not {entity.Reference}.");
            record = kind.EntitiesOf(record).Any(e => e.Reference == entity.Reference)
                ? record.Replace(entity)
                : kind.WithEntities(record, [.. kind.EntitiesOf(record), entity]);
        }

        return record;
    }

    /// <summary>Gets the kinds a query can filter by (<see cref="EntityQuery.Actor"/>, <see cref="EntityQuery.Topic"/>, <see cref="EntityQuery.Source"/>): an entity of these kinds refers to itself, so that a filter finds it too.</summary>
    public static IReadOnlySet<EntityKind> FilterKinds { get; } = new HashSet<EntityKind> { EntityKind.Actor, EntityKind.Topic, EntityKind.Source };

    /// <summary>Returns every entity an entity refers to in its own members (actors, topics, sources, events, anchors...), and itself when it is of a <see cref="FilterKinds">kind a query filters by</see>.</summary>
    public static List<(EntityKind Kind, string Id)> ReferencesOf(IRecordEntity entity)
    {
        var collector = new ReferenceCollector();
        // Only what a filter can name needs a row pointing at itself; for the other kinds (a statement, an event...) those
        // rows were a quarter of an import's references and answered no query.
        if (FilterKinds.Contains(entity.Reference.Kind))
        {
            collector.References.Add((entity.Reference.Kind, entity.Reference.Id));
        }

        RecordWalker.WalkEntity(entity, collector);
        return [.. collector.References];
    }

    /// <summary>Returns the entities that relative times anywhere in an entity are anchored to (a source's revisions included).</summary>
    public static List<(EntityKind Kind, string Id)> AnchorsOf(IRecordEntity entity)
    {
        var collector = new DependencyCollector();
        RecordWalker.WalkEntity(entity, collector);
        return [.. collector.Anchors];
    }

    /// <summary>
    /// Returns what an entity's derived columns are computed from, beyond its own members: the entities its relative times
    /// are anchored to (whose own windows they resolve against) and the sources it refers to (whose publication and
    /// revisions give its citations' knowledge times). Nothing else it refers to (an actor, a topic, what it is about) does.
    /// </summary>
    public static (List<(EntityKind Kind, string Id)> Anchors, List<(EntityKind Kind, string Id)> Sources) DependenciesOf(IRecordEntity entity)
    {
        var collector = new DependencyCollector();
        RecordWalker.WalkEntity(entity, collector);
        return ([.. collector.Anchors], [.. collector.Sources]);
    }

    // The columns the library derives for an entity, from the record that holds it: resolved once per record.
    private sealed class Derivation
    {
        private readonly WhenContext context;
        private readonly RecordKnowledge knowledge;

        public Derivation(NegotiationRecord record)
        {
            context = record.TimeContext();
            knowledge = new RecordKnowledge(record, context);
        }

        public EntityRow Row(IRecordEntity entity)
        {
            var window = EntityTimes.OwnWindow(entity, context);
            var knownFrom = knowledge.EntityKnownFrom(entity);
            return new EntityRow(
                entity.Reference.Kind,
                entity.Reference.Id,
                EntityJson.Write(entity),
                window is { } w ? (w.Earliest is { } a ? Micros.Floor(a) : Micros.OpenStart) : null,
                window is { } v ? (v.Latest is { } b ? Micros.Ceiling(b) : Micros.OpenEnd) : null,
                knownFrom is { } k ? Micros.Floor(k) : Micros.OpenStart,
                ReferencesOf(entity));
        }
    }

    private sealed class DependencyCollector : RecordVisitor
    {
        public HashSet<(EntityKind Kind, string Id)> Anchors { get; } = [];

        public HashSet<(EntityKind Kind, string Id)> Sources { get; } = [];

        public override void VisitWhen(When when, SitePath path, IRecordEntity? owner)
        {
            foreach (var anchor in EntityTimes.AnchorsIn(when))
            {
                Anchors.Add((anchor.Kind, anchor.Id));
            }
        }

        public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        {
            if (kind == EntityKind.Source && id is not null)
            {
                Sources.Add((kind, id));
            }
        }
    }

    private sealed class ReferenceCollector : RecordVisitor
    {
        public HashSet<(EntityKind Kind, string Id)> References { get; } = [];

        public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        {
            if (id is not null)
            {
                References.Add((kind, id));
            }
        }
    }
}
