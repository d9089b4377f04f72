using System.CommandLine;
using System.Globalization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation validate FILE...</c>: checks that each file holds a well-formed record.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Record files to check; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check that each file holds a well-formed negotiation record, and summarise it.\n\nExample:\n  negotiation validate docs/samples/miami-talks-2025-12.json")
        {
            files,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(files)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] files, CancellationToken cancellationToken)
    {
        var exitCode = ExitCodes.Success;
        foreach (var file in files)
        {
            var result = await ValidateFileAsync(console, file, cancellationToken).ConfigureAwait(false);
            exitCode = Math.Max(exitCode, result);
        }

        return exitCode;
    }

    private static async Task<int> ValidateFileAsync(CliConsole console, string file, CancellationToken cancellationToken)
    {
        var bytes = await InputFiles.ReadAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return ExitCodes.UsageOrIo;
        }

        try
        {
            var record = NegotiationJson.Deserialize(bytes);
            await console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{InputFiles.DisplayName(file)}: valid: \"{record.Title}\", schema {record.SchemaVersion}, {record.Actors.Count} actors, {record.Sources.Count} sources, {record.Events.Count} events, {record.Statements.Count} statements")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (NegotiationJsonException exception)
        {
            await console.Out.WriteLineAsync(InputFiles.FormatReadError(file, exception)).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
