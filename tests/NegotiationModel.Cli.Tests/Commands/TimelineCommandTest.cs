using System.Text.Json;

namespace NegotiationModel.Cli.Tests.Commands;

public sealed class TimelineCommandTest
{
    [Theory]
    [InlineData("Asia/Tokyo", "timeline-asia-tokyo.txt")]
    [InlineData("America/New_York", "timeline-america-new-york.txt")]
    public async Task The_sample_timeline_matches_its_golden_output(string zone, string golden)
    {
        var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--zone", zone);

        run.ExitCode.Should().Be(0);
        Golden.Verify(golden, run.Out);
    }

    [Fact]
    public async Task Json_entries_carry_id_kind_label_and_utc_instants_in_display_order()
    {
        var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--format", "json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Out);
        var meeting = document.RootElement.EnumerateArray().First(e => e.GetProperty("id").GetString() == "event:miami-meeting");
        meeting.GetProperty("kind").GetString().Should().Be("event");
        meeting.GetProperty("label").GetString().Should().StartWith("Meeting of Trump");
        meeting.GetProperty("earliest").GetString().Should().Be("2025-12-28T17:00:00Z");
        meeting.GetProperty("latest").GetString().Should().Be("2025-12-28T23:00:00Z");
        var earliest = document.RootElement.EnumerateArray().Select(e => e.GetProperty("earliest").GetString()).Where(e => e is not null).ToList();
        earliest.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Filters_by_range_actor_and_kind()
    {
        var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--zone", "America/New_York", "--from", "2025-12-28[America/New_York]", "--to", "2025-12-28[America/New_York]", "--actor", "putin", "--kind", "event");

        run.ExitCode.Should().Be(0);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2, "Putin's two calls may lie on the 28th in New York; nothing else of his is an event");
        lines[0].Should().StartWith("28 Dec 2025 00:00–18:00 EST").And.EndWith("Phone call between Putin and Trump before the Miami meeting");
    }

    [Fact]
    public async Task Known_at_shows_the_record_as_it_stood()
    {
        var before = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--known-at", "2025-12-29T10:00+09:00", "--kind", "revision");
        var after = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--known-at", "2025-12-29T12:00:00Z", "--kind", "revision");

        before.Out.Should().BeEmpty("NHK's first update, at 11:36 JST, is not yet known at 10:00 JST");
        after.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [Fact]
    public async Task Mermaid_output_is_a_gantt_chart()
    {
        var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--format", "mermaid", "--zone", "Asia/Tokyo");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("gantt\n").And.Contain("section Donald Trump").And.Contain("    \u2060Meeting of Trump and officials with Zelensky and officials:t");
    }

    [Theory]
    [InlineData("--zone", "Mars/Olympus")]
    [InlineData("--known-at", "yesterday")]
    [InlineData("--from", "2025-13-01")]
    [InlineData("--actor", "not an id")]
    [InlineData("--kind", "speech")]
    public async Task Bad_arguments_exit_2_with_a_message(string option, string value)
    {
        var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, option, value);

        run.ExitCode.Should().Be(2);
        run.Error.Should().NotBeEmpty().And.NotContain("   at ");
    }

    [Fact]
    public async Task An_actor_the_record_does_not_hold_is_a_usage_error()
    {
        // --actor nobody is an error: an empty timeline with exit code 0 would say that nobody did nothing.
        var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--actor", "nobody");

        run.ExitCode.Should().Be(2);
        run.Out.Should().BeEmpty();
        run.Error.Should().Be($"negotiation: {CliRun.Sample} holds no actor 'nobody'.\n");
    }
    public static TheoryData<string> EntryKinds => [.. Enum.GetValues<NegotiationModel.Timelines.TimelineEntryKind>().Select(k => JsonNamingPolicy.KebabCaseLower.ConvertName(k.ToString()))];

    [Theory]
    [MemberData(nameof(EntryKinds))]
    public async Task Every_kind_the_help_shows_is_accepted_in_any_case_and_as_the_library_names_it(string kind)
    {
        var help = await CliRun.InvokeAsync("timeline", "--help");
        var spellings = new[] { kind, kind.ToUpperInvariant(), string.Concat(kind.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) };

        help.Out.Should().Contain(kind, "the help lists every kind of entry");
        var expected = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--kind", kind);
        expected.ExitCode.Should().Be(0);
        expected.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(line => line.Contains($"[{kind}]", StringComparison.Ordinal)).Should().BeTrue("only entries of the kind are listed");
        foreach (var spelling in spellings)
        {
            var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--kind", spelling);
            run.ExitCode.Should().Be(0, $"'{spelling}' names the kind {kind}");
            run.Out.Should().Be(expected.Out);
        }
    }

    [Theory]
    [InlineData("3")]
    [InlineData("status_change")]
    [InlineData("status change")]
    public async Task A_kind_that_is_no_documented_spelling_is_a_usage_error_listing_the_kinds(string kind)
    {
        var run = await CliRun.InvokeAsync("timeline", CliRun.Sample, "--kind", kind);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"'{kind}' is not an entry kind").And.Contain("actor-transition").And.NotContain("   at ");
    }

    [Fact]
    public async Task An_actors_transition_is_on_the_timeline_under_its_kind()
    {
        var file = CliRun.TempFile("""
            {
              "schemaVersion": "1.1",
              "title": "FARC-EP to party",
              "actors": [
                { "id": "farc-ep", "kind": "faction", "names": [ { "text": "FARC-EP", "language": "es" } ] },
                { "id": "farc-party", "kind": "organisation", "names": [ { "text": "Fuerza Alternativa Revolucionaria del Común", "language": "es" } ],
                  "predecessors": [ { "predecessor": "farc-ep", "kind": "transformed", "when": "2017-08-31[America/Bogota]" } ] }
              ]
            }
            """);

        var run = await CliRun.InvokeAsync("timeline", file, "--zone", "America/Bogota", "--kind", "Actor-Transition");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith("31 Aug 2017").And.EndWith("  [actor-transition] FARC-EP → Fuerza Alternativa Revolucionaria del Común — transformed\n");
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }
}
