using System.CommandLine;
using NegotiationModel.Cli.Commands;

namespace NegotiationModel.Cli;

/// <summary>The <c>negotiation</c> tool's entry point: builds the commands and runs one.</summary>
internal static class NegotiationCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var (stdout, stderr) = (console.Out, console.Error);
        var root = new RootCommand("Validate, inspect and convert negotiation records (NegotiationModel JSON).")
        {
            ValidateCommand.Create(console),
            FormatCommand.Create(console),
            DiffCommand.Create(console),
            StatsCommand.Create(console),
            TimelineCommand.Create(console),
            PositionsCommand.Create(console),
            RenderCommand.Create(console),
            SchemaCommand.Create(console),
            StoreCommand.Create(console),
            ImportCommand.Create(console),
            ExportCommand.Create(console),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"negotiation: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Run 'negotiation --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The tool promises never to show a stack trace, whatever goes wrong.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"negotiation: internal error: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
    }
}
