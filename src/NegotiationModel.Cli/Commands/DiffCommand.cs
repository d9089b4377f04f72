using System.CommandLine;
using NegotiationModel.Comparison;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation diff OLD NEW</c>: what changed between two versions of a record, entity by entity.</summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("OLD") { Description = "The older record." };
        var after = new Argument<string>("NEW") { Description = "The newer record." };
        var command = new Command("diff", "List the entities added (+), removed (-) and changed (~) between two records, with the members that changed. Exits 0 when they are equal, 1 when they differ.\n\nExample:\n  negotiation diff yesterday.json today.json")
        {
            before,
            after,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(before)!, parseResult.GetValue(after)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string beforePath, string afterPath, CancellationToken cancellationToken)
    {
        var (before, beforeExit) = await InputFiles.LoadRecordAsync(console, beforePath, cancellationToken).ConfigureAwait(false);
        var (after, afterExit) = await InputFiles.LoadRecordAsync(console, afterPath, cancellationToken).ConfigureAwait(false);
        if (before is null || after is null)
        {
            // A file that cannot be read is a usage problem (2); an unreadable record is an error in the input (1).
            return Math.Max(beforeExit, afterExit) == ExitCodes.UsageOrIo ? ExitCodes.UsageOrIo : ExitCodes.Failure;
        }

        var changes = RecordDiff.Compare(before, after);
        foreach (var change in changes)
        {
            await console.Out.WriteLineAsync(TerminalText.Escape(change.ToString())).ConfigureAwait(false);
        }

        return changes.IsEmpty ? ExitCodes.Success : ExitCodes.Failure;
    }
}
