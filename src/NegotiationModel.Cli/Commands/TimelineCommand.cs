using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NegotiationModel.Identifiers;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation timeline FILE</c>: the record's events, statements, status changes… in chronological order.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "The record; '-' reads standard input." };
        var zone = CommonOptions.Zone();
        var from = new Option<string?>("--from") { Description = "Only entries that may lie at or after this time (a When, such as 2025-12-28[America/New_York])." };
        var to = new Option<string?>("--to") { Description = "Only entries that may lie before the end of this time (a When)." };
        var actor = new Option<string?>("--actor") { Description = "Only entries involving this actor (an actor ID)." };
        var kind = new Option<TimelineEntryKind?>("--kind") { Description = $"Only entries of this kind, in any case: {string.Join(", ", Enum.GetValues<TimelineEntryKind>().Select(KindName))}." };
        var knownAt = new Option<string?>("--known-at") { Description = "Show the record as it was known at this instant, such as 2025-12-29T10:00+09:00." };
        var format = new Option<string>("--format") { Description = "text, json or mermaid.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "mermaid");
        kind.CustomParser = result => ParseKind(result.Tokens[0].Value, result);
        var command = new Command("timeline", "List the record in chronological order with the precision of each time shown: events, statements, status changes, milestones, positions, publications and revisions.\n\nExample:\n  negotiation timeline docs/samples/miami-talks-2025-12.json --zone Asia/Tokyo --from 2025-12-28[America/New_York]")
        {
            file, zone, from, to, actor, kind, knownAt, format,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            console,
            new TimelineRequest(parseResult.GetValue(file)!, parseResult.GetValue(zone)!, parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(actor), parseResult.GetValue(kind), parseResult.GetValue(knownAt)),
            parseResult.GetValue(format)!,
            cancellationToken));
        return command;
    }

    /// <summary>Loads the record and builds the query the options describe; problems become messages and exit codes.</summary>
    public static async Task<(NegotiationRecord? Record, ValueList<TimelineEntry> Entries, DateTimeZone Zone, int ExitCode)> QueryAsync(CliConsole console, TimelineRequest request, CancellationToken cancellationToken)
    {
        if (!CommonOptions.TryZone(request.Zone, out var zone, out var zoneProblem))
        {
            return await UsageAsync(console, zoneProblem).ConfigureAwait(false);
        }

        Instant? knownAt = null;
        if (request.KnownAt is { } knownText)
        {
            if (!CommonOptions.TryInstant(knownText, out var instant))
            {
                return await UsageAsync(console, $"'{knownText}' is not an instant; write it as 2025-12-29T01:00:00Z or 2025-12-29T10:00+09:00.").ConfigureAwait(false);
            }

            knownAt = instant;
        }

        When? fromWhen = null;
        if (request.From is { } fromText && !CommonOptions.TryWhen(fromText, out fromWhen, out var fromProblem))
        {
            return await UsageAsync(console, $"--from: {fromProblem}").ConfigureAwait(false);
        }

        When? toWhen = null;
        if (request.To is { } toText && !CommonOptions.TryWhen(toText, out toWhen, out var toProblem))
        {
            return await UsageAsync(console, $"--to: {toProblem}").ConfigureAwait(false);
        }

        ActorId? actor = null;
        if (request.Actor is { } actorText)
        {
            if (!EntityId.IsValid(actorText))
            {
                return await UsageAsync(console, $"'{actorText}' is not an actor ID.").ConfigureAwait(false);
            }

            actor = new ActorId(actorText);
        }

        var (record, exitCode) = await InputFiles.LoadRecordAsync(console, request.File, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return (null, default, zone, exitCode);
        }

        if (actor is { } wanted && RecordFilters.UnknownActor(record, request.File, wanted) is { } unknownActor)
        {
            return await UsageAsync(console, unknownActor).ConfigureAwait(false);
        }

        if (knownAt is { } at)
        {
            record = record.AsKnownAt(at);
        }

        var context = record.TimeContext();
        var timeline = Timeline.Build(record, context);
        var range = new TimeWindow(fromWhen?.Resolve(context).Earliest, toWhen?.Resolve(context).Latest);
        var entries = timeline.Query(range, actor, kind: request.Kind);
        return (record, entries, zone, ExitCodes.Success);
    }

    private static async Task<int> RunAsync(CliConsole console, TimelineRequest request, string format, CancellationToken cancellationToken)
    {
        var (record, entries, zone, exitCode) = await QueryAsync(console, request, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return exitCode;
        }

        var output = format switch
        {
            "json" => Json(entries),
            "mermaid" => Rendering.TimelineMermaid.Render(Rendering.RenderItems.From(entries, record, byKind: false, zone), zone, record.Title),
            _ => Text(entries, zone),
        };
        await console.Out.WriteAsync(output).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string Text(ValueList<TimelineEntry> entries, DateTimeZone zone)
    {
        var lines = new System.Text.StringBuilder();
        foreach (var entry in entries)
        {
            lines.AppendLine(TerminalText.Escape($"{entry.FormatWhen(zone)}  [{KindName(entry.Kind)}] {entry.Label}"));
        }

        return lines.ToString();
    }

    private static string Json(ValueList<TimelineEntry> entries)
        => CliJson.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                writer.WriteString("id", entry.Id);
                writer.WriteString("kind", KindName(entry.Kind));
                writer.WriteString("label", entry.Label);
                WriteInstant(writer, "earliest", entry.Window.Earliest);
                WriteInstant(writer, "latest", entry.Window.Latest);
                writer.WriteString("when", entry.When.ToString());
                writer.WriteString("subject", entry.Subject.ToString());
                writer.WriteStartArray("actors");
                foreach (var actor in entry.Actors)
                {
                    writer.WriteStringValue(actor.Value);
                }

                writer.WriteEndArray();
                WriteInstant(writer, "knownFrom", entry.KnownFrom);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    private static void WriteInstant(Utf8JsonWriter writer, string name, Instant? instant)
    {
        if (instant is { } value)
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static string KindName(TimelineEntryKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>
    /// Reads a kind as the help writes it (<c>status-change</c>) or as the library names it (<c>StatusChange</c>), in any case:
    /// <c>STATUS-CHANGE</c> and <c>statuschange</c> are the same kind. Numbers are not kinds.
    /// </summary>
    public static TimelineEntryKind? ParseKind(string text)
    {
        foreach (var kind in Enum.GetValues<TimelineEntryKind>())
        {
            if (string.Equals(KindName(kind), text, StringComparison.OrdinalIgnoreCase) || string.Equals(kind.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static TimelineEntryKind? ParseKind(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (ParseKind(text) is { } kind)
        {
            return kind;
        }

        result.AddError($"'{text}' is not an entry kind; use one of: {string.Join(", ", Enum.GetValues<TimelineEntryKind>().Select(KindName))}.");
        return null;
    }

    private static async Task<(NegotiationRecord?, ValueList<TimelineEntry>, DateTimeZone, int)> UsageAsync(CliConsole console, string problem)
    {
        await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: {problem}")).ConfigureAwait(false);
        return (null, default, DateTimeZone.Utc, ExitCodes.UsageOrIo);
    }
}

/// <summary>What the timeline and render commands are asked to show.</summary>
internal sealed record TimelineRequest(string File, string Zone, string? From, string? To, string? Actor, TimelineEntryKind? Kind, string? KnownAt);
