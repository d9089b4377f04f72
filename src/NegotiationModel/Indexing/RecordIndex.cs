using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using NegotiationModel.Proposals;

namespace NegotiationModel.Indexing;

/// <summary>
/// Look-up tables over one record, built once on first use and shared by every thread. Kept outside
/// the record (in a weak table keyed by the record's identity) so that the record's value equality and
/// its JSON see only its data.
/// </summary>
internal sealed class RecordIndex
{
    private static readonly ConditionalWeakTable<NegotiationRecord, RecordIndex> Indexes = [];

    // One table of identifiers per kind, each built on the first look-up of its kind: a timeline finds actors, proposals
    // and the subjects of positions, and does not pay for hashing a million statements' identifiers it never looks up.
    // Keyed by the identifier's text, so that the dictionary hashes strings with its own fast ordinal comparer.
    private readonly Lazy<Dictionary<string, IRecordEntity>>?[] byKind;
    private readonly Lazy<FrozenDictionary<PhaseId, Phase>> phases;
    private readonly Lazy<FrozenDictionary<(ProvisionId Id, int Version), Provision>> provisionsByVersion;
    // Built on first use each, as the word index is: finding by identifier (validation, timelines) does not pay for
    // walking every entity for its actors or normalizing every name.
    private readonly Lazy<FrozenDictionary<string, ValueList<IRecordEntity>>> byName;
    private readonly Lazy<NameTokenIndex> byToken;
    private readonly Lazy<FrozenDictionary<ActorId, ValueList<IRecordEntity>>> byActor;

    private RecordIndex(NegotiationRecord record)
    {
        byKind = new Lazy<Dictionary<string, IRecordEntity>>?[Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
        foreach (var kind in EntityKinds.InRecordOrder)
        {
            byKind[(int)kind.Kind] = new(() => IdentifiersOf(record, kind));
        }

        phases = new(() => PhasesOf(record));
        provisionsByVersion = new(() => ProvisionsByVersionOf(record));
        byName = new(() => NamesOf(record));
        byToken = new(() => NameTokenIndex.Of(record));
        byActor = new(() => ActorsOf(record));
    }

    /// <summary>
    /// Returns the number of entities the record's collections hold, without those nested in other entities (which
    /// would take a walk to count): the size to make a table of every entity with, so that it does not grow by copying.
    /// </summary>
    public static int CountHint(NegotiationRecord record)
    {
        var count = 0;
        foreach (var kind in EntityKinds.InRecordOrder)
        {
            if (kind.EntitiesOf(record) is IReadOnlyCollection<IRecordEntity> held)
            {
                count += held.Count;
            }
        }

        return count;
    }

    public static RecordIndex Of(NegotiationRecord record) => Indexes.GetValue(record, static r => new RecordIndex(r));

    public IRecordEntity? Find(EntityReference reference)
    {
        var kind = (int)reference.Kind;
        return reference.Id is { } id && (uint)kind < (uint)byKind.Length && byKind[kind] is { } table && table.Value.TryGetValue(id, out var entity)
            ? entity
            : null;
    }

    public Phase? Find(PhaseId id) => phases.Value.GetValueOrDefault(id);

    public Provision? Find(ProvisionId id, int version) => provisionsByVersion.Value.GetValueOrDefault((id, version));

    public ValueList<IRecordEntity> FindByExactName(string name) => byName.Value.GetValueOrDefault(NameKey.Of(name));

    public ValueList<IRecordEntity> FindByName(string query) => byToken.Value.Find(query);

    public ValueList<IRecordEntity> FindByName(string query, out int namesExamined) => byToken.Value.Find(query, out namesExamined);

    public ValueList<IRecordEntity> Involving(ActorId actor) => byActor.Value.GetValueOrDefault(actor);

    private static Dictionary<string, IRecordEntity> IdentifiersOf(NegotiationRecord record, EntityKindInfo kind)
    {
        var entities = kind.EntitiesOf(record);
        var table = new Dictionary<string, IRecordEntity>(entities is IReadOnlyCollection<IRecordEntity> held ? held.Count : 0, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            // The first of duplicate identifiers wins; validation reports the duplicates. A default identifier refers to nothing.
            if (entity.Reference.Id is { } id)
            {
                table.TryAdd(id, entity);
            }
        }

        if (kind.Kind == EntityKind.Provision)
        {
            // A provision keeps its identifier across the versions of its proposal: by identifier, its latest draft is found.
            foreach (var provision in ProvisionVersions.LatestDrafts(record))
            {
                table[provision.Id.Value] = provision;
            }
        }

        return table;
    }

    private static FrozenDictionary<PhaseId, Phase> PhasesOf(NegotiationRecord record)
    {
        var table = new Dictionary<PhaseId, Phase>();
        foreach (var proposal in record.Proposals)
        {
            foreach (var phase in proposal.Phases)
            {
                table.TryAdd(phase.Id, phase);
            }
        }

        return table.ToFrozenDictionary();
    }

    private static FrozenDictionary<(ProvisionId Id, int Version), Provision> ProvisionsByVersionOf(NegotiationRecord record)
    {
        var table = new Dictionary<(ProvisionId, int), Provision>();
        foreach (var proposal in record.Proposals)
        {
            foreach (var version in proposal.Versions)
            {
                foreach (var provision in version.Provisions)
                {
                    table.TryAdd((provision.Id, version.Number), provision);
                }
            }
        }

        return table.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, ValueList<IRecordEntity>> NamesOf(NegotiationRecord record)
    {
        var names = new Dictionary<string, List<IRecordEntity>>(StringComparer.Ordinal);
        foreach (var entity in record.Entities())
        {
            foreach (var name in EntityKinds.Of(entity).NamesOf(entity))
            {
                AddDistinct(names, NameKey.Of(name), entity);
            }
        }

        return names.ToFrozenDictionary(pair => pair.Key, pair => ValueList.From(pair.Value), StringComparer.Ordinal);
    }

    private static FrozenDictionary<ActorId, ValueList<IRecordEntity>> ActorsOf(NegotiationRecord record)
    {
        var actors = new Dictionary<ActorId, List<IRecordEntity>>();
        var found = new List<ActorId>();
        var collector = new RecordReferences.ActorCollector(found);
        foreach (var entity in record.Entities())
        {
            found.Clear();
            RecordReferences.ActorsOf(entity, collector);
            foreach (var actor in found)
            {
                AddDistinct(actors, actor, entity);
            }
        }

        return actors.ToFrozenDictionary(pair => pair.Key, pair => ValueList.From(pair.Value));
    }

    private static void AddDistinct<TKey>(Dictionary<TKey, List<IRecordEntity>> table, TKey key, IRecordEntity entity)
        where TKey : notnull
    {
        if (key is string { Length: 0 })
        {
            return;
        }

        if (!table.TryGetValue(key, out var list))
        {
            table[key] = list = [];
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], entity))
        {
            list.Add(entity);
        }
    }
}
