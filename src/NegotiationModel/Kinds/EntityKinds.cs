using NegotiationModel.Indexing;

namespace NegotiationModel.Kinds;

/// <summary>
/// The one description of the kinds of entity: for each, its identifier type, where a record holds its entities,
/// the names it is found by, which of its members say when it was, and its parts that carry citations. It is
/// generated (<c>EntityKindsGenerator</c> writes <c>InRecordOrder</c> and <c>IdentifiedOnly</c>) from what the model
/// declares: the record's collections, each entity's <see cref="RecordEntity{TId}"/> base, its identifier's kind,
/// and the <see cref="FoundByNameAttribute"/> and <see cref="DatesAttribute"/> on the entity's own members. The
/// look-ups by name (<see cref="RecordIndex"/>), the entities' times (<c>Timelines.EntityTimes</c>, which validation
/// and timelines share), the as-of view and labels of timelines, the comparison's record header, the JSON Lines
/// reader and <see cref="NegotiationRecord.Entities"/> read this table; the record walk is generated from the types.
/// </summary>
[GeneratedEntityKinds(typeof(NegotiationRecord))]
internal static partial class EntityKinds
{
    /// <summary>Gets the description of a kind.</summary>
    public static EntityKindInfo Of(EntityKind kind) => ByKind.Table[(int)kind];

    /// <summary>Gets the description of an entity's kind.</summary>
    public static EntityKindInfo Of(IRecordEntity entity) => ByKind.Table[(int)entity.Reference.Kind];

    private static EntityKindInfo<TEntity> Kind<TEntity, TId>(EntityKind kind, Func<NegotiationRecord, IEnumerable<TEntity>> entities)
        where TEntity : RecordEntity<TId>
        where TId : struct, IEntityId<TId>
        => new(kind, typeof(TId), entities);

    // Indexed by EntityKind. A class of its own, so that it is built after the generated tables, whatever the
    // order of the partial declarations' initializers.
    private static class ByKind
    {
        public static readonly EntityKindInfo[] Table = Index([.. InRecordOrder, .. IdentifiedOnly]);

        private static EntityKindInfo[] Index(EntityKindInfo[] kinds)
        {
            var byKind = new EntityKindInfo[Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
            foreach (var info in kinds)
            {
                byKind[(int)info.Kind] = info;
            }

            return byKind;
        }
    }
}
