namespace NegotiationModel.Cli.Tests.Commands;

public sealed class ValidateJsonLinesTest
{
    [Fact]
    public async Task Every_bad_line_is_reported_with_its_line_number_and_the_rest_are_read()
    {
        var file = CliRun.TempFile(
            """
            {"id":"s1","speakers":["a"],"text":[{"text":"x","language":"en"}]}
            {"id":"s2","speakers":[],"text":[{"text":"x","language":"en"}]}

            {"id":"bad id"}
            {"id":"s4","speakers":["a"],"text":[{"text":"y","language":"en"}]}
            """,
            ".jsonl");

        var run = await CliRun.InvokeAsync("validate", file);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"{file}:2:").And.Contain("A statement needs at least one speaker.");
        run.Out.Should().Contain($"{file}:4:").And.Contain("'bad id' is not a valid identifier");
        run.Out.Should().EndWith(": invalid (2 errors): 2 statements read\n");
    }

    [Fact]
    public async Task The_entity_kind_of_a_stream_is_chosen_with_entity()
    {
        var file = CliRun.TempFile("""{"id":"nhk","kind":"media-outlet","names":[{"text":"NHK","language":"en"}]}""" + "\n", ".jsonl");

        var asActors = await CliRun.InvokeAsync("validate", "--entity", "actor", file);
        var asStatements = await CliRun.InvokeAsync("validate", file);

        asActors.ExitCode.Should().Be(0);
        asActors.Out.Should().EndWith("valid (0 errors): 1 actor read\n");
        asStatements.ExitCode.Should().Be(1);
    }
}
