using System.CommandLine;
using System.Globalization;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation stats FILE</c>: how much a record holds, per entity kind.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The record; '-' reads standard input." };
        var command = new Command("stats", "Count the entities of a record per kind.\n\nExample:\n  negotiation stats docs/samples/miami-talks-2025-12.json")
        {
            file,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(file)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string file, CancellationToken cancellationToken)
    {
        var (record, exitCode) = await InputFiles.LoadRecordAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        await console.Out.WriteLineAsync(record.Title).ConfigureAwait(false);
        foreach (var (kind, count) in record.Entities().CountBy(e => e.Reference.Kind).OrderBy(pair => pair.Key))
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {KindLabel(kind),-22}{count,6}")).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static string KindLabel(EntityKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());
}
