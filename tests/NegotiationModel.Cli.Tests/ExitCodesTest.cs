namespace NegotiationModel.Cli.Tests;

/// <summary>Every command that reads a record agrees on exit codes: 2 for a file it cannot read, 1 for a file that is not a record.</summary>
public sealed class ExitCodesTest
{
    public static TheoryData<string[]> CommandsReadingARecord() => new(
        new[] { "validate" },
        new[] { "format" },
        new[] { "stats" },
        new[] { "timeline" },
        new[] { "positions", "--actor", "russia" },
        new[] { "render", "--format", "svg" });

    [Theory]
    [MemberData(nameof(CommandsReadingARecord))]
    public async Task A_missing_file_exits_2(string[] command)
    {
        var run = await CliRun.InvokeAsync([.. command.Take(1), "/no/such/file.json", .. command.Skip(1)]);

        run.ExitCode.Should().Be(2);
        (run.Out + run.Error).Should().Contain("cannot read '/no/such/file.json'").And.NotContain("   at ");
    }

    [Theory]
    [MemberData(nameof(CommandsReadingARecord))]
    public async Task A_file_that_is_not_a_record_exits_1_with_its_location(string[] command)
    {
        var file = CliRun.TempFile("{\"schemaVersion\": \"1.0\", \"title\": 42}");

        var run = await CliRun.InvokeAsync([.. command.Take(1), file, .. command.Skip(1)]);

        run.ExitCode.Should().Be(1);
        (run.Out + run.Error).Should().Contain($"{file}:1:").And.Contain("error NM0001").And.Contain("(at $['title'])");
    }

    [Fact]
    public async Task Diff_exits_1_when_either_side_is_not_a_record()
    {
        var file = CliRun.TempFile("[]");

        (await CliRun.InvokeAsync("diff", file, CliRun.Sample)).ExitCode.Should().Be(1);
    }

    [Fact]
    public async Task Output_is_never_coloured_when_not_on_a_terminal()
    {
        var run = await CliRun.InvokeAsync("validate", CliRun.TempFile("{\"schemaVersion\":\"1.0\",\"title\":\"x\",\"statements\":[{\"id\":\"s\",\"speakers\":[\"ghost\"],\"text\":[{\"text\":\"t\",\"language\":\"en\"}]}]}"));

        run.Out.Should().Contain("error NM1002").And.NotContain("\u001b[");
    }

    [Fact]
    public async Task On_a_terminal_severities_are_coloured()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new MemoryStream();
        var file = CliRun.TempFile("{\"schemaVersion\":\"1.0\",\"title\":\"x\",\"statements\":[{\"id\":\"s\",\"speakers\":[\"ghost\"],\"text\":[{\"text\":\"t\",\"language\":\"en\"}]}]}");

        await NegotiationCli.RunAsync(["validate", file], new CliConsole(input, output, error, UseColour: true));

        output.ToString().Should().Contain("\u001b[1;31merror\u001b[0m NM1002:");
    }
}
