using NodaTime;

namespace NegotiationModel.Interop.Analytics;

/// <summary>What a column of the analytics exports holds, which decides how each format writes it.</summary>
internal enum ColumnType
{
    /// <summary>A text, or null.</summary>
    Text,

    /// <summary>An instant: a Parquet timestamp (UTC, microseconds), an ISO 8601 UTC text in CSV and JSON, or null.</summary>
    Timestamp,

    /// <summary>A list of identifiers: a JSON array, or in CSV and Parquet one text with the identifiers separated by spaces (identifiers hold none).</summary>
    Identifiers,
}

/// <summary>One column of the analytics exports: its name (the JSON member, the CSV header, the Parquet field), what it holds and where its value comes from.</summary>
internal sealed record AnalyticsColumn(string Name, ColumnType Type, bool IsNullable, string Description, Func<ResolvedItem, object?> ValueOf)
{
    /// <summary>Returns the value of a text column.</summary>
    public string? TextOf(ResolvedItem item) => (string?)ValueOf(item);

    /// <summary>Returns the value of a timestamp column.</summary>
    public Instant? InstantOf(ResolvedItem item) => (Instant?)ValueOf(item);

    /// <summary>Returns the value of an identifiers column.</summary>
    public IReadOnlyList<string> IdentifiersOf(ResolvedItem item) => (IReadOnlyList<string>)ValueOf(item)!;
}

/// <summary>
/// The columns of the resolved JSON Lines, CSV and Parquet exports, in order: the one description the JSON members, the
/// CSV header and the Parquet schema are made from (docs/interop.md lists them; a test compares).
/// </summary>
internal static class AnalyticsColumns
{
    public static IReadOnlyList<AnalyticsColumn> All { get; } =
    [
        new("entry", ColumnType.Text, false, "The item's identifier, unique in the export: the entity's reference (`event:talks`), or for a part the timeline entry's (`event:talks#status-1`, `proposal:plan#version-2`) or `actor:x#membership-1-start`; an entity met again in the record (a provision repeated in a later version) is `provision:p#occurrence-2`.", item => item.Entry),
        new("kind", ColumnType.Text, false, "The kind of the entity the item is or belongs to, as references name it (`event`, `actor`, `proposal`).", item => item.Kind),
        new("id", ColumnType.Text, false, "That entity's identifier.", item => item.Id),
        new("item", ColumnType.Text, false, "`entity` for the entity's own time; else the part: a timeline entry kind (`status-change`, `proposal-version`, `revision`, `milestone`, `deadline`, `takes-effect`...) or `membership`.", item => item.Item),
        new("path", ColumnType.Text, false, "Where the item is in the record: a normalized JSON path (RFC 9535), such as `$['events'][0]['statusHistory'][1]`.", item => item.Path.ToString()),
        new("when", ColumnType.Text, true, "The time as written in the record (the `When` text); for a span, its start.", item => item.When),
        new("until", ColumnType.Text, true, "For a span (an actor's existence, a guarantee's or a mission's validity, a mandate), its end as written; else null.", item => item.Until),
        new("precision", ColumnType.Text, true, "The precision of a calendar value (`year`, `month`, `day`, `day-part`, `minute`...); null for ranges and relative values.", item => item.Precision),
        new("start", ColumnType.Timestamp, true, "The first instant of the resolved window (inclusive), UTC; null when the window is open towards the past.", item => item.Start),
        new("end", ColumnType.Timestamp, true, "The instant the window ends (exclusive), UTC; null when it is open towards the future.", item => item.End),
        new("known_from", ColumnType.Timestamp, true, "The knowledge time: the earliest instant the item can have been known from its sources, UTC; null when it is known at every instant.", item => item.KnownFrom),
        new("detail", ColumnType.Text, true, "The status entered, the stance taken, the kind of a vote or transition, `start`/`end`/`renewal`; null when the item has none.", item => item.Detail),
        new("label", ColumnType.Text, false, "A short text for people, in the export's language where the record has one.", item => item.Label),
        new("actors", ColumnType.Identifiers, false, "The actors involved, without repeats.", item => item.Actors),
        new("topics", ColumnType.Identifiers, false, "The topics involved, without repeats.", item => item.Topics),
    ];
}
