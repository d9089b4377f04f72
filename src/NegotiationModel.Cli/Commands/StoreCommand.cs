using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using NegotiationModel.Serialization;
using NegotiationModel.Storage;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Cli.Commands;

/// <summary>
/// <c>negotiation store init|commit|log|show|query|history|diff</c>: records in a SQLite file or a PostgreSQL database,
/// every commit kept (docs/storage.md).
/// </summary>
internal static class StoreCommand
{
    private const string DefaultRecord = "main";

    public static Command Create(CliConsole console)
    {
        var command = new Command("store", $"Keep records in a store, every commit kept: a SQLite file or a PostgreSQL database (--db, or {StoreDatabase.Variable}). See docs/storage.md.\n\nExamples:\n  negotiation store init --db talks.db\n  negotiation store commit miami.json --db talks.db\n  negotiation store show --db talks.db --as-known-at 2025-12-29T00:00Z -o known.json\n  negotiation store query --db talks.db --kind statement --from 2025-12-20T00:00Z --until 2026-01-01T00:00Z --actor ru");
        command.Subcommands.Add(Init(console));
        command.Subcommands.Add(Commit(console));
        command.Subcommands.Add(Log(console));
        command.Subcommands.Add(Show(console));
        command.Subcommands.Add(Query(console));
        command.Subcommands.Add(History(console));
        command.Subcommands.Add(Diff(console));
        return command;
    }

    private static Option<string?> Db() => new("--db") { Description = $"The store: a SQLite file, or a PostgreSQL connection string (Host=...;Database=...); default: ${StoreDatabase.Variable}." };

    private static Option<string> Record() => new("--record") { Description = $"The record's name in the store (default: {DefaultRecord}).", DefaultValueFactory = _ => DefaultRecord };

    private static Option<string?> InstantOption(string name, string description) => new(name) { Description = $"{description} (2025-12-29T00:00:00Z, or with an offset)." };

