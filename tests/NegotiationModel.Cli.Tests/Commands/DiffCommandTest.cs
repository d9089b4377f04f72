namespace NegotiationModel.Cli.Tests.Commands;

public sealed class DiffCommandTest
{
    private const string Before = """
        {"schemaVersion":"1.0","title":"Talks","actors":[
          {"id":"a","kind":"person","names":[{"text":"A","language":"en"}]},
          {"id":"b","kind":"person","names":[{"text":"B","language":"en"}]}]}
        """;

    private const string After = """
        {"schemaVersion":"1.0","title":"Talks, updated","actors":[
          {"id":"a","kind":"state","names":[{"text":"A","language":"en"}],"notes":"now a state"},
          {"id":"c","kind":"person","names":[{"text":"C","language":"en"}]}]}
        """;

    [Fact]
    public async Task Equal_records_exit_0_with_no_output()
    {
        var run = await CliRun.InvokeAsync("diff", CliRun.Sample, CliRun.Sample);

        run.ExitCode.Should().Be(0);
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Differences_are_listed_by_entity_and_member_and_exit_1()
    {
        var run = await CliRun.InvokeAsync("diff", CliRun.TempFile(Before), CliRun.TempFile(After));

        run.ExitCode.Should().Be(1);
        run.Out.Should().Be("~ record: title\n~ actor:a: kind, notes\n- actor:b\n+ actor:c\n");
    }

    [Fact]
    public async Task Numbered_provisions_and_guarantees_are_shown_by_their_heading()
    {
        const string proposals = """
            "proposals":[{"id":"package","kind":"peace-plan","title":[{"text":"Package of Measures","language":"en"}],
              "versions":[{"number":1,"provisions":[{"kind":"ceasefire","id":"p1","number":"point 1","title":[{"text":"Ceasefire","language":"en"}]NOTES}]}]}]
            """;
        var before = $$"""{"schemaVersion":"1.0","title":"Minsk II",{{proposals.Replace("NOTES", string.Empty, StringComparison.Ordinal)}},"guarantees":[{"id":"g","kind":"security","number":"Article 5"}]}""";
        var after = $$"""{"schemaVersion":"1.0","title":"Minsk II",{{proposals.Replace("NOTES", ",\"notes\":\"from 15 February\"", StringComparison.Ordinal)}}}""";

        var run = await CliRun.InvokeAsync("diff", CliRun.TempFile(before), CliRun.TempFile(after));

        run.Out.Should().Be("~ proposal:package: versions\n~ provision:p1 (point 1: Ceasefire): notes\n- guarantee:g (Article 5)\n");
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var run = await CliRun.InvokeAsync("diff", CliRun.Sample, "/no/such.json");

        run.ExitCode.Should().Be(2);
    }

    private const string Drafts = """
        {"schemaVersion":"1.0","title":"Minsk drafts","proposals":[
          {"id":"package","kind":"draft-agreement","title":[{"text":"Package of Measures","language":"en"}],"versions":[
            {"number":1,"provisions":[
              {"kind":"ceasefire","id":"point-1","summary":[{"text":"Ceasefire from 15 February","language":"en"}]},
              {"kind":"weapons-limits","id":"point-2","limits":[{"text":"30 km","language":"en"}]}]},
            {"number":2,"provisions":[
              {"kind":"ceasefire","id":"point-1","summary":[{"text":"Ceasefire from 15 February","language":"en"}]},
              {"kind":"weapons-limits","id":"point-2","limits":[{"text":"50, 70 and 140 km","language":"en"}]},
              {"kind":"other","id":"point-3","summary":[{"text":"OSCE monitoring","language":"en"}]}]}]}]}
        """;

    [Fact]
    public async Task With_a_proposal_every_provision_of_two_versions_is_listed_by_identity_and_exit_1()
    {
        var run = await CliRun.InvokeAsync("diff", CliRun.TempFile(Drafts), "--proposal", "package", "--from", "1", "--to", "2");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Be("= provision:point-1\n~ provision:point-2: limits\n+ provision:point-3\n");
    }

    [Fact]
    public async Task With_a_proposal_the_versions_default_to_the_latest_and_the_one_before()
    {
        var file = CliRun.TempFile(Drafts);

        var run = await CliRun.InvokeAsync("diff", file, "--proposal", "package");
        var same = await CliRun.InvokeAsync("diff", file, "--proposal", "package", "--from", "2", "--to", "2");

        run.Out.Should().Be((await CliRun.InvokeAsync("diff", file, "--proposal", "package", "--from", "1", "--to", "2")).Out);
        same.ExitCode.Should().Be(0);
        same.Out.Should().Be("= provision:point-1\n= provision:point-2\n= provision:point-3\n");
    }

    [Theory]
    [InlineData("--proposal nothing", "holds no proposal 'nothing'")]
    [InlineData("--proposal package --to 5", "proposal 'package' has no version 5 (its versions: 1, 2)")]
    [InlineData("--proposal package --to 1", "proposal 'package' has no version before version 1 to compare it with (its versions: 1, 2); give --from.")]
    [InlineData("--from 1 --to 2", "--from and --to compare versions of a proposal: give --proposal ID too.")]
    public async Task A_proposal_or_version_the_record_does_not_hold_is_a_usage_error(string arguments, string message)
    {
        var run = await CliRun.InvokeAsync(["diff", CliRun.TempFile(Drafts), .. arguments.Split(' ')]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
        run.Out.Should().BeEmpty();
    }
}
