namespace NegotiationModel.Kinds;

/// <summary>Code generic over the entity type of a kind, called by <see cref="EntityKindInfo.Accept"/> (the JSON Lines reader of a kind).</summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
internal interface IEntityTypeVisitor<out TResult>
{
    /// <summary>Visits the entity type of a kind.</summary>
    TResult Visit<TEntity>()
        where TEntity : class, IRecordEntity;
}
