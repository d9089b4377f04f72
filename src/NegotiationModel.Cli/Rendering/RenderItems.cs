using NegotiationModel.Cli.Commands;
using NegotiationModel.Timelines;

namespace NegotiationModel.Cli.Rendering;

/// <summary>Turns timeline entries into things to draw: one lane per actor (the entry's first actor) or per kind.</summary>
internal static class RenderItems
{
    public static List<RenderItem> From(IEnumerable<TimelineEntry> entries, NegotiationRecord record, bool byKind) =>
        [.. entries.Select(entry => new RenderItem(
            entry.Id,
            byKind ? TimelineCommand.KindName(entry.Kind) : Lane(entry, record),
            entry.Label,
            TimelineCommand.KindName(entry.Kind),
            entry.Window.Earliest,
            entry.Window.Latest,
            entry.When.ToString()))];

    private static string Lane(TimelineEntry entry, NegotiationRecord record)
    {
        if (entry.Actors.IsEmpty)
        {
            return "(no actor)";
        }

        var actor = record.Find(entry.Actors[0]);
        return actor?.PreferredName("en").Text ?? entry.Actors[0].ToString();
    }
}
