using System.CommandLine;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation format FILE [-o OUT]</c>: rewrites a record in the canonical JSON form.</summary>
internal static class FormatCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The record to format; '-' reads standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("format", "Write a record in the canonical JSON form: stable member order, two-space indentation, empty lists and false flags omitted. Formatting twice gives the same bytes.\n\nExample:\n  negotiation format docs/samples/miami-talks-2025-12.json -o formatted.json")
        {
            file,
            output,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(file)!, parseResult.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string file, string? output, CancellationToken cancellationToken)
    {
        var (record, exitCode) = await InputFiles.LoadRecordAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        var json = NegotiationJson.Serialize(record) + "\n";
        if (output is null)
        {
            await console.Out.WriteAsync(json).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        return await OutputFile.WriteAsync(console, output, json, cancellationToken).ConfigureAwait(false);
    }
}
