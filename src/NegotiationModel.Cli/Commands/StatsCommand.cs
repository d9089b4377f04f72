using System.CommandLine;
using System.Globalization;
using NegotiationModel.Time;
using NegotiationModel.Timelines;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation stats FILE</c>: how much a record holds, per entity kind.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The record; '-' reads standard input." };
        var zone = CommonOptions.Zone();
        var command = new Command("stats", "Count the entities of a record per kind and show the time span its timeline covers.\n\nExample:\n  negotiation stats docs/samples/miami-talks-2025-12.json --zone Asia/Tokyo")
        {
            file,
            zone,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(file)!, parseResult.GetValue(zone)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string file, string zoneId, CancellationToken cancellationToken)
    {
        if (!CommonOptions.TryZone(zoneId, out var zone, out var problem))
        {
            await console.Error.WriteLineAsync($"negotiation: {problem}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var (record, exitCode) = await InputFiles.LoadRecordAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        await console.Out.WriteLineAsync(TerminalText.Escape(record.Title)).ConfigureAwait(false);
        foreach (var group in record.Entities().GroupBy(e => e.Reference.Kind).OrderBy(group => group.Key))
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {KindLabel(group.First().Reference),-22}{group.Count(),6}")).ConfigureAwait(false);
        }

        // The span covers what is bounded: open ends ("before…", "after…") do not stretch it to infinity.
        var windows = Timeline.Build(record).Entries.Select(e => e.Window).ToList();
        var earliest = windows.Select(w => w.Earliest).Where(i => i is not null).Min();
        var latest = windows.Select(w => w.Latest).Where(i => i is not null).Max();
        var span = earliest is null && latest is null ? "no dated entries" : WhenFormatter.FormatWindow(new TimeWindow(earliest, latest), zone);
        await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {"time span",-22}{span} ({windows.Count} timeline entries)")).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>Returns the kind's name as references write it (<c>claim</c> in <c>claim:russia-donetsk</c>).</summary>
    private static string KindLabel(EntityReference reference)
    {
        var text = reference.ToString();
        return text[..text.IndexOf(':', StringComparison.Ordinal)];
    }
}