    private static Command Init(CliConsole console)
    {
        var db = Db();
        var command = new Command("init", "Create the store, or migrate it to this version's schema; a store already current is left as it is.") { db };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(db), initialise: true, async store =>
        {
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"store ready (schema version {store.SchemaVersion})")).ConfigureAwait(false);
            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static Command Commit(CliConsole console)
    {
        var db = Db();
        var record = Record();
        var file = new Argument<string>("FILE") { Description = "The record file to commit as the record's next version ('-' for standard input)." };
        var expect = new Option<long?>("--expect") { Description = "The version the file is based on; the commit is refused when the store holds another (default: the current version)." };
        var author = new Option<string?>("--author") { Description = "Who commits (default: the user's name)." };
        var message = new Option<string>("--message", "-m") { Description = "Why.", DefaultValueFactory = _ => string.Empty };
        var command = new Command("commit", "Commit a record file as the record's next version; prints the version.") { file, db, record, expect, author, message };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(db), initialise: false, async store =>
        {
            var (loaded, exitCode) = await InputFiles.LoadRecordAsync(console, parse.GetValue(file)!, token).ConfigureAwait(false);
            if (loaded is null)
            {
                return exitCode;
            }

            var name = parse.GetValue(record)!;
            var expected = parse.GetValue(expect) ?? await store.VersionAsync(name, token).ConfigureAwait(false);
            var info = new CommitInfo(parse.GetValue(author) is { Length: > 0 } a ? a : Environment.UserName, "negotiation-cli", parse.GetValue(message)!);
            var result = await store.CommitAsync(name, loaded, expected, info, token).ConfigureAwait(false);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"committed version {result.Version} at {InstantPattern.ExtendedIso.Format(result.RecordedAt)} ({result.EntitiesWritten} entities written)")).ConfigureAwait(false);
            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static Command Log(CliConsole console)
    {
        var db = Db();
        var record = Record();
        var command = new Command("log", "List the record's commits: version, recorded time, author, application, entities written, message.") { db, record };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(db), initialise: false, async store =>
        {
            foreach (var entry in await store.LogAsync(parse.GetValue(record)!, token).ConfigureAwait(false))
            {
                // Fields apart by tabs; each field escaped, so a tab or line end in a message cannot forge a field or a line.
                await console.Out.WriteLineAsync(string.Join('\t',
                    entry.Version.ToString(CultureInfo.InvariantCulture),
                    InstantPattern.ExtendedIso.Format(entry.RecordedAt),
                    TerminalText.Escape(entry.Info.Author),
                    TerminalText.Escape(entry.Info.Application),
                    entry.EntitiesWritten.ToString(CultureInfo.InvariantCulture),
                    TerminalText.Escape(entry.Info.Message))).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var db = Db();
        var record = Record();
        var version = new Option<long?>("--version") { Description = "The version to show (default: the current one, or the one --as-recorded-at selects)." };
        var recordedAt = InstantOption("--as-recorded-at", "Show the record as the store stood at this instant");
        var knownAt = InstantOption("--as-known-at", "Show only what was known at this instant");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("show", "Write the record as canonical JSON: the current version, a version, as recorded at, as known at.") { db, record, version, recordedAt, knownAt, output };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(db), initialise: false, async store =>
        {
            if (!await TryInstantsAsync(console, parse, [recordedAt, knownAt]).ConfigureAwait(false))
            {
                return ExitCodes.UsageOrIo;
            }

            var view = new StoreView { Version = parse.GetValue(version), AsRecordedAt = InstantOf(parse, recordedAt), AsKnownAt = InstantOf(parse, knownAt) };
            var name = parse.GetValue(record)!;
            var read = await store.ReadAsync(name, view, token).ConfigureAwait(false);
            if (read is null)
            {
                await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: the store held no record '{name}' then.")).ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            var json = NegotiationJson.Serialize(read) + "\n";
            if (parse.GetValue(output) is { } path)
            {
                return await OutputFile.WriteAsync(console, path, json, token).ConfigureAwait(false);
            }

            await console.Out.WriteAsync(json).ConfigureAwait(false);
            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static Command Query(CliConsole console)
    {
        var db = Db();
        var record = Record();
        var kind = new Option<string?>("--kind") { Description = "Only entities of this kind (statement, event, actor...)." };
        var from = InstantOption("--from", "Only entities whose valid-time window ends after this instant");
        var until = InstantOption("--until", "Only entities whose valid-time window starts before this instant");
        var actor = new Option<string?>("--actor") { Description = "Only entities involving this actor (an actor ID)." };
        var topic = new Option<string?>("--topic") { Description = "Only entities referring to this topic (a topic ID)." };
        var source = new Option<string?>("--source") { Description = "Only entities citing this source (a source ID)." };
        var knownAt = InstantOption("--as-known-at", "Only entities known at this instant");
        var recordedAt = InstantOption("--as-recorded-at", "The entities as the store stood at this instant");
        var command = new Command("query", "Find entities without loading the record; writes them as JSON Lines, one entity per line.") { db, record, kind, from, until, actor, topic, source, knownAt, recordedAt };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(db), initialise: false, async store =>
        {
            EntityKind? entityKind = null;
            if (parse.GetValue(kind) is { } kindText)
            {
                if (!TryKind(kindText, out var parsed))
                {
                    await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: '{kindText}' is not a kind of entity a record holds ({string.Join(", ", NegotiationJsonLines.Kinds)}).")).ConfigureAwait(false);
                    return ExitCodes.UsageOrIo;
                }

                entityKind = parsed;
            }

            var ids = new[] { parse.GetValue(actor), parse.GetValue(topic), parse.GetValue(source) };
            if (ids.FirstOrDefault(id => id is not null && !Identifiers.EntityId.IsValid(id)) is { } badId)
            {
                await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: '{badId}' is not an identifier.")).ConfigureAwait(false);
                return ExitCodes.UsageOrIo;
            }

            if (!await TryInstantsAsync(console, parse, [from, until, knownAt, recordedAt]).ConfigureAwait(false))
            {
                return ExitCodes.UsageOrIo;
            }

            var query = new EntityQuery
            {
                Kind = entityKind,
                ValidFrom = InstantOf(parse, from),
                ValidUntil = InstantOf(parse, until),
                Actor = ids[0] is { } a ? new Identifiers.ActorId(a) : null,
                Topic = ids[1] is { } t ? new Identifiers.TopicId(t) : null,
                Source = ids[2] is { } s ? new Identifiers.SourceId(s) : null,
                KnownAt = InstantOf(parse, knownAt),
                AsRecordedAt = InstantOf(parse, recordedAt),
            };
            foreach (var entity in await store.QueryAsync(parse.GetValue(record)!, query, token).ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync(entity.Json).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static Command History(CliConsole console)
    {
        var db = Db();
        var record = Record();
        var entity = new Argument<string>("ENTITY") { Description = "The entity, as KIND:ID (statement:s-12)." };
        var command = new Command("history", "List every stored version of one entity as JSON Lines: {\"version\", \"endedIn\", \"recordedAt\", \"entity\"}.") { entity, db, record };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(db), initialise: false, async store =>
        {
            var text = parse.GetValue(entity)!;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !TryKind(text[..colon], out var kind) || !Identifiers.EntityId.IsValid(text[(colon + 1)..]))
            {
                await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: '{text}' is not KIND:ID (such as statement:s-12).")).ConfigureAwait(false);
                return ExitCodes.UsageOrIo;
            }

            foreach (var version in await store.HistoryAsync(parse.GetValue(record)!, new EntityReference(kind, text[(colon + 1)..]), token).ConfigureAwait(false))
            {
                var ended = version.EndedIn is { } end ? end.ToString(CultureInfo.InvariantCulture) : "null";
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"version\":{version.Version},\"endedIn\":{ended},\"recordedAt\":\"{InstantPattern.ExtendedIso.Format(version.RecordedAt)}\",\"entity\":{version.Json}}}")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }, token));
        return command;
    }

    private static Command Diff(CliConsole console)
    {
        var db = Db();
        var record = Record();
        var from = new Argument<long>("FROM") { Description = "The earlier version." };
        var to = new Argument<long>("TO") { Description = "The later version." };
        var command = new Command("diff", "List the entities added (+), removed (-) and changed (~) between two versions of the record. Exits 0 when they are equal, 1 when they differ.") { from, to, db, record };
        command.SetAction((parse, token) => RunAsync(console, parse.GetValue(db), initialise: false, async store =>
        {
            var changes = await store.DiffAsync(parse.GetValue(record)!, parse.GetValue(from), parse.GetValue(to), token).ConfigureAwait(false);
            foreach (var change in changes)
            {
                await console.Out.WriteLineAsync(TerminalText.Escape(change.ToString())).ConfigureAwait(false);
            }

            return changes.IsEmpty ? ExitCodes.Success : ExitCodes.Failure;
        }, token));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string? db, bool initialise, Func<NegotiationStore, Task<int>> action, CancellationToken cancellationToken)
    {
        await using var store = await StoreDatabase.OpenAsync(console, db, initialise, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return ExitCodes.UsageOrIo;
        }

        try
        {
            return await action(store).ConfigureAwait(false);
        }
        catch (StoreConcurrencyException conflict)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: {conflict.Message}")).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is ArgumentException or StoreSchemaException or StoreReadOnlyException or DbException)
        {
            await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: {exception.Message}")).ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
    }

    private static bool TryKind(string text, out EntityKind kind)
        => Enum.TryParse(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out kind) && NegotiationJsonLines.Kinds.Contains(kind);

    private static Instant? InstantOf(ParseResult parse, Option<string?> option)
        => parse.GetValue(option) is { } text && CommonOptions.TryInstant(text, out var instant) ? instant : null;

    private static async Task<bool> TryInstantsAsync(CliConsole console, ParseResult parse, Option<string?>[] options)
    {
        foreach (var option in options)
        {
            if (parse.GetValue(option) is { } text && !CommonOptions.TryInstant(text, out _))
            {
                await console.Error.WriteLineAsync(TerminalText.Escape($"negotiation: {option.Name} '{text}' is not an instant: use 2025-12-29T00:00:00Z or an offset such as 2025-12-29T09:00+09:00.")).ConfigureAwait(false);
                return false;
            }
        }

        return true;
    }
}
