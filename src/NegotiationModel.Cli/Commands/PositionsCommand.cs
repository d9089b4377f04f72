using System.CommandLine;
using System.Text;
using NegotiationModel.Identifiers;
using NegotiationModel.Time;
using NegotiationModel.Timelines;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation positions FILE --actor ID [--subject KIND:ID]</c>: an actor's stances over time and where they shifted.</summary>
internal static class PositionsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The record; '-' reads standard input." };
        var actor = new Option<string>("--actor") { Description = "The actor whose positions to show (an actor ID).", Required = true };
        var subject = new Option<string?>("--subject") { Description = "Only positions on this subject, written KIND:ID (proposal:roadmap) or a bare ID." };
        var zone = CommonOptions.Zone();
        var command = new Command("positions", "Show an actor's stance history on each subject, in time order, and the points where it shifted.\n\nExample:\n  negotiation positions docs/samples/miami-talks-2025-12.json --actor russia")
        {
            file, actor, subject, zone,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(file)!, parseResult.GetValue(actor)!, parseResult.GetValue(subject), parseResult.GetValue(zone)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string file, string actorText, string? subjectText, string zoneText, CancellationToken cancellationToken)
    {
        if (!EntityId.IsValid(actorText))
        {
            await console.Error.WriteLineAsync($"negotiation: '{actorText}' is not an actor ID.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        if (!CommonOptions.TryZone(zoneText, out var zone, out var zoneProblem))
        {
            await console.Error.WriteLineAsync($"negotiation: {zoneProblem}").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var (record, exitCode) = await InputFiles.LoadRecordAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        var actor = new ActorId(actorText);
        var problem = RecordFilters.UnknownActor(record, file, actor) ?? (subjectText is null ? null : RecordFilters.UnknownSubject(record, file, subjectText));
        if (problem is not null)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: {problem}")).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }

        var histories = record.PositionHistories(actor).Where(h => subjectText is null || RecordFilters.Matches(h.Subject, subjectText)).ToList();
        var text = new StringBuilder();
        var name = record.Find(actor)!.PreferredName("en").Text;
        if (histories.Count == 0)
        {
            text.AppendLine(TerminalText.Escape($"{name}: no positions recorded"));
        }

        foreach (var history in histories)
        {
            text.AppendLine(TerminalText.Escape($"{name} on {history.Subject}:"));
            foreach (var dated in history.Positions)
            {
                var line = new StringBuilder("  ").Append(WhenFormatter.FormatWindow(dated.Window, zone)).Append("  ").Append(dated.Stance.ToString().ToLowerInvariant());
                if (!dated.Position.Conditions.IsEmpty)
                {
                    line.Append(" (if ").Append(string.Join("; ", dated.Position.Conditions.Select(c => c.Text))).Append(')');
                }

                if (!dated.Position.Evidence.IsEmpty)
                {
                    line.Append("  evidence: ").Append(string.Join(", ", dated.Position.Evidence));
                }

                text.AppendLine(TerminalText.Escape(line.ToString()));
            }

            foreach (var shift in history.Shifts)
            {
                text.AppendLine(TerminalText.Escape($"  shift: {shift}"));
            }
        }

        await console.Out.WriteAsync(text.ToString()).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
