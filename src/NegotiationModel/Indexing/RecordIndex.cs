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

    // A plain dictionary, never written once the constructor returns (so safe to read from any thread): freezing a key
    // per entity took a sixth of building the index at a million statements, which a timeline pays for its first look-up.
    private readonly Dictionary<EntityReference, IRecordEntity> byReference;
    private readonly FrozenDictionary<PhaseId, Phase> phases;
    private readonly FrozenDictionary<(ProvisionId Id, int Version), Provision> provisionsByVersion;
    // Built on first use each, as the word index is: finding by identifier (validation, timelines) does not pay for
    // walking every entity for its actors or normalizing every name.
    private readonly Lazy<FrozenDictionary<string, ValueList<IRecordEntity>>> byName;
    private readonly Lazy<NameTokenIndex> byToken;
    private readonly Lazy<FrozenDictionary<ActorId, ValueList<IRecordEntity>>> byActor;

    private RecordIndex(NegotiationRecord record)
    {
        byReference = new(CountHint(record));
        var phaseTable = new Dictionary<PhaseId, Phase>();
        var versionTable = new Dictionary<(ProvisionId, int), Provision>();

        foreach (var entity in record.Entities())
        {
            // The first of duplicate identifiers wins; validation reports the duplicates.
            byReference.TryAdd(entity.Reference, entity);
        }

        foreach (var proposal in record.Proposals)
        {
            foreach (var phase in proposal.Phases)
            {
                phaseTable.TryAdd(phase.Id, phase);
            }

            foreach (var version in proposal.Versions)
            {
                foreach (var provision in version.Provisions)
                {
                    versionTable.TryAdd((provision.Id, version.Number), provision);
                }
            }
        }

        // A provision keeps its identifier across the versions of its proposal: by identifier, its latest draft is found.
        foreach (var provision in ProvisionVersions.LatestDrafts(record))
        {
            byReference[provision.Reference] = provision;
        }

        phases = phaseTable.ToFrozenDictionary();
        provisionsByVersion = versionTable.ToFrozenDictionary();
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

    public IRecordEntity? Find(EntityReference reference) => byReference.TryGetValue(reference, out var entity) ? entity : null;

    public Phase? Find(PhaseId id) => phases.GetValueOrDefault(id);

    public Provision? Find(ProvisionId id, int version) => provisionsByVersion.GetValueOrDefault((id, version));

    public ValueList<IRecordEntity> FindByExactName(string name) => byName.Value.GetValueOrDefault(NameKey.Of(name));

    public ValueList<IRecordEntity> FindByName(string query) => byToken.Value.Find(query);

    public ValueList<IRecordEntity> FindByName(string query, out int namesExamined) => byToken.Value.Find(query, out namesExamined);

    public ValueList<IRecordEntity> Involving(ActorId actor) => byActor.Value.GetValueOrDefault(actor);

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
        foreach (var entity in record.Entities())
        {
            found.Clear();
            RecordReferences.ActorsOf(entity, found);
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
