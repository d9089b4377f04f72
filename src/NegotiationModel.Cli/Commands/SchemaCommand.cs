using System.CommandLine;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Commands;

/// <summary><c>negotiation schema</c>: prints the published JSON Schema of the record format.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the record format, for validators in any language.\n\nExample:\n  negotiation schema > negotiation-record.schema.json");
        command.SetAction((_, _) => RunAsync(console));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console)
    {
        var schema = NegotiationJsonSchema.Generate();
        await console.Out.WriteAsync(schema.EndsWith('\n') ? schema : schema + "\n").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
