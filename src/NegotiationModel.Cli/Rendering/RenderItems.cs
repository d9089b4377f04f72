using NegotiationModel.Cli.Commands;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>Turns timeline entries into things to draw: in the lane of each of the entry's actors, or of its kind.</summary>
internal static class RenderItems
{
    /// <summary>The lane of an entry that involves no actor.</summary>
    public const string NoActorLane = "(no actor)";

    public static List<RenderItem> From(IEnumerable<TimelineEntry> entries, NegotiationRecord record, bool byKind, DateTimeZone zone) =>
        [.. entries.Select(entry => new RenderItem(
            entry.Id,
            byKind ? [TimelineCommand.KindName(entry.Kind)] : Lanes(entry, record),
            entry.Label,
            TimelineCommand.KindName(entry.Kind),
            entry.Window.Earliest,
            entry.Window.Latest,
            entry.When.ToString(),
            WhenFormatter.FormatWindow(entry.Window, zone)))];

    /// <summary>The lanes in the order items first use them.</summary>
    public static List<string> LaneOrder(IEnumerable<RenderItem> items) => [.. items.SelectMany(i => i.Lanes).Distinct(StringComparer.Ordinal)];

    private static string[] Lanes(TimelineEntry entry, NegotiationRecord record)
    {
        if (entry.Actors.IsEmpty)
        {
            return [NoActorLane];
        }

        return [.. entry.Actors
            .Select(id => record.Find(id)?.PreferredName("en").Text ?? id.ToString())
            .Distinct(StringComparer.Ordinal)];
    }
}
