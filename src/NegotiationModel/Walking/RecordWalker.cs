namespace NegotiationModel.Walking;

/// <summary>
/// Walks a record, or one entity, member by member in the order and under the names of the JSON contract,
/// and reports to a <see cref="RecordVisitor"/> every entity and phase defined, every reference made (typed
/// identifiers, <see cref="EntityReference"/>s and the anchors of relative times), every object and every
/// time value on the way, each with its JSON path.
/// </summary>
/// <remarks>
/// <para>The walk of each type is generated from the model's types (<c>RecordWalkGenerator</c> in
/// NegotiationModel.Generators writes <c>RecordWalker.g.cs</c>): typed code that reads each member directly, for
/// reading members through the contract's metadata (<c>JsonPropertyInfo.Get</c>) would box every identifier and
/// list (docs/performance-log.md). This file holds what every step shares. That the walk sees every member the JSON
/// holds is <c>RecordWalkerContractTest</c>'s job: it compares the walk, event by event, with one driven by the
/// contract's metadata, over records that fill every member of every type.</para>
/// <para>The walk is linear in the size of the record; its depth is the model's nesting, not the data's.</para>
/// </remarks>
[GeneratedWalk(typeof(NegotiationRecord))]
internal sealed partial class RecordWalker
{
    private readonly RecordVisitor visitor;
    private readonly PathTable? paths;
    private readonly bool intoNestedEntities;
    private IRecordEntity? owner;

    private RecordWalker(RecordVisitor visitor, PathTable? paths, bool intoNestedEntities)
    {
        this.visitor = visitor;
        this.paths = paths;
        this.intoNestedEntities = intoNestedEntities;
    }

    /// <summary>Walks a whole record, with paths from <c>$</c>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="visitor">What to report to.</param>
    /// <param name="paths">Where the steps of the paths go; empty.</param>
    public static void Walk(NegotiationRecord record, RecordVisitor visitor, PathTable paths)
        => new RecordWalker(visitor, paths, intoNestedEntities: true).Walk(record, PathTable.Root);

    /// <summary>
    /// Walks one entity without paths (every path given to the visitor is the default <see cref="SitePath"/>),
    /// stopping at the entities nested in it (a proposal's provisions): what the entity itself says.
    /// </summary>
    public static void WalkEntity(IRecordEntity entity, RecordVisitor visitor)
        => ForEntities(visitor).Entity(entity);

    /// <summary>
    /// Returns a walk of single entities, as <see cref="WalkEntity"/> does, for callers that walk many entities with
    /// one visitor: made once, so that walking a million statements makes no walker per statement.
    /// </summary>
    public static RecordWalker ForEntities(RecordVisitor visitor) => new(visitor, paths: null, intoNestedEntities: false);

    /// <summary>Walks one entity of a walk made by <see cref="ForEntities"/>; not for two threads at once.</summary>
    public void Entity(IRecordEntity entity)
    {
        // A walk a visitor's exception left inside an entity would otherwise take the next entity for a nested one and stop.
        owner = null;
        WalkAny(entity, -1);
    }

    /// <summary>
    /// Makes a walk the generated reader feeds as it reads a record (<c>ReadState.Walk</c>): it hands each element of the
    /// root's lists, and each other member of the root, to the walk's part for it (<c>Root{Member}</c>) as soon as it is
    /// built, then the finished record to <c>RootEnd</c>. When the document's root members come in the contract's order,
    /// the visitor gets what <see cref="Walk(NegotiationRecord, RecordVisitor, PathTable)"/> gives it, event for event,
    /// less the root's own <see cref="RecordVisitor.VisitObject"/>, which comes first and before the root exists;
    /// <see cref="InContractOrder"/> says whether they did.
    /// </summary>
    /// <param name="visitor">What to report to.</param>
    /// <param name="paths">Where the steps of the paths go; empty.</param>
    public static RecordWalker ForReading(RecordVisitor visitor, PathTable paths) => new(visitor, paths, intoNestedEntities: true);

