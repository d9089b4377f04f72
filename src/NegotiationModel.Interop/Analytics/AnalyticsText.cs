using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Interop.Analytics;

/// <summary>How the text exports (resolved JSON Lines, CSV) write a column's value.</summary>
internal static class AnalyticsText
{
    /// <summary>Writes an instant in ISO 8601 in UTC, such as <c>2025-12-28T17:00:00Z</c>, with a fraction of a second only when it has one.</summary>
    public static string Instant(Instant value) => InstantPattern.ExtendedIso.Format(value);

    /// <summary>Writes a value of a column as one text, or <see langword="null"/> for null: identifiers separated by spaces, which they never hold.</summary>
    public static string? Of(AnalyticsColumn column, ResolvedItem item) => column.Type switch
    {
        ColumnType.Timestamp => column.InstantOf(item) is { } instant ? Instant(instant) : null,
        ColumnType.Identifiers => string.Join(' ', column.IdentifiersOf(item)),
        _ => column.TextOf(item),
    };
}
