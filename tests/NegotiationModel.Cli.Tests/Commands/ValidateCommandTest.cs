namespace NegotiationModel.Cli.Tests.Commands;

public sealed class ValidateCommandTest
{
    [Fact]
    public async Task The_sample_record_is_valid_and_summarised()
    {
        var run = await CliRun.InvokeAsync("validate", CliRun.Sample);

        run.ExitCode.Should().Be(0);
        run.Out.Should().MatchRegex(@"miami-talks-2025-12\.json: valid: "".+"", schema 1\.0, 33 actors, 10 sources, 5 events, 11 statements");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task A_malformed_record_exits_1_with_one_line_naming_the_problem_and_where_it_is()
    {
        var file = CliRun.TempFile("{\n  \"title\": \"x\",\n  \"actors\": [{ \"id\": \"bad id\" }]\n}");

        var run = await CliRun.InvokeAsync("validate", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Be($"{file}:3:22: error NM0001: 'bad id' is not a valid identifier: use 1 to 128 ASCII letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit. (at $.actors[0].id)\n");
    }

    [Fact]
    public async Task Truncated_json_exits_1_without_a_stack_trace()
    {
        var file = CliRun.TempFile("{ \"title\": ");

        var run = await CliRun.InvokeAsync("validate", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().StartWith($"{file}:1:").And.Contain("error NM0001").And.NotContain("   at ");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var run = await CliRun.InvokeAsync("validate", "/no/such/file.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot read '/no/such/file.json'");
    }

    [Fact]
    public async Task Missing_arguments_exit_2_with_a_usage_hint()
    {
        var run = await CliRun.InvokeAsync("validate");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("negotiation --help");
    }

    [Fact]
    public async Task An_unknown_command_exits_2()
    {
        var run = await CliRun.InvokeAsync("frobnicate");

        run.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task A_dash_reads_standard_input()
    {
        var run = await CliRun.InvokeWithInputAsync(File.ReadAllText(CliRun.Sample), "validate", "-");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("<stdin>: valid:");
    }

    [Fact]
    public async Task The_worst_result_over_several_files_decides_the_exit_code()
    {
        var broken = CliRun.TempFile("[]");

        var run = await CliRun.InvokeAsync("validate", CliRun.Sample, broken);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain(": valid:").And.Contain($"{broken}:1:1: error NM0001:");
    }

    [Fact]
    public async Task Help_shows_an_example()
    {
        var run = await CliRun.InvokeAsync("validate", "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Example:").And.Contain("negotiation validate docs/samples/miami-talks-2025-12.json");
    }
}
