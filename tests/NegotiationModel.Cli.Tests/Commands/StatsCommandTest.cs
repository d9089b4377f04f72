namespace NegotiationModel.Cli.Tests.Commands;

public sealed class StatsCommandTest
{
    [Fact]
    public async Task Stats_count_the_sample_per_kind()
    {
        var run = await CliRun.InvokeAsync("stats", CliRun.Sample);

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("Trump–Zelensky meeting in Miami");
        run.Out.Should().MatchRegex(@"\n  actor\s+33\n").And.MatchRegex(@"\n  statement\s+11\n").And.MatchRegex(@"\n  claim\s+8\n");
        run.Out.Should().MatchRegex(@"\n  time span\s+.*2025.*2026.* \(\d+ timeline entries\)\n$");
    }

    [Fact]
    public async Task An_unknown_zone_exits_2()
    {
        (await CliRun.InvokeAsync("stats", CliRun.Sample, "--zone", "Nowhere/Land")).ExitCode.Should().Be(2);
    }
}
