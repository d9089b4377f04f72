namespace NegotiationModel.Cli.Tests.Commands;

public sealed class FormatCommandTest
{
    [Fact]
    public async Task The_sample_is_already_canonical()
    {
        var run = await CliRun.InvokeAsync("format", CliRun.Sample);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be(File.ReadAllText(CliRun.Sample));
    }

    [Fact]
    public async Task Formatting_is_idempotent_and_reorders_members_canonically()
    {
        var messy = CliRun.TempFile("""{"title":"x","actors":[{"names":[{"language":"en","text":"A"}],"kind":"person","id":"a"}],"schemaVersion":"1.0"}""");
        var once = CliRun.TempFile(string.Empty);
        var twice = CliRun.TempFile(string.Empty);

        (await CliRun.InvokeAsync("format", messy, "-o", once)).ExitCode.Should().Be(0);
        (await CliRun.InvokeAsync("format", once, "--output", twice)).ExitCode.Should().Be(0);

        File.ReadAllText(once).Should().StartWith("{\n  \"schemaVersion\": \"1.0\",\n  \"title\": \"x\",");
        File.ReadAllBytes(twice).Should().Equal(File.ReadAllBytes(once));
    }

    [Fact]
    public async Task A_malformed_record_exits_1_with_the_problem_on_standard_error()
    {
        var run = await CliRun.InvokeAsync("format", CliRun.TempFile("{\"schemaVersion\": \"1.0\""));

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain("error NM0001");
    }

    [Fact]
    public async Task An_unwritable_output_exits_2()
    {
        var run = await CliRun.InvokeAsync("format", CliRun.Sample, "-o", "/no/such/dir/out.json");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("cannot write");
    }
}
