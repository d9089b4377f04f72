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
    public async Task A_missing_file_exits_2()
    {
        var run = await CliRun.InvokeAsync("diff", CliRun.Sample, "/no/such.json");

        run.ExitCode.Should().Be(2);
    }
}