    /// <summary>
    /// Gets a value indicating whether the parts of the root were walked in the contract's order and each of them could be
    /// walked alone, so that the walk fed by the reader is the walk of the whole record.
    /// </summary>
    public bool InContractOrder => !unsure;

    // The contract's position of the root member last walked: a member before it, now, is out of the walk's order.
    private int rootMember;
    private bool unsure;

    private void Order(int member)
    {
        if (member < rootMember)
        {
            unsure = true;
        }

        rootMember = member;
    }

    /// <summary>Gives up the walk fed by the reader: a part of the root reached it that the walk of the whole record takes otherwise.</summary>
    internal void Unsure() => unsure = true;

    private SitePath At(int step) => paths is null ? default : new SitePath(paths, step);

    private int Member(int parent, int name) => paths?.Property(parent, name) ?? -1;

    private int Element(int parent, int position) => paths?.Index(parent, position) ?? -1;

    /// <summary>Enters an entity: reports its definition and makes it the owner of what is inside it.</summary>
    /// <returns>The previous owner, to restore on the way out; <see langword="false"/> when the walk stops at this entity.</returns>
    private bool Enter(IRecordEntity entity, int at, out IRecordEntity? previous)
    {
        previous = owner;
        if (owner is not null && !intoNestedEntities)
        {
            return false;
        }

        owner = entity;
        visitor.VisitDefinition(entity.Reference, entity, At(at));
        visitor.VisitObject(entity, At(at), owner);
        return true;
    }

    private void Leave(IRecordEntity? previous, UnknownMembers? unknown)
    {
        Unknown(unknown);
        owner = previous;
    }

    private void Object(object value, int at) => visitor.VisitObject(value, At(at), owner);

    /// <summary>Defines a part identified like an entity (a proposal's phase), which what it says does not own.</summary>
    private void Define<TId>(TId id, object value, int at)
        where TId : struct, IEntityId<TId>
    {
        visitor.VisitDefinition(EntityReference.To(id), value, At(at));
        Object(value, at);
    }

    private void Unknown(UnknownMembers? unknown)
    {
        if (unknown is { Count: > 0 })
        {
            visitor.VisitUnknownMembers();
        }
    }

    private void Id<TId>(TId id, int parent, int name)
        where TId : struct, IEntityId<TId>
        => visitor.VisitReference(TId.Kind, id.IsDefault ? null : id.Value, At(Member(parent, name)), owner);

    private void Id<TId>(TId? id, int parent, int name)
        where TId : struct, IEntityId<TId>
    {
        if (id is { } value)
        {
            Id(value, parent, name);
        }
    }

    private void Ids<TId>(ValueList<TId> ids, int parent, int name)
        where TId : struct, IEntityId<TId>
    {
        if (ids.Count == 0)
        {
            return;
        }

        var kind = TId.Kind;
        var at = Member(parent, name);
        for (var i = 0; i < ids.Count; i++)
        {
            visitor.VisitReference(kind, ids[i].IsDefault ? null : ids[i].Value, At(Element(at, i)), owner);
        }
    }

    private void Reference(EntityReference reference, int at)
    {
        visitor.VisitReference(reference.Kind, reference.Id, At(at), owner);
        Unknown(reference.UnknownMembers);
    }

    private void References(ValueList<EntityReference> references, int parent, int name)
    {
        if (references.Count == 0)
        {
            return;
        }

        var at = Member(parent, name);
        for (var i = 0; i < references.Count; i++)
        {
            Reference(references[i], Element(at, i));
        }
    }

    private void When(When? when, int parent, int name)
    {
        if (when is null)
        {
            return;
        }

        var at = At(Member(parent, name));
        visitor.VisitWhen(when, at, owner);
        Anchors(when, at);
    }

    private void Anchors(When when, SitePath at)
    {
        switch (when)
        {
            case RelativeWhen relative:
                visitor.VisitReference(relative.Anchor.Kind, relative.Anchor.Id, at, owner);
                break;
            case RangeWhen range:
                if (range.Start is { } start)
                {
                    Anchors(start, at);
                }

                if (range.End is { } end)
                {
                    Anchors(end, at);
                }

                break;
        }
    }
}
