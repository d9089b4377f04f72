using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation validate FILE...</c>: every problem of each record, one line each, with where it is.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            HelpName = "FILE...",
            Description = "Record files to check; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "text (one line per diagnostic) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var entity = new Option<string>("--entity") { Description = "The kind of entity each line of a .jsonl file holds.", DefaultValueFactory = _ => "statement" };
        entity.AcceptOnlyFromAmong(JsonLinesFiles.Kinds);
        var command = new Command("validate", "Check records: well-formed JSON, then every integrity, time and domain rule. Prints one line per problem, FILE:LINE:COL: error|warning|info CODE: message (at $['json'][0]['path']), the column counted in UTF-16 code units, then a summary per file. Files ending in .jsonl are JSON Lines streams of one entity kind (--entity), checked line by line. Exits 0 without errors (warnings allowed), 1 with errors, 2 when a file cannot be read.\n\nExample:\n  negotiation validate docs/samples/miami-talks-2025-12.json")
        {
            files,
            format,
            entity,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(console, parseResult.GetValue(files)!, parseResult.GetValue(format) == "json", parseResult.GetValue(entity)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] files, bool json, string entity, CancellationToken cancellationToken)
    {
        var exitCode = ExitCodes.Success;
        var results = new List<FileResult>();
        foreach (var file in files)
        {
            var result = await ValidateFileAsync(console, file, entity, cancellationToken).ConfigureAwait(false);
            exitCode = Math.Max(exitCode, result.ExitCode);
            if (result.ExitCode == ExitCodes.UsageOrIo)
            {
                continue;
            }

            results.Add(result);
            if (!json)
            {
                foreach (var line in result.Lines)
                {
                    var text = TerminalText.Escape(line.Text);
                    await console.Out.WriteLineAsync(console.UseColour ? Colour(line.Severity, line.Code, text) : text).ConfigureAwait(false);
                }

                await console.Out.WriteLineAsync(result.Summary).ConfigureAwait(false);
            }
        }

        if (json)
        {
            await console.Out.WriteAsync(Json(results)).ConfigureAwait(false);
        }

        return exitCode;
    }

    private static async Task<FileResult> ValidateFileAsync(CliConsole console, string file, string entity, CancellationToken cancellationToken)
    {
        var name = InputFiles.DisplayName(file);
        if (JsonLinesFiles.IsJsonLines(file))
        {
            if (await JsonLinesFiles.CheckAsync(console, file, entity, cancellationToken).ConfigureAwait(false) is not { } stream)
            {
                return new FileResult(name, [], string.Empty, ExitCodes.UsageOrIo);
            }

            var streamLines = stream.Problems.Select(p => new DiagnosticLine(p.Text, "error", "NM0001", p.Problem, p.Path.ToString(), p.Line, p.Column)).ToList();
            var errors = stream.Problems.Count + stream.Unlisted;
            var streamVerdict = errors == 0 ? "valid" : "invalid";
            return new FileResult(name, streamLines, string.Create(CultureInfo.InvariantCulture, $"{name}: {streamVerdict} ({Count(errors, "error")}): {Count(stream.Entities, entity)} read"), errors == 0 ? ExitCodes.Success : ExitCodes.Failure);
        }

        var bytes = await InputFiles.ReadAsync(console, file, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return new FileResult(name, [], string.Empty, ExitCodes.UsageOrIo);
        }

        NegotiationRecord record;
        try
        {
            record = NegotiationJson.Deserialize(bytes);
        }
        catch (NegotiationJsonException exception)
        {
            var (lineNumber, column) = InputFiles.Position(exception, bytes);
            var line = new DiagnosticLine(InputFiles.FormatReadError(file, exception, bytes), "error", "NM0001", exception.Problem, (exception.Path ?? JsonPath.Root).ToString(), lineNumber, column);
            return new FileResult(name, [line], $"{name}: not a readable record: 1 error", ExitCodes.Failure);
        }

        var report = RecordValidator.Default.Validate(record);
        var positions = report.Diagnostics.IsEmpty ? null : new JsonPositions(bytes, report.Diagnostics.Select(d => d.Path));
        var lines = report.Diagnostics.Select(diagnostic =>
        {
            var (lineNumber, column) = positions!.Find(diagnostic.Path);
            var severity = SeverityName(diagnostic.Severity);
            var path = diagnostic.Path.ToString();
            var text = string.Create(CultureInfo.InvariantCulture, $"{name}:{lineNumber}:{column}: {severity} {diagnostic.Code}: {diagnostic.Message} (at {ShortPath(path)})");
            return new DiagnosticLine(text, severity, diagnostic.Code, diagnostic.Message, path, lineNumber, column);
        }).ToList();
        var verdict = report.HasErrors ? "invalid" : "valid";
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: {verdict} ({Count(report.ErrorCount, "error")}, {Count(report.WarningCount, "warning")}, {Count(report.InfoCount, "info")}): \"{OneLine(record.Title)}\", schema {record.SchemaVersion}, {Count(record.Actors.Count, "actor")}, {Count(record.Sources.Count, "source")}, {Count(record.Events.Count, "event")}, {Count(record.Statements.Count, "statement")}, {Count(record.Proposals.Count, "proposal")}");
        return new FileResult(name, lines, summary, report.HasErrors ? ExitCodes.Failure : ExitCodes.Success);
    }

    // On a terminal (and without NO_COLOR) the severity stands out: red errors, yellow warnings, cyan infos.
    private static string Colour(string severity, string diagnosticCode, string text)
    {
        var code = severity switch
        {
            "error" => "31",
            "warning" => "33",
            _ => "36",
        };
        var marker = $" {severity} {diagnosticCode}:";
        return text.Replace(marker, $" \u001b[1;{code}m{severity}\u001b[0m {diagnosticCode}:", StringComparison.Ordinal);
    }

    /// <summary>
    /// Keeps the summary on one short line whatever the title holds: control characters are escaped and a
    /// title longer than 200 characters is cut with an ellipsis (a 50 MB title would otherwise be echoed
    /// whole). See docs/robustness.md.
    /// </summary>
    // A path quotes member names whole, and a member may be named with megabytes: the text line shows the
    // path's start and end; --format json gives it whole.
    private static string ShortPath(string path)
    {
        const int MaxLength = 300;
        return path.Length <= MaxLength ? path : string.Create(CultureInfo.InvariantCulture, $"{path[..200]}…{path[^80..]} ({path.Length} characters)");
    }

    private static string OneLine(string text)
    {
        const int MaxLength = 200;
        return text.Length > MaxLength ? TerminalText.Escape(text[..MaxLength]) + "…" : TerminalText.Escape(text);
    }

    private static string Count(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Json(List<FileResult> results)
        => CliJson.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("file", result.File);
                writer.WriteBoolean("valid", result.ExitCode == ExitCodes.Success);
                writer.WriteStartArray("diagnostics");
                foreach (var line in result.Lines)
                {
                    writer.WriteStartObject();
                    writer.WriteString("severity", line.Severity);
                    writer.WriteString("code", line.Code);
                    writer.WriteString("message", line.Message);
                    writer.WriteString("path", line.Path);
                    writer.WriteNumber("line", line.Line);
                    writer.WriteNumber("column", line.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    private sealed record DiagnosticLine(string Text, string Severity, string Code, string Message, string Path, long Line, long Column);

    private sealed record FileResult(string File, List<DiagnosticLine> Lines, string Summary, int ExitCode);
}
