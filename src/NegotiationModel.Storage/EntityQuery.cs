using NegotiationModel.Identifiers;
using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>
/// Which stored entities to find without loading the record: by valid time (their resolved window overlaps
/// [<see cref="ValidFrom"/>, <see cref="ValidUntil"/>)), kind, an actor, a topic or a source they involve, knowledge time and recorded time.
/// Every filter left null matches everything; an entity without a time of its own matches no valid-time filter.
/// </summary>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record EntityQuery
{
    /// <summary>Gets the kind of entity, or <see langword="null"/> for every kind a record's collections hold.</summary>
    public EntityKind? Kind { get; init; }

    /// <summary>Gets the start of the valid-time window (inclusive), or <see langword="null"/> for an open start.</summary>
    public Instant? ValidFrom { get; init; }

    /// <summary>Gets the end of the valid-time window (exclusive), or <see langword="null"/> for an open end.</summary>
    public Instant? ValidUntil { get; init; }

    /// <summary>Gets an actor the entities must involve (refer to anywhere in their own members, or be), or <see langword="null"/>.</summary>
    public ActorId? Actor { get; init; }

    /// <summary>Gets a topic the entities must refer to, or <see langword="null"/>.</summary>
    public TopicId? Topic { get; init; }

    /// <summary>Gets a source the entities must cite or be, or <see langword="null"/>.</summary>
    public SourceId? Source { get; init; }

    /// <summary>Gets the knowledge time: only entities known at this instant (the library's <c>AsKnownAt</c> rule for whole entities), or <see langword="null"/>.</summary>
    public Instant? KnownAt { get; init; }

    /// <summary>Gets the recorded time: the entities as the store stood at this instant, or <see langword="null"/> for the current ones.</summary>
    public Instant? AsRecordedAt { get; init; }

    /// <summary>Gets the largest number of entities to return, or <see langword="null"/> for all.</summary>
    public int? Limit { get; init; }
}
