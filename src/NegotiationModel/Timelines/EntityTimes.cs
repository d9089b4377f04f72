using NegotiationModel.Events;
using NegotiationModel.Kinds;
using NegotiationModel.Time;

namespace NegotiationModel.Timelines;

/// <summary>
/// When each kind of entity happened, as an anchor of relative values and as an entry of a timeline:
/// the one place that knows which members of an entity say when it was. Validation (its time rules, NM2010
/// and NM2011) and timelines both ask it; docs/time.md ("Anchors: the record resolves relative values") is
/// its one description for users. Which members say when an entity was is the entity kinds' table's to say
/// (<see cref="EntityKinds"/>); this class resolves them.
/// </summary>
internal static class EntityTimes
{
    /// <summary>
    /// Returns the values an entity's own window is made of: an event's, a statement's, a position's
    /// <c>When</c>; a source's <c>Published</c>; a claim's <c>Since</c>; an actor's or a guarantee's span;
    /// the first version of a proposal; the first status change of a working group, proposal or guarantee.
    /// </summary>
    public static IEnumerable<When> ValuesOf(IRecordEntity entity)
    {
        var (first, second, _) = EntityKinds.Of(entity).TimeOf(entity);
        return [.. Optional(first), .. Optional(second)];
    }

    /// <summary>
    /// Resolves an entity's own window, or returns <see langword="null"/> when the entity has no time.
    /// An event whose time is a clock time (an hour, minute or second) is read as starting then and
    /// lasting its <see cref="NegotiationEvent.Duration"/>: its window's end moves later by the duration.
    /// A span (an actor's existence, a guarantee's validity) runs from the start of its first value's
    /// window to the end of its last's, open where a value is missing.
    /// </summary>
    public static TimeWindow? OwnWindow(IRecordEntity entity, WhenContext context)
    {
        var (first, second, isSpan) = EntityKinds.Of(entity).TimeOf(entity);
        if (first is null && second is null)
        {
            return null;
        }

        if (!isSpan)
        {
            var window = first!.Resolve(context);
            return entity is NegotiationEvent { Duration: { } duration } && IsClockTime(first) && window.Latest is { } latest
                ? new TimeWindow(window.Earliest, TimeArithmetic.ShiftLatest(latest, duration))
                : window;
        }

        var start = first?.Resolve(context).Earliest;
        var end = second?.Resolve(context).Latest;
        return start is { } a && end is { } b && b <= a
            ? first!.Resolve(context).Hull(second!.Resolve(context))
            : new TimeWindow(start, end);
    }

    /// <summary>Tells whether an entity has a time of its own: whether <see cref="ValuesOf"/> holds a value.</summary>
    public static bool HasTime(IRecordEntity entity) => EntityKinds.Of(entity).TimeOf(entity).HasValue;

    /// <summary>Tells whether entities of a kind can have a time of their own (when it is recorded); the others never have one.</summary>
    public static bool KindHasTime(EntityKind kind) => EntityKinds.Of(kind).HasTime;

    /// <summary>Returns the JSON path of one of the values of <see cref="ValuesOf"/>, given the path of the entity.</summary>
    public static JsonPath PathOf(IRecordEntity entity, JsonPath at, When value) => EntityKinds.Of(entity).PathOf(entity, value, at);

    /// <summary>Returns the entities that relative values in <paramref name="value"/> are anchored to, range ends included.</summary>
    public static IEnumerable<EntityReference> AnchorsIn(When? value) => value switch
    {
        RelativeWhen relative => [relative.Anchor],
        RangeWhen range => [.. AnchorsIn(range.Start), .. AnchorsIn(range.End)],
        _ => [],
    };

    /// <summary>Tells whether a value names a clock time, which an event's duration runs from.</summary>
    public static bool IsClockTime(When value)
        => value is CalendarWhen { Precision: WhenPrecision.Hour or WhenPrecision.Minute or WhenPrecision.Second };

    private static IEnumerable<When> Optional(When? value) => value is null ? [] : [value];
}
