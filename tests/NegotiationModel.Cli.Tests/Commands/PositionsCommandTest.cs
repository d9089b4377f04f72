namespace NegotiationModel.Cli.Tests.Commands;

public sealed class PositionsCommandTest
{
    [Theory]
    [InlineData("Asia/Tokyo", "positions-russia-asia-tokyo.txt")]
    [InlineData("America/New_York", "positions-russia-america-new-york.txt")]
    public async Task Russias_positions_match_their_golden_output(string zone, string golden)
    {
        var run = await CliRun.InvokeAsync("positions", CliRun.Sample, "--actor", "russia", "--zone", zone);

        run.ExitCode.Should().Be(0);
        Golden.Verify(golden, run.Out);
    }

    [Fact]
    public async Task A_conditional_stance_shows_its_condition_and_evidence()
    {
        var run = await CliRun.InvokeAsync("positions", CliRun.Sample, "--actor", "ukraine", "--subject", "provision:territorial-referendum");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("conditional (if A ceasefire.)").And.Contain("evidence: ukraine-referendum-readiness");
    }

    [Fact]
    public async Task An_actor_without_positions_is_said_to_have_none()
    {
        var run = await CliRun.InvokeAsync("positions", CliRun.Sample, "--actor", "nhk");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be("NHK: no positions recorded\n");
    }

    [Fact]
    public async Task The_actor_is_required()
    {
        var run = await CliRun.InvokeAsync("positions", CliRun.Sample);

        run.ExitCode.Should().Be(2);
    }
}
