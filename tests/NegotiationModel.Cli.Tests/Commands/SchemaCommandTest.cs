using System.Text.Json;

namespace NegotiationModel.Cli.Tests.Commands;

public sealed class SchemaCommandTest
{
    [Fact]
    public async Task The_schema_is_the_committed_one_of_the_current_version()
    {
        var run = await CliRun.InvokeAsync("schema");

        run.ExitCode.Should().Be(0);
        using var printed = JsonDocument.Parse(run.Out);
        printed.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        run.Out.TrimEnd('\n').Should().Be(Committed(SchemaVersion.Current.ToString()));
    }

    [Fact]
    public async Task The_schema_of_an_earlier_version_is_its_committed_one()
    {
        var run = await CliRun.InvokeAsync("schema", "--version", "1.0");

        run.ExitCode.Should().Be(0);
        run.Out.TrimEnd('\n').Should().Be(Committed("1.0"));
        (await CliRun.InvokeAsync("schema", "--version", SchemaVersion.Current.ToString())).Out.Should().Be((await CliRun.InvokeAsync("schema")).Out);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.99")]
    [InlineData("one")]
    public async Task A_version_the_tool_has_no_schema_of_is_a_usage_error_naming_the_versions(string version)
    {
        var run = await CliRun.InvokeAsync("schema", "--version", version);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain(version).And.Contain("1.0").And.Contain(SchemaVersion.Current.ToString()).And.NotContain("   at ");
    }

    private static string Committed(string version)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "schema", $"negotiation-record-{version}.schema.json")).TrimEnd('\n');
}
