using System.CommandLine;
using System.Globalization;
using NegotiationModel.Comparison;
using NegotiationModel.Identifiers;

namespace NegotiationModel.Cli.Commands;

/// <summary>
/// <c>negotiation diff OLD NEW</c>: what changed between two versions of a record, entity by entity; and
/// <c>negotiation diff FILE --proposal ID [--from N] [--to N]</c>: how each provision changed between two versions of a proposal.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("OLD") { Description = "The older record (with --proposal, the record)." };
        var after = new Argument<string?>("NEW") { Description = "The newer record (not with --proposal).", Arity = ArgumentArity.ZeroOrOne };
        var proposal = new Option<string?>("--proposal") { Description = "Compare two versions of this proposal (a proposal ID) provision by provision, in one record." };
        var from = new Option<int?>("--from") { Description = "With --proposal: the earlier version's number (default: the version before --to)." };
        var to = new Option<int?>("--to") { Description = "With --proposal: the later version's number (default: the latest)." };
        var command = new Command("diff", "List the entities added (+), removed (-) and changed (~) between two records, with the members that changed; or, with --proposal, every provision of two versions of a proposal, also those unchanged (=). Exits 0 when they are equal, 1 when they differ.\n\nExamples:\n  negotiation diff yesterday.json today.json\n  negotiation diff minsk.json --proposal package-of-measures --from 1 --to 2")
        {
            before,
            after,
            proposal,
            from,
            to,
        };
        command.SetAction((parseResult, cancellationToken) => parseResult.GetValue(proposal) is { } proposalId
            ? RunVersionsAsync(console, parseResult.GetValue(before)!, parseResult.GetValue(after), proposalId, parseResult.GetValue(from), parseResult.GetValue(to), cancellationToken)
            : RunAsync(console, parseResult.GetValue(before)!, parseResult.GetValue(after), parseResult.GetValue(from), parseResult.GetValue(to), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string beforePath, string? afterPath, int? from, int? to, CancellationToken cancellationToken)
    {
        if (afterPath is null || from is not null || to is not null)
        {
            await console.Error.WriteLineAsync(from is not null || to is not null
                ? "negotiation: --from and --to compare versions of a proposal: give --proposal ID too."
                : "negotiation: diff needs two records, OLD and NEW (or one record with --proposal ID).").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var (before, beforeExit) = await InputFiles.LoadRecordAsync(console, beforePath, cancellationToken).ConfigureAwait(false);
        var (after, afterExit) = await InputFiles.LoadRecordAsync(console, afterPath, cancellationToken).ConfigureAwait(false);
        if (before is null || after is null)
        {
            // A file that cannot be read is a usage problem (2); an unreadable record is an error in the input (1).
            return Math.Max(beforeExit, afterExit) == ExitCodes.UsageOrIo ? ExitCodes.UsageOrIo : ExitCodes.Failure;
        }

        return await WriteAsync(console, RecordDiff.Compare(before, after)).ConfigureAwait(false);
    }

    private static async Task<int> RunVersionsAsync(CliConsole console, string file, string? extra, string proposalText, int? from, int? to, CancellationToken cancellationToken)
    {
        if (extra is not null || !EntityId.IsValid(proposalText))
        {
            await console.Error.WriteLineAsync(TerminalText.Escape(extra is not null
                ? "negotiation: diff --proposal compares two versions of a proposal in one record: give one file."
                : $"negotiation: '{proposalText}' is not a proposal ID.")).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var (record, exitCode) = await InputFiles.LoadRecordAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        var problem = Versions(record, file, new ProposalId(proposalText), from, to, out var proposal, out var fromNumber, out var toNumber);
        if (problem is not null)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: {problem}")).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var changes = ProposalVersionComparison.Compare(proposal!, fromNumber, toNumber);
        await WriteAsync(console, changes).ConfigureAwait(false);
        return changes.All(change => change.Kind == ChangeKind.Unchanged) ? ExitCodes.Success : ExitCodes.Failure;
    }

    // The versions to compare: those given, or by default the latest and the one before it.
    private static string? Versions(NegotiationRecord record, string file, ProposalId id, int? from, int? to, out Proposals.Proposal? proposal, out int fromNumber, out int toNumber)
    {
        proposal = record.Find(id);
        fromNumber = toNumber = 0;
        if (proposal is null)
        {
            return $"{InputFiles.DisplayName(file)} holds no proposal '{id}'.";
        }

        var numbers = proposal.Versions.Select(v => v.Number).Distinct().Order().ToList();
        if (numbers.Count == 0)
        {
            return $"proposal '{id}' has no versions to compare.";
        }

        var listed = string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
        toNumber = to ?? numbers[^1];
        var target = toNumber;
        fromNumber = from ?? numbers.LastOrDefault(n => n < target);
        foreach (var number in new[] { fromNumber, toNumber })
        {
            if (!numbers.Contains(number))
            {
                return number == 0
                    ? $"proposal '{id}' has no version before version {toNumber} to compare it with (its versions: {listed}); give --from."
                    : $"proposal '{id}' has no version {number.ToString(CultureInfo.InvariantCulture)} (its versions: {listed}).";
            }
        }

        return null;
    }

    private static async Task<int> WriteAsync(CliConsole console, ValueList<EntityChange> changes)
    {
        foreach (var change in changes)
        {
            await console.Out.WriteLineAsync(TerminalText.Escape(change.ToString())).ConfigureAwait(false);
        }

        return changes.IsEmpty ? ExitCodes.Success : ExitCodes.Failure;
    }
}
