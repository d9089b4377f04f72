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
    public async Task An_actor_the_record_does_not_hold_is_a_usage_error()
    {
        // An unknown (or misspelt) actor is an error: "nobody: no positions recorded" with exit code 0 would hide the typo.
        var run = await CliRun.InvokeAsync("positions", CliRun.Sample, "--actor", "nobody");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"negotiation: {CliRun.Sample} holds no actor 'nobody'.\n");
    }

    [Theory]
    [InlineData("proposal:no-such-plan")]
    [InlineData("no-such-plan")]
    public async Task A_subject_the_record_does_not_hold_is_a_usage_error(string subject)
    {
        var run = await CliRun.InvokeAsync("positions", CliRun.Sample, "--actor", "russia", "--subject", subject);

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"negotiation: {CliRun.Sample} holds no entity '{subject}'.\n");
    }

    [Fact]
    public async Task The_actor_is_required()
    {
        var run = await CliRun.InvokeAsync("positions", CliRun.Sample);

        run.ExitCode.Should().Be(2);
    }
}
