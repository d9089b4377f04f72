namespace NegotiationModel.Cli.Tests.Commands;

public sealed class ValidateCommandTest
{
    [Fact]
    public async Task The_sample_record_is_valid_and_summarised()
    {
        var run = await CliRun.InvokeAsync("validate", CliRun.Sample);

        run.ExitCode.Should().Be(0);
        run.Out.Should().EndWith($"miami-talks-2025-12.json: valid (0 errors, 0 warnings, 0 infos): \"Trump–Zelensky meeting in Miami and the US–Russia track, December 2025\", schema {SchemaVersion.Current}, 33 actors, 10 sources, 5 events, 11 statements, 2 proposals\n");
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1, "the sample has no diagnostics");
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task A_malformed_record_exits_1_with_one_line_naming_the_problem_and_where_it_is()
    {
        var file = CliRun.TempFile("{\n  \"title\": \"x\",\n  \"actors\": [{ \"id\": \"bad id\" }]\n}");

        var run = await CliRun.InvokeAsync("validate", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().StartWith($"{file}:3:22: error NM0001: 'bad id' is not a valid identifier: use 1 to 128 ASCII letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit. (at $['actors'][0]['id'])\n");
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
        run.Out.Should().StartWith("<stdin>: valid (");
    }

    [Fact]
    public async Task The_worst_result_over_several_files_decides_the_exit_code()
    {
        var broken = CliRun.TempFile("[]");

        var run = await CliRun.InvokeAsync("validate", CliRun.Sample, broken);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain(": valid (").And.Contain($"{broken}:1:1: error NM0001:");
    }

    [Fact]
    public async Task Every_problem_is_one_line_with_line_column_severity_code_and_path()
    {
        var file = CliRun.TempFile("""
            {
              "schemaVersion": "1.0",
              "title": "x",
              "actors": [ { "id": "a", "kind": "person", "names": [ { "text": "ウシャコフ", "language": "en_US" } ] } ],
              "statements": [ { "id": "s", "speakers": [ "ghost" ], "text": [ { "text": "x", "language": "ja" } ], "citations": [ { "source": "nowhere" } ] } ]
            }
            """);

        var run = await CliRun.InvokeAsync("validate", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"{file}:5:46: error NM1002: The record holds no actor 'ghost'. (at $['statements'][0]['speakers'][0])\n");
        run.Out.Should().Contain($"{file}:4:88: error NM4001: 'en_US' is not a well-formed BCP 47 language tag", "columns count characters, not bytes");
        run.Out.Should().Contain("(at $['statements'][0]['citations'][0]['source'])");
        run.Out.Should().EndWith("invalid (3 errors, 0 warnings, 0 infos): \"x\", schema 1.0, 1 actor, 0 sources, 0 events, 1 statement, 0 proposals\n");
    }

    [Fact]
    public async Task Warnings_alone_exit_0()
    {
        var file = CliRun.TempFile("""
            {"schemaVersion":"1.0","title":"x","statements":[],"actors":[{"id":"a","kind":"person","names":[{"text":"A","language":"en"}]}],
             "proposals":[{"id":"p","kind":"roadmap","title":[{"text":"P","language":"en"}],"statusHistory":[{"status":"superseded","when":"2025"}]}]}
            """);

        var run = await CliRun.InvokeAsync("validate", file);

        run.Out.Should().Contain("warning NM2006");
        run.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Json_output_lists_files_and_diagnostics_for_machines()
    {
        var broken = CliRun.TempFile("{\"schemaVersion\":\"1.0\",\"title\":\"x\",\"statements\":[{\"id\":\"s\",\"speakers\":[\"ghost\"],\"text\":[{\"text\":\"t\",\"language\":\"en\"}]}]}");

        var run = await CliRun.InvokeAsync("validate", "--format", "json", CliRun.Sample, broken);

        run.ExitCode.Should().Be(1);
        using var document = System.Text.Json.JsonDocument.Parse(run.Out);
        var files = document.RootElement.EnumerateArray().ToList();
        files.Should().HaveCount(2);
        files[0].GetProperty("valid").GetBoolean().Should().BeTrue();
        files[1].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).Should().Contain("NM1002");
        files[1].GetProperty("diagnostics")[0].GetProperty("line").GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task Help_shows_an_example()
    {
        var run = await CliRun.InvokeAsync("validate", "--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Example:").And.Contain("negotiation validate docs/samples/miami-talks-2025-12.json");
    }
}
