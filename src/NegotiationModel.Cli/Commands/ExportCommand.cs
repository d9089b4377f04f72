using System.CommandLine;
using NegotiationModel.Interop;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation export FORMAT RECORD -o OUT</c>: writes a record in another format, and reports what that format has no place for.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Argument<string>("FORMAT") { Description = "The format to write: " + string.Join(", ", InteropFormats.Exporters.Keys) + "." };
        format.AcceptOnlyFromAmong([.. InteropFormats.Exporters.Keys]);
        var file = new Argument<string>("RECORD") { Description = "The record to export; '-' reads standard input." };
        var output = new Option<string>("--output", "-o") { Description = "The file to write.", Required = true };
        var language = new Option<string>("--language") { Description = "The language whose names and texts fill the format's language-less members (BCP 47).", DefaultValueFactory = _ => "en" };
        var command = new Command("export", "Write a record in another format, and print what was written and what the format has no place for (per field, with counts).\n\nExample:\n  negotiation export popolo record.json -o popolo.json")
        {
            format,
            file,
            output,
            language,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(format)!, parseResult.GetValue(file)!, parseResult.GetValue(output)!, parseResult.GetValue(language)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string format, string file, string output, string language, CancellationToken cancellationToken)
    {
        var (record, exitCode) = await InputFiles.LoadRecordAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        InteropReport? report = null;
        var written = await OutputFile.WriteAsync(console, output, (stream, _) =>
        {
            report = InteropFormats.Exporters[format](record, stream, language);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        if (report is not null)
        {
            await ImportCommand.WriteReportAsync(console, format, report).ConfigureAwait(false);
        }

        return written;
    }
}
