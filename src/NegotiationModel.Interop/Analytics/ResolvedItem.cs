using NodaTime;

namespace NegotiationModel.Interop.Analytics;

/// <summary>
/// One dated item of a record as the analytics exports write it: an entity with a time of its own, or a dated part
/// (a status change, a version, a membership's start...), with the window and knowledge time the library derives.
/// </summary>
/// <param name="Entry">The item's identifier, unique in the export: the timeline entry's (<c>event:talks#status-1</c>), or <c>actor:x#membership-1-start</c>.</param>
/// <param name="Kind">The kind of the entity the item is or belongs to, as in references (<c>event</c>).</param>
/// <param name="Id">That entity's identifier.</param>
/// <param name="Item"><c>entity</c> for the entity's own time, else what part it is (<c>status-change</c>, <c>membership</c>...).</param>
/// <param name="Path">Where the item is in the record's JSON.</param>
/// <param name="When">The time as written; for a span, its start (<see langword="null"/> when only the end is known).</param>
/// <param name="Until">For a span (an actor's existence, a guarantee's validity), its end as written; else <see langword="null"/>.</param>
/// <param name="Precision">The precision of a calendar value (<c>day</c>, <c>month-part</c>); <see langword="null"/> for ranges and relative values.</param>
/// <param name="Start">The window's first instant (inclusive), floored to a microsecond; <see langword="null"/> when open towards the past.</param>
/// <param name="End">The window's end (exclusive), raised to a microsecond; <see langword="null"/> when open towards the future.</param>
/// <param name="KnownFrom">From when the item can have been known, floored to a microsecond; <see langword="null"/> when known at every instant.</param>
/// <param name="Detail">The status entered, the stance taken, <c>start</c> or <c>end</c>...; <see langword="null"/> when the item has none.</param>
/// <param name="Label">A short text for people, in the export's language where the record has one.</param>
/// <param name="Actors">The actors involved, without repeats.</param>
/// <param name="Topics">The topics involved, without repeats.</param>
internal sealed record ResolvedItem(
    string Entry,
    string Kind,
    string Id,
    string Item,
    JsonPath Path,
    string? When,
    string? Until,
    string? Precision,
    Instant? Start,
    Instant? End,
    Instant? KnownFrom,
    string? Detail,
    string Label,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Topics);
