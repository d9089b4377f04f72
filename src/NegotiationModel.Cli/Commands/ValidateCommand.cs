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
        var displayName = file == "-" ? "<stdin>" : file;
        byte[] bytes;
        try
        {
            bytes = file == "-"
                ? System.Text.Encoding.UTF8.GetBytes(await console.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false))
                : await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await console.Error.WriteLineAsync($"negotiation: cannot read '{displayName}': {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        try
        {
            var record = NegotiationJson.Deserialize(bytes);
            await console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{displayName}: valid: \"{record.Title}\", schema {record.SchemaVersion}, {record.Actors.Count} actors, {record.Statements.Count} statements")).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (NegotiationJsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            var path = exception.Path is null ? string.Empty : $" (at {exception.Path})";
            await console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{displayName}:{line}:{column}: error NM0001: {exception.Problem}{path}")).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
