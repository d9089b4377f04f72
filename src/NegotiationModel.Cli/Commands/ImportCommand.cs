using System.CommandLine;
using System.Text;
using NegotiationModel.Interop;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation import FORMAT FILE… -o RECORD</c>: reads another format's files into a record, and reports what did not map.</summary>
internal static class ImportCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create(CliConsole console)
    {
        var format = new Argument<string>("FORMAT") { Description = "The format of the files: " + string.Join(", ", InteropFormats.Importers.Keys) + "." };
        format.AcceptOnlyFromAmong([.. InteropFormats.Importers.Keys]);
        var files = new Argument<string[]>("FILE") { Description = "The files to import, read together (an item found in several is merged).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The record to write.", Required = true };
        var into = new Option<string?>("--into") { Description = "Add to this record instead of starting an empty one; actors sharing an external identifier (or id) with one there are merged into it." };
        var language = new Option<string>("--language") { Description = "The language of names and texts the format gives without one (BCP 47).", DefaultValueFactory = _ => "und" };
        var command = new Command("import", "Import another format's files into a record, and print what was created, merged and not mapped (per field, with counts). Exits 1 when a file is not of the format.\n\nExample:\n  negotiation import popolo people.json -o record.json --language en")
        {
            format,
            files,
            output,
            into,
            language,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(format)!, parseResult.GetValue(files)!, parseResult.GetValue(output)!, parseResult.GetValue(into), parseResult.GetValue(language)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string format, string[] files, string output, string? into, string language, CancellationToken cancellationToken)
    {
        var inputs = new List<InteropInput>();
        foreach (var file in files)
        {
            var bytes = await InputFiles.ReadAsync(console, file, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return ExitCodes.UsageOrIo;
            }

            try
            {
                inputs.Add(new InteropInput(InputFiles.DisplayName(file), StrictUtf8.GetString(bytes).TrimStart('\uFEFF')));
            }
            catch (DecoderFallbackException)
            {
                await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: '{InputFiles.DisplayName(file)}' is not {format}: it is not UTF-8 text")).ConfigureAwait(false);
                return ExitCodes.Failure;
            }
        }

        ImportResult result;
        try
        {
            result = InteropFormats.Importers[format](inputs, language);
        }
        catch (InteropFormatException exception)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: {exception.Message}")).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var record = result.Record;
        if (into is not null)
        {
            var (existing, exitCode) = await InputFiles.LoadRecordAsync(console, into, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return exitCode;
            }

            var merged = RecordMerge.Merge(existing, record);
            record = merged.Record;
            await WriteReportAsync(console, $"into {InputFiles.DisplayName(into)}", merged.Report).ConfigureAwait(false);
        }

        await WriteReportAsync(console, format, result.Report).ConfigureAwait(false);
        return await OutputFile.WriteAsync(console, output, NegotiationJson.Serialize(record) + "\n", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Prints a report line by line, each line escaped: field names and warnings come from the input.</summary>
    internal static async Task WriteReportAsync(CliConsole console, string title, InteropReport report)
    {
        await console.Out.WriteLineAsync(TerminalText.Escape(title + ":")).ConfigureAwait(false);
        foreach (var line in report.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            await console.Out.WriteLineAsync(TerminalText.Escape(line)).ConfigureAwait(false);
        }
    }
}
