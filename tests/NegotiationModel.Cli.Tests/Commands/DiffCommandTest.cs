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
}
