using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Time;

namespace NegotiationModel;

/// <summary>
/// Walks a record, or one entity, through the JSON contract's own metadata, so that it sees every member the
/// JSON holds under the name the JSON gives it, and no member the JSON does not hold. It reports to a
/// <see cref="RecordVisitor"/> every entity and phase defined, every reference made (typed identifiers,
/// <see cref="EntityReference"/>s and the anchors of relative times) and every object on the way, each
/// with its JSON path. The catalogue of where references live is this walk: a member added to the model is
/// in it without anyone listing it.
/// </summary>
/// <remarks>The walk is linear in the size of the record; its depth is the model's nesting, not the data's.</remarks>
internal sealed class RecordWalker
{
    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    private readonly RecordVisitor visitor;
    private readonly bool withPaths;
    private readonly bool intoNestedEntities;

    private RecordWalker(RecordVisitor visitor, bool withPaths, bool intoNestedEntities)
    {
        this.visitor = visitor;
        this.withPaths = withPaths;
        this.intoNestedEntities = intoNestedEntities;
    }

    /// <summary>Walks a whole record, with paths from <c>$</c>.</summary>
    public static void Walk(NegotiationRecord record, RecordVisitor visitor)
        => new RecordWalker(visitor, withPaths: true, intoNestedEntities: true).WalkValue(record, JsonPath.Root, owner: null);

    /// <summary>
    /// Walks one entity without paths (every path given to the visitor is <see langword="null"/>), stopping at
    /// the entities nested in it (a proposal's provisions): what the entity itself says.
    /// </summary>
    public static void WalkEntity(IRecordEntity entity, RecordVisitor visitor)
        => new RecordWalker(visitor, withPaths: false, intoNestedEntities: false).WalkValue(entity, null, owner: null);

    /// <summary>Turns a typed identifier or an <see cref="EntityReference"/> into the kind and identifier it refers to.</summary>
    /// <returns><see langword="false"/> when <paramref name="value"/> is not a reference.</returns>
    public static bool TryGetReference(object value, out EntityKind kind, out string? id)
    {
        (kind, id) = value switch
        {
            ActorId x => (EntityKind.Actor, x.Value),
            SourceId x => (EntityKind.Source, x.Value),
            NegotiationEventId x => (EntityKind.Event, x.Value),
            StatementId x => (EntityKind.Statement, x.Value),
            WorkingGroupId x => (EntityKind.WorkingGroup, x.Value),
            ProposalId x => (EntityKind.Proposal, x.Value),
            ProvisionId x => (EntityKind.Provision, x.Value),
            PhaseId x => (EntityKind.Phase, x.Value),
            TerritoryId x => (EntityKind.Territory, x.Value),
            ClaimId x => (EntityKind.Claim, x.Value),
            ControlObservationId x => (EntityKind.ControlObservation, x.Value),
            LineId x => (EntityKind.Line, x.Value),
            GuaranteeId x => (EntityKind.Guarantee, x.Value),
            PositionId x => (EntityKind.Position, x.Value),
            AssessmentId x => (EntityKind.Assessment, x.Value),
            TopicId x => (EntityKind.Topic, x.Value),
            EntityReference x => (x.Kind, x.Id),
            _ => ((EntityKind)0, null),
        };
        return kind != 0;
    }

    private void WalkValue(object value, JsonPath? path, IRecordEntity? owner)
    {
        if (value is When when)
        {
            visitor.VisitWhen(when, path, owner);
            foreach (var anchor in AnchorsOf(when))
            {
                visitor.VisitReference(anchor.Kind, anchor.Id, path, owner);
            }

            return;
        }

        if (TryGetReference(value, out var kind, out var id))
        {
            visitor.VisitReference(kind, id, path, owner);
            return;
        }

        var shape = Shapes.GetOrAdd(value.GetType(), Shape.Of);
        if (shape.IsList)
        {
            var position = 0;
            foreach (var item in (IEnumerable)value)
            {
                if (item is not null)
                {
                    WalkValue(item, path?.Index(position), owner);
                }

                position++;
            }

            return;
        }

        if (shape.Properties is null)
        {
            return;
        }

        if (value is IRecordEntity entity)
        {
            if (owner is not null && !intoNestedEntities)
            {
                return;
            }

            owner = entity;
            visitor.VisitDefinition(entity.Reference, entity, path);
        }
        else if (value is Phase phase)
        {
            visitor.VisitDefinition(EntityReference.To(phase.Id), phase, path);
        }

        visitor.VisitObject(value, path, owner);
        foreach (var property in shape.Properties)
        {
            if (property.Get!(value) is { } member)
            {
                WalkValue(member, withPaths ? path!.Property(property.Name) : null, owner);
            }
        }
    }

    private static IEnumerable<EntityReference> AnchorsOf(When when) => when switch
    {
        RelativeWhen relative => [relative.Anchor],
        RangeWhen range => [.. Optional(range.Start), .. Optional(range.End)],
        _ => [],
    };

    private static IEnumerable<EntityReference> Optional(When? end) => end is null ? [] : AnchorsOf(end);

    /// <summary>What the walk needs to know of a type: whether it is a list, and which members can hold something worth visiting.</summary>
    private sealed class Shape
    {
        public bool IsList { get; private init; }

        public JsonPropertyInfo[]? Properties { get; private init; }

        public static Shape Of(Type type)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                return new Shape { IsList = true };
            }

            if (IsLeaf(type))
            {
                return new Shape();
            }

            var info = NegotiationJson.Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return new Shape();
            }

            var defines = typeof(IRecordEntity).IsAssignableFrom(type) || type == typeof(Phase);
            return new Shape
            {
                Properties = [.. info.Properties.Where(p => p.Get is not null && !IsLeaf(p.PropertyType) && !(defines && p.Name == "id"))],
            };
        }

        private static bool IsLeaf(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri)
                || type.Assembly == typeof(NodaTime.Instant).Assembly;
        }
    }
}
