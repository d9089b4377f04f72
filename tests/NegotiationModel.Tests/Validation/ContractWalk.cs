using System.Collections;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Walking;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// The oracle of <see cref="RecordWalker"/>: a walk driven by the JSON contract's own metadata, which sees
/// every member the JSON holds without anyone listing it, and writes what it finds as lines the typed walk's
/// are compared with. Slow (it boxes and reflects over the contract), which is why the library does not use it.
/// </summary>
internal static class ContractWalk
{
    /// <summary>Walks a record and lists what a <see cref="RecordVisitor"/> would be told, one line an event.</summary>
    public static List<string> Events(NegotiationRecord record) => Events(record, filled: null);

    /// <summary>Walks a record, listing its events and adding to <paramref name="filled"/> every (type, JSON member) that holds something.</summary>
    public static List<string> Events(NegotiationRecord record, HashSet<(Type, string)>? filled)
    {
        var events = new List<string>();
        Walk(record, JsonPath.Root, owner: null, events, filled);
        return events;
    }

    /// <summary>Lists every (type, JSON member) the walk can reach from a record that could hold something to visit.</summary>
    public static IEnumerable<(Type Type, JsonPropertyInfo Property)> Members()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(NegotiationRecord)]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type) || IsLeaf(type))
            {
                continue;
            }

            var info = NegotiationJson.Options.GetTypeInfo(type);
            foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
            {
                pending.Enqueue(derived.DerivedType);
            }

            if (info.Kind != JsonTypeInfoKind.Object || type.IsAbstract)
            {
                continue;
            }

            var defines = typeof(IRecordEntity).IsAssignableFrom(type) || type == typeof(Phase);
            foreach (var property in info.Properties.Where(p => !p.IsExtensionData && p.Get is not null && !IsLeaf(p.PropertyType) && !(defines && p.Name == "id")))
            {
                yield return (type, property);
                pending.Enqueue(ElementType(property.PropertyType));
            }
        }
    }

    /// <summary>Gets the element type of a list, or the type itself.</summary>
    public static Type ElementType(Type type)
        => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>) ? type.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>Tells whether a value of this type holds nothing a walk reports (text, numbers, enums, NodaTime values).</summary>
    public static bool IsLeaf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri) || type == typeof(object)
            || type == typeof(SchemaVersion) || type == typeof(GeoCoordinates) || type.Assembly == typeof(NodaTime.Instant).Assembly;
    }

    private static void Walk(object value, JsonPath path, IRecordEntity? owner, List<string> events, HashSet<(Type, string)>? filled)
    {
        if (value is When when)
        {
            events.Add($"when {when} at {path} of {owner?.Reference}");
            foreach (var anchor in AnchorsOf(when))
            {
                events.Add($"reference {anchor.Kind}:{anchor.Id} at {path} of {owner?.Reference}");
            }

            return;
        }

        if (TryGetReference(value, out var kind, out var id))
        {
            events.Add($"reference {kind}:{id} at {path} of {owner?.Reference}");
            return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
        {
            var position = 0;
            foreach (var item in (IEnumerable)value)
            {
                Walk(item!, path.Index(position++), owner, events, filled);
            }

            return;
        }

        if (IsLeaf(type) || NegotiationJson.Options.GetTypeInfo(type) is not { Kind: JsonTypeInfoKind.Object } info)
        {
            return;
        }

        var defines = value is IRecordEntity or Phase;
        if (value is IRecordEntity entity)
        {
            owner = entity;
            events.Add($"definition {entity.Reference} at {path}");
        }
        else if (value is Phase phase)
        {
            events.Add($"definition {EntityReference.To(phase.Id)} at {path}");
        }

        events.Add($"object {type.Name} at {path} of {owner?.Reference}");
        foreach (var property in info.Properties)
        {
            // An ignored member ([JsonIgnore], such as an entity's Reference) stays in the metadata without a getter; the JSON does not hold it.
            if (property.IsExtensionData || property.Get is null || (defines && property.Name == "id") || IsLeaf(property.PropertyType))
            {
                continue;
            }

            if (property.Get!(value) is { } member)
            {
                if (member is not IValueList { IsEmpty: true })
                {
                    filled?.Add((type, property.Name));
                }

                Walk(member, path.Property(property.Name), owner, events, filled);
            }
        }
    }

    private static bool TryGetReference(object value, out EntityKind kind, out string? id)
    {
        (kind, id) = value switch
        {
            ActorId x => (EntityKind.Actor, x.Value),
            SourceId x => (EntityKind.Source, x.Value),
            NegotiationEventId x => (EntityKind.NegotiationEvent, x.Value),
            StatementId x => (EntityKind.Statement, x.Value),
            WorkingGroupId x => (EntityKind.WorkingGroup, x.Value),
            ProposalId x => (EntityKind.Proposal, x.Value),
            ProvisionId x => (EntityKind.Provision, x.Value),
            PhaseId x => (EntityKind.Phase, x.Value),
            TerritoryId x => (EntityKind.Territory, x.Value),
            TerritorialClaimId x => (EntityKind.TerritorialClaim, x.Value),
            ControlObservationId x => (EntityKind.ControlObservation, x.Value),
            NamedLineId x => (EntityKind.NamedLine, x.Value),
            GuaranteeId x => (EntityKind.Guarantee, x.Value),
            PositionId x => (EntityKind.Position, x.Value),
            AssessmentId x => (EntityKind.Assessment, x.Value),
            TopicId x => (EntityKind.Topic, x.Value),
            EntityReference x => (x.Kind, x.Id),
            _ => ((EntityKind)0, null),
        };
        return kind != 0;
    }

    private static IEnumerable<EntityReference> AnchorsOf(When when) => when switch
    {
        RelativeWhen relative => [relative.Anchor],
        RangeWhen range => [.. range.Start is null ? [] : AnchorsOf(range.Start), .. range.End is null ? [] : AnchorsOf(range.End)],
        _ => [],
    };
}
