using System.CommandLine;
using NegotiationModel.Cli.Rendering;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation render FILE --format html|svg|mermaid</c>: a timeline to look at rather than read.</summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The record; '-' reads standard input." };
        var format = new Option<string>("--format") { Description = "html (one self-contained page), svg or mermaid.", Required = true };
        format.AcceptOnlyFromAmong("html", "svg", "mermaid");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var zone = CommonOptions.Zone();
        var lanes = new Option<string>("--lanes") { Description = "One lane per actor or per kind.", DefaultValueFactory = _ => "actor" };
        lanes.AcceptOnlyFromAmong("actor", "kind");
        var command = new Command("render", "Draw the record's timeline: lanes per actor or per kind, imprecise times as spans, open ends fading out, times in the zone you choose. The HTML page fetches nothing from the network.\n\nExample:\n  negotiation render docs/samples/miami-talks-2025-12.json --format html --zone Asia/Tokyo -o timeline.html")
        {
            file, format, output, zone, lanes,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            console,
            new TimelineRequest(parseResult.GetValue(file)!, parseResult.GetValue(zone)!, null, null, null, null, null),
            parseResult.GetValue(format)!,
            parseResult.GetValue(output),
            parseResult.GetValue(lanes) == "kind",
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, TimelineRequest request, string format, string? output, bool byKind, CancellationToken cancellationToken)
    {
        var (record, entries, zone, exitCode) = await TimelineCommand.QueryAsync(console, request, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        var items = RenderItems.From(entries, record, byKind, zone);
        var rendered = format switch
        {
            "svg" => TimelineSvg.Render(items, zone, record.Title),
            "mermaid" => TimelineMermaid.Render(items, zone, record.Title),
            _ => TimelineHtml.Render(items, zone, record.Title),
        };
        if (output is null)
        {
            await console.Out.WriteAsync(rendered).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        return await OutputFile.WriteAsync(console, output, rendered, cancellationToken).ConfigureAwait(false);
    }
}
