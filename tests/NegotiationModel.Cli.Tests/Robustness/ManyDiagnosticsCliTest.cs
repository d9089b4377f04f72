using System.Text;

namespace NegotiationModel.Cli.Tests.Robustness;

/// <summary>
/// <c>negotiation validate</c> of a record that breaks one rule hundreds of thousands of times prints the first
/// thousand diagnostics and one NM0002 that counts the rest (docs/diagnostics.md), not a line per problem.
/// </summary>
public sealed class ManyDiagnosticsCliTest
{
    [Fact(Timeout = 60_000)]
    public async Task Validate_prints_a_thousand_diagnostics_of_a_code_and_counts_the_rest()
    {
        // One speaker a line, so that finding each diagnostic's line stays cheap whatever the positions cost.
        const int Speakers = 300_000;
        var json = new StringBuilder("""{"schemaVersion":"1.0","title":"Many diagnostics","actors":[{"id":"trump","kind":"person","names":[{"text":"Donald Trump","language":"en"}]}],"sources":[{"id":"nhk","kind":"news-report"}],"statements":[{"id":"s","text":[{"text":"x","language":"en"}],"citations":[{"source":"nhk"}],"speakers":[""");
        for (var i = 0; i < Speakers; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n").Append("\"ghost").Append(i).Append('"');
        }

        var file = CliRun.TempFile(json.Append("]}]}").ToString());
        try
        {
            await Task.Delay(0, TestContext.Current.CancellationToken);
            var run = await CliRun.InvokeAsync("validate", file);

            var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            run.ExitCode.Should().Be(1);
            run.Error.Should().BeEmpty();
            lines.Count(l => l.Contains(" error NM1002: ", StringComparison.Ordinal)).Should().Be(1_000);
            lines.Should().ContainSingle(l => l.Contains(" error NM0002: ", StringComparison.Ordinal))
                .Which.Should().Contain($"{Speakers - 1_000} more diagnostics were left out").And.Contain($": {Speakers - 1_000} NM1002.");
            lines.Should().HaveCount(1_002, "a thousand diagnostics, the count of the rest, and the summary");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
