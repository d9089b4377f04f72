using System.CommandLine;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation schema [--version MAJOR.MINOR]</c>: prints the published JSON Schema of the record format, of this version or an earlier one.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var versions = string.Join(", ", NegotiationJsonSchema.Versions);
        var version = new Option<string>("--version")
        {
            Description = $"The version of the format whose schema to print: {versions}.",
            DefaultValueFactory = _ => SchemaVersion.Current.ToString(),
        };
        version.AcceptOnlyFromAmong([.. NegotiationJsonSchema.Versions.Select(v => v.ToString())]);
        var command = new Command("schema", $"Print the JSON Schema (draft 2020-12) of the record format, for validators in any language: that of version {SchemaVersion.Current}, which this tool writes, or of an earlier version ({versions}), which leaves out what later versions added.\n\nExamples:\n  negotiation schema > negotiation-record.schema.json\n  negotiation schema --version 1.0 > negotiation-record-1.0.schema.json")
        {
            version,
        };
        command.SetAction((parseResult, _) => RunAsync(console, parseResult.GetValue(version)!));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string version)
    {
        var schema = NegotiationJsonSchema.Generate(SchemaVersion.TryParse(version, out var parsed) ? parsed : SchemaVersion.Current);
        await console.Out.WriteAsync(schema.EndsWith('\n') ? schema : schema + "\n").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
