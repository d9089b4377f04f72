using NegotiationModel.Sources;
using NegotiationModel.Statements;

namespace NegotiationModel.Kinds;

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

    /// <summary>Gets the type of the entities of this kind, or <see langword="null"/> for a kind the record holds no entities of.</summary>
    public virtual Type? EntityType => null;

    /// <summary>Gets a value indicating whether entities of this kind can have a time of their own (when it is recorded).</summary>
    public virtual bool HasTime => false;

    /// <summary>Returns the entities of this kind a record holds, in the record's order.</summary>
    public virtual IEnumerable<IRecordEntity> EntitiesOf(NegotiationRecord record) => [];

    /// <summary>Returns the texts an entity of this kind is found by: its names, titles, codes and labels.</summary>
    public virtual IEnumerable<string> NamesOf(IRecordEntity entity) => [];

    /// <summary>Returns the names that label an entity of this kind for people (empty when the kind has no such names).</summary>
    public virtual ValueList<LocalizedName> LabelNamesOf(IRecordEntity entity) => [];

    /// <summary>Returns the texts (a title) that label an entity of this kind for people (empty when the kind has no such texts).</summary>
    public virtual ValueList<LocalizedText> LabelTextsOf(IRecordEntity entity) => [];

    /// <summary>Returns the values an entity's own time is made of (see <see cref="EntityTime"/>).</summary>
    public virtual EntityTime TimeOf(IRecordEntity entity) => default;

    /// <summary>Returns the JSON path of one of the values of <see cref="TimeOf"/>, given the path of the entity.</summary>
    public virtual JsonPath PathOf(IRecordEntity entity, When value, JsonPath at) => at;

    /// <summary>Hands the citations of an entity's parts (memberships, status changes, versions...) to <paramref name="citations"/>, one list per part.</summary>
    public virtual void PartCitationsOf(IRecordEntity entity, IPartCitations citations)
    {
    }

    /// <summary>Returns the record with the collection of this kind emptied (a record unchanged when no collection holds the kind).</summary>
    public virtual NegotiationRecord WithoutEntities(NegotiationRecord record) => record;

    /// <summary>Gets a value indicating whether a collection of the record holds the entities of this kind (not the parts of another entity).</summary>
    public virtual bool IsHeldByRecord => false;

    /// <summary>Returns the record with the collection of this kind holding <paramref name="entities"/> (a record unchanged when no collection holds the kind).</summary>
    public virtual NegotiationRecord WithEntities(NegotiationRecord record, IEnumerable<IRecordEntity> entities) => record;

    /// <summary>Returns the record with the collection of this kind holding what <paramref name="filter"/> keeps of it, parts included.</summary>
    public virtual NegotiationRecord KeepKnown(NegotiationRecord record, IKnowledgeFilter filter) => record;

    /// <summary>Returns the record with <paramref name="entity"/> in the place of the one entity of this kind with its identifier, wherever the record holds it.</summary>
    /// <exception cref="ArgumentException">The record holds no entity of this kind with that identifier, or several.</exception>
    public virtual NegotiationRecord Replace(NegotiationRecord record, IRecordEntity entity)
    {
        Guard.Against.Invalid(true, nameof(entity), $"The record holds no entities of the kind {Kind}.");
        return record;
    }

    /// <summary>Calls <paramref name="visitor"/> with the entity type of this kind, for code generic over it; <see langword="default"/> when the record holds no entities of this kind.</summary>
    public virtual TResult? Accept<TResult>(IEntityTypeVisitor<TResult> visitor) => default;
}

