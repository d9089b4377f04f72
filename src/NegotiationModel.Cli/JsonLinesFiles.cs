using System.Globalization;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Cli;

/// <summary>Checks JSON Lines streams of one entity kind, line by line, reporting every bad line (not only the first).</summary>
internal static class JsonLinesFiles
{
    public static readonly string[] Kinds =
    [
        "statement", "event", "actor", "source", "working-group", "proposal", "provision", "guarantee",
        "territory", "claim", "control-observation", "line", "position", "assessment", "topic",
    ];

    public static bool IsJsonLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every line as an entity of <paramref name="kind"/>; returns the problems as diagnostic lines and the number of entities read.</summary>
    public static (List<LineProblem> Problems, int Entities) Check(string displayName, byte[] bytes, string kind)
    {
        var problems = new List<LineProblem>();
        var entities = 0;
        var lineNumber = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            end = end < 0 ? bytes.Length : end;
            lineNumber++;
            var line = bytes.AsMemory(start, end - start);
            start = end + 1;
            if (line.Span.Trim((byte)'\r').Trim((byte)' ').IsEmpty)
            {
                continue;
            }

            try
            {
                using var stream = new MemoryStream(line.ToArray());
                entities += Read(stream, kind).Count();
            }
            catch (NegotiationJsonException exception)
            {
                var column = (exception.BytePositionInLine ?? 0) + 1;
                var path = exception.Path ?? "$";
                var text = string.Create(CultureInfo.InvariantCulture, $"{displayName}:{lineNumber}:{column}: error NM0001: {exception.Problem} (at {path})");
                problems.Add(new LineProblem(text, lineNumber, column, exception.Problem, path));
            }
        }

        return (problems, entities);
    }

    /// <summary>One bad line: the printed text and its parts.</summary>
    public sealed record LineProblem(string Text, long Line, long Column, string Problem, string Path);

    private static IEnumerable<IRecordEntity> Read(Stream stream, string kind) => kind switch
    {
        "event" => NegotiationJsonLines.Read<NegotiationEvent>(stream),
        "actor" => NegotiationJsonLines.Read<Actors.Actor>(stream),
        "source" => NegotiationJsonLines.Read<Source>(stream),
        "working-group" => NegotiationJsonLines.Read<WorkingGroup>(stream),
        "proposal" => NegotiationJsonLines.Read<Proposal>(stream),
        "provision" => NegotiationJsonLines.Read<Provision>(stream),
        "guarantee" => NegotiationJsonLines.Read<Guarantee>(stream),
        "territory" => NegotiationJsonLines.Read<Territory>(stream),
        "claim" => NegotiationJsonLines.Read<TerritorialClaim>(stream),
        "control-observation" => NegotiationJsonLines.Read<ControlObservation>(stream),
        "line" => NegotiationJsonLines.Read<NamedLine>(stream),
        "position" => NegotiationJsonLines.Read<Position>(stream),
        "assessment" => NegotiationJsonLines.Read<Assessment>(stream),
        "topic" => NegotiationJsonLines.Read<Topic>(stream),
        _ => NegotiationJsonLines.Read<Statement>(stream),
    };
}
