using NegotiationModel.Time;

namespace NegotiationModel;

/// <summary>
/// One kind of entity as <see cref="EntityKinds"/> describes it. This base describes a kind identified like an
/// entity but held by no collection of the record (a proposal's phase): no entities, no names, no time.
/// </summary>
internal class EntityKindInfo(EntityKind kind, Type idType)
{
    /// <summary>Gets the kind.</summary>
    public EntityKind Kind { get; } = kind;

    /// <summary>Gets the type of the identifiers of this kind.</summary>
    public Type IdType { get; } = idType;

    /// <summary>Gets a value indicating whether entities of this kind can have a time of their own (when it is recorded).</summary>
    public virtual bool HasTime => false;

    /// <summary>Returns the entities of this kind a record holds, in the record's order.</summary>
    public virtual IEnumerable<IRecordEntity> EntitiesOf(NegotiationRecord record) => [];

    /// <summary>Returns the texts an entity of this kind is found by: its names, titles, codes and labels.</summary>
    public virtual IEnumerable<string> NamesOf(IRecordEntity entity) => [];

    /// <summary>Returns the values an entity's own time is made of (see <see cref="EntityTime"/>).</summary>
    public virtual EntityTime TimeOf(IRecordEntity entity) => default;

    /// <summary>Returns the JSON path of one of the values of <see cref="TimeOf"/>, given the path of the entity.</summary>
    public virtual JsonPath PathOf(IRecordEntity entity, When value, JsonPath at) => at;
}

/// <summary>A kind of entity the record holds, with what its entities are found by and when they were.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
internal sealed class EntityKindInfo<TEntity>(EntityKind kind, Type idType, Func<NegotiationRecord, IEnumerable<TEntity>> entities)
    : EntityKindInfo(kind, idType)
    where TEntity : class, IRecordEntity
{
    private Func<TEntity, IEnumerable<string>>? names;
    private Func<TEntity, EntityTime>? time;
    private Func<TEntity, When, JsonPath, JsonPath>? path;

    /// <inheritdoc />
    public override bool HasTime => time is not null;

    /// <summary>Says which texts entities of this kind are found by.</summary>
    public EntityKindInfo<TEntity> NamedBy(Func<TEntity, IEnumerable<string>> namesOf)
    {
        names = namesOf;
        return this;
    }

    /// <summary>Says which members of an entity of this kind say when it was, and where they are.</summary>
    public EntityKindInfo<TEntity> TimedBy(Func<TEntity, EntityTime> timeOf, Func<TEntity, When, JsonPath, JsonPath> pathOf)
    {
        time = timeOf;
        path = pathOf;
        return this;
    }

    /// <inheritdoc />
    public override IEnumerable<IRecordEntity> EntitiesOf(NegotiationRecord record) => (IEnumerable<IRecordEntity>)entities(record);

    /// <inheritdoc />
    public override IEnumerable<string> NamesOf(IRecordEntity entity) => names is null ? [] : names((TEntity)entity);

    /// <inheritdoc />
    public override EntityTime TimeOf(IRecordEntity entity) => time is null ? default : time((TEntity)entity);

    /// <inheritdoc />
    public override JsonPath PathOf(IRecordEntity entity, When value, JsonPath at) => path is null ? at : path((TEntity)entity, value, at);
}
