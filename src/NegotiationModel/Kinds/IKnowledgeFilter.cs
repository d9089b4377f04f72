using NegotiationModel.Sources;

namespace NegotiationModel.Kinds;

/// <summary>
/// Keeps what was known at an instant, for <see cref="EntityKindInfo.KeepKnown"/>: the rule is the timelines'
/// (<c>Timelines.RecordKnowledge</c>), the shape of each kind (its collection, its parts) is the entity kinds' table's.
/// </summary>
internal interface IKnowledgeFilter
{
    /// <summary>Returns the entities known at the instant, each with its own parts filtered by <paramref name="keepParts"/>.</summary>
    ValueList<TEntity> Entities<TEntity>(ValueList<TEntity> entities, Func<TEntity, IKnowledgeFilter, TEntity> keepParts)
        where TEntity : class, IRecordEntity;

    /// <summary>Returns the entities known at the instant, as they are (entities held by another's parts).</summary>
    ValueList<TEntity> Entities<TEntity>(ValueList<TEntity> entities)
        where TEntity : class, IRecordEntity;

    /// <summary>Returns the parts, of the entity being filtered, known at the instant.</summary>
    ValueList<TPart> Parts<TPart>(ValueList<TPart> parts, Func<TPart, ValueList<Citation>> citationsOf);
}