/// <summary>A kind of entity the record holds, with what its entities are found by, when they were and their parts.</summary>
/// <typeparam name="TEntity">The entity type.</typeparam>
internal sealed class EntityKindInfo<TEntity>(EntityKind kind, Type idType, Func<NegotiationRecord, IEnumerable<TEntity>> entities)
    : EntityKindInfo(kind, idType)
    where TEntity : class, IRecordEntity
{
    private Func<NegotiationRecord, ValueList<TEntity>, NegotiationRecord>? held;
    private Func<NegotiationRecord, Func<ValueList<TEntity>, ValueList<TEntity>>, NegotiationRecord>? edited;
    private Func<TEntity, IEnumerable<string>>? names;
    private Func<TEntity, ValueList<LocalizedName>>? labelNames;
    private Func<TEntity, ValueList<LocalizedText>>? labelTexts;
    private Func<TEntity, EntityTime>? time;
    private Func<TEntity, When, JsonPath, JsonPath>? path;
    private Action<TEntity, IPartCitations>? partCitations;
    private Func<TEntity, IKnowledgeFilter, TEntity>? keepParts;

    /// <inheritdoc />
    public override Type EntityType => typeof(TEntity);

    /// <inheritdoc />
    public override bool HasTime => time is not null;

    /// <summary>Says how a record is rebuilt with other entities in the collection of this kind.</summary>
    public EntityKindInfo<TEntity> HeldBy(Func<NegotiationRecord, ValueList<TEntity>, NegotiationRecord> withEntities)
    {
        held = withEntities;
        return this;
    }

    /// <summary>Says how a record is rebuilt with each list holding entities of this kind edited (a proposal's versions hold several lists of provisions).</summary>
    public EntityKindInfo<TEntity> EditedBy(Func<NegotiationRecord, Func<ValueList<TEntity>, ValueList<TEntity>>, NegotiationRecord> withEachListEdited)
    {
        edited = withEachListEdited;
        return this;
    }

    /// <summary>Says which texts entities of this kind are found by.</summary>
    public EntityKindInfo<TEntity> NamedBy(Func<TEntity, IEnumerable<string>> namesOf)
    {
        names = namesOf;
        return this;
    }

    /// <summary>Says which names label entities of this kind.</summary>
    public EntityKindInfo<TEntity> LabelledBy(Func<TEntity, ValueList<LocalizedName>> namesOf)
    {
        labelNames = namesOf;
        return this;
    }

    /// <summary>Says which texts (a title) label entities of this kind.</summary>
    public EntityKindInfo<TEntity> LabelledBy(Func<TEntity, ValueList<LocalizedText>> textsOf)
    {
        labelTexts = textsOf;
        return this;
    }

    /// <summary>Says which members of an entity of this kind say when it was, and where they are.</summary>
    public EntityKindInfo<TEntity> TimedBy(Func<TEntity, EntityTime> timeOf, Func<TEntity, When, JsonPath, JsonPath> pathOf)
    {
        time = timeOf;
        path = pathOf;
        return this;
    }

    /// <summary>Says which parts of an entity of this kind carry citations, and how the entity is rebuilt with some of them.</summary>
    public EntityKindInfo<TEntity> WithParts(Action<TEntity, IPartCitations> citationsOf, Func<TEntity, IKnowledgeFilter, TEntity> keep)
    {
        partCitations = citationsOf;
        keepParts = keep;
        return this;
    }

    /// <inheritdoc />
    public override IEnumerable<IRecordEntity> EntitiesOf(NegotiationRecord record) => entities(record);

    /// <inheritdoc />
    public override IEnumerable<string> NamesOf(IRecordEntity entity) => names is null ? [] : names((TEntity)entity);

    /// <inheritdoc />
    public override ValueList<LocalizedName> LabelNamesOf(IRecordEntity entity) => labelNames is null ? [] : labelNames((TEntity)entity);

    /// <inheritdoc />
    public override ValueList<LocalizedText> LabelTextsOf(IRecordEntity entity) => labelTexts is null ? [] : labelTexts((TEntity)entity);

    /// <inheritdoc />
    public override EntityTime TimeOf(IRecordEntity entity) => time is null ? default : time((TEntity)entity);

    /// <inheritdoc />
    public override JsonPath PathOf(IRecordEntity entity, When value, JsonPath at) => path is null ? at : path((TEntity)entity, value, at);

    /// <inheritdoc />
    public override void PartCitationsOf(IRecordEntity entity, IPartCitations citations) => partCitations?.Invoke((TEntity)entity, citations);

    /// <inheritdoc />
    public override NegotiationRecord WithoutEntities(NegotiationRecord record) => held is null ? record : held(record, []);

    /// <inheritdoc />
    public override bool IsHeldByRecord => held is not null;

    /// <inheritdoc />
    public override NegotiationRecord WithEntities(NegotiationRecord record, IEnumerable<IRecordEntity> entities)
        => held is null ? record : held(record, ValueList.From(entities.Cast<TEntity>()));

    /// <inheritdoc />
    public override NegotiationRecord KeepKnown(NegotiationRecord record, IKnowledgeFilter filter)
        => held is null ? record : held(record, filter.Entities(entities(record) is ValueList<TEntity> list ? list : ValueList.From(entities(record)), keepParts ?? ((entity, _) => entity)));

    /// <inheritdoc />
    public override NegotiationRecord Replace(NegotiationRecord record, IRecordEntity entity)
    {
        var replacement = (TEntity)entity;
        var reference = replacement.Reference;
        var replaced = 0;
        var result = edited!(record, list =>
        {
            for (var index = 0; index < list.Count; index++)
            {
                if (list[index].Reference == reference)
                {
                    replaced++;
                    list = list.SetItem(index, replacement);
                }
            }

            return list;
        });
        Guard.Against.Invalid(replaced == 0, nameof(entity), $"The record holds no {reference} to replace.");
        Guard.Against.Invalid(replaced > 1, nameof(entity), $"The record holds {replaced} entities {reference}, so which one to replace is unclear; replace it in the list that holds it.");
        return result;
    }

    /// <inheritdoc />
    public override TResult? Accept<TResult>(IEntityTypeVisitor<TResult> visitor)
        where TResult : default
        => visitor.Visit<TEntity>();
}
