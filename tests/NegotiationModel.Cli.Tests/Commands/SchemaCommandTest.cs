using System.Text.Json;

namespace NegotiationModel.Cli.Tests.Commands;

public sealed class SchemaCommandTest
{
    [Fact]
    public async Task The_schema_is_the_committed_one()
    {
        var run = await CliRun.InvokeAsync("schema");

        run.ExitCode.Should().Be(0);
        using var printed = JsonDocument.Parse(run.Out);
        printed.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        var committed = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "schema", "negotiation-record-1.0.schema.json");
        run.Out.TrimEnd('\n').Should().Be(File.ReadAllText(committed).TrimEnd('\n'));
    }
}
