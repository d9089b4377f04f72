using NegotiationModel.Time;

namespace NegotiationModel;

/// <summary>
/// The values an entity's own time is made of: one value (an event's <c>When</c>), or a span from
/// <see cref="First"/> to <see cref="Second"/> (an actor's existence), either end possibly missing.
/// </summary>
internal readonly record struct EntityTime(When? First, When? Second, bool IsSpan)
{
    /// <summary>Gets a value indicating whether the entity has a time: one of the values is set.</summary>
    public bool HasValue => First is not null || Second is not null;

    /// <summary>A time of one value.</summary>
    public static EntityTime At(When? value) => new(value, null, IsSpan: false);

    /// <summary>A span, open where a value is missing.</summary>
    public static EntityTime Span(When? from, When? until) => new(from, until, IsSpan: true);
}
