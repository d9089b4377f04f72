using System.Text.Json;
using NegotiationModel.Cli.Rendering;

namespace NegotiationModel.Cli.Tests.Rendering;

/// <summary>
/// Mermaid charts of records whose titles, actor names and event titles are hostile to Mermaid's gantt lexer
/// (its keywords, dates, comments, directives, markup), written by the CLI (<c>render</c> and <c>timeline</c>).
/// Each chart is checked here line by line, and written with a manifest of what Mermaid must read from it to
/// the folder in NEGOTIATION_MERMAID_CHARTS (a temporary folder when unset), where <c>.ci/mermaid-check</c>
/// parses it with the real Mermaid parser and compares the parsed title, sections and tasks with the manifest.
/// </summary>
public sealed class MermaidChartCorpusTest
{
    /// <summary>Every statement of Mermaid's gantt grammar (mermaid 11, gantt.jison), and texts that looked like them in issue 13.</summary>
    public static readonly string[] Hostile =
    [
        "Title of the deal agreed", "title", "TITLE: x", "Section 5 was agreed", "section", "2025-12-28 talks went well", "2025-12-28",
        "dateFormat YYYY", "axisFormat %Y", "tickInterval 1day", "includes 2025-12-28", "excludes weekends", "Excludes Sundays", "todayMarker off",
        "inclusiveEndDates", "topAxis", "weekday monday", "weekend friday", "gantt", "Gantt chart of the talks", "click t0 href \"https://example.org\"",
        "click t0 call alert(1)", "href \"x\"", "call back()", "accTitle: hidden", "accDescr: hidden", "accDescr { hidden }", "accDescription hidden",
        "%% a comment", "a %% b", "5% more", "%%{init: {\"theme\": \"dark\"}}%%", "}%%", "# not a comment", "a;b", "a:b", "milestone, m1, 2025-12-28, 1d",
        "---", "---\ntitle: front matter\n---", "```mermaid", "<b>bold</b> & <i>italic</i>", "<script>alert(1)</script>", "&amp; &lt; #35; #colon;",
        "a\nsection injected", "line\r\nbreak", "tab\there", "  leading and trailing  ", "\u00a0no-break spaces\u00a0", "\u3000ideographic\u3000",
        "\ufeffbyte order mark", "トランプ大統領", "Дональд Трамп", "🇺🇦 and 🇷🇺", "👨‍👩‍👧 family", "e\u0301\u0301 accents", "\u202eright to left", "x",
        "after t0", "crit, done, active", "vert", "\u0001control\u001b[2J",
    ];

    private static readonly JsonSerializerOptions ManifestOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    [Fact]
    public async Task Charts_of_hostile_texts_have_one_task_line_per_entry_and_lane_with_its_text()
    {
        var folder = Environment.GetEnvironmentVariable("NEGOTIATION_MERMAID_CHARTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), $"negotiation-mermaid-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var random = new Random(13);
        var charts = 0;
        for (var recordIndex = 0; recordIndex < 12; recordIndex++)
        {
            string Pick() => random.Next(3) == 0
                ? Hostile[random.Next(Hostile.Length)] + " " + Hostile[random.Next(Hostile.Length)]
                : Hostile[random.Next(Hostile.Length)];
            var title = recordIndex < Hostile.Length / 6 ? Hostile[recordIndex * 6] : Pick();
            var actors = Enumerable.Range(0, 3).Select(i => (Id: $"a{i}", Name: Pick())).ToList();
            var whens = new[] { "2025-12-28", "2025-12-28T10:00Z", "2025-12-28Tevening[Europe/Kyiv]", "2025-12", "9999-12-31T23:59Z", "0001-01-01T00:00Z" };
            var events = Enumerable.Range(0, 10).Select(i => (
                Id: $"e{i}",
                Title: recordIndex == 0 ? Hostile[i % Hostile.Length] : Pick(),
                When: whens[random.Next(recordIndex < 10 ? 4 : whens.Length)],
                Participants: actors.Take(1 + random.Next(3)).Select(a => a.Id).ToArray())).ToList();
            var file = CliRun.TempFile(RenderRecords.Record(title, actors, events));

            foreach (var (name, arguments) in new[] { ("render", new[] { "render", file, "--format", "mermaid", "--zone", "Asia/Tokyo" }), ("timeline", ["timeline", file, "--format", "mermaid"]), ("kinds", ["render", file, "--format", "mermaid", "--lanes", "kind"]) })
            {
                var run = await CliRun.InvokeAsync(arguments);
                run.ExitCode.Should().Be(0, run.Error);
                string[] LanesOf((string Id, string Title, string When, string[] Participants) e) => name == "kinds"
                    ? ["event"]
                    : [.. e.Participants.Select(p => actors.Single(a => a.Id == p).Name).Distinct(StringComparer.Ordinal)];
                var expectedTasks = events
                    .SelectMany(e => LanesOf(e).Select(lane => new ExpectedTask(TimelineMermaid.LineText(lane, "(no name)"), TimelineMermaid.TaskText(e.Title))))
                    .ToList();
                var manifest = new ExpectedChart(TimelineMermaid.LineText(title, "(untitled)"), expectedTasks);
                ChartHasItsLines(run.Out, manifest);
                var path = Path.Combine(folder, $"chart-{recordIndex:00}-{name}");
                await File.WriteAllTextAsync(path + ".mmd", run.Out, TestContext.Current.CancellationToken);
                await File.WriteAllTextAsync(path + ".json", JsonSerializer.Serialize(manifest, ManifestOptions), TestContext.Current.CancellationToken);
                charts++;
            }
        }

        charts.Should().Be(36);
    }

    [Theory]
    [InlineData("Title of the deal agreed")]
    [InlineData("2025-12-28 talks went well")]
    [InlineData("トランプ大統領 🇺🇦")]
    public void A_text_without_reserved_characters_is_kept_as_it_is(string text)
    {
        TimelineMermaid.LineText(text, "-").Should().Be(text);
        TimelineMermaid.TaskText(text).Should().Be(TimelineMermaid.TaskStart + text);
    }

    [Fact]
    public void Reserved_characters_become_their_full_width_forms_and_line_breaks_are_shown()
        => TimelineMermaid.LineText("a:b#c%d;e&f<g>h\ni", "-").Should().Be("a：b＃c％d；e＆f＜g＞h␊i");

    /// <summary>The chart holds the title line and, for each expected task, a line with its text, in the order of the sections.</summary>
    private static void ChartHasItsLines(string chart, ExpectedChart expected)
    {
        var lines = chart.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        lines[0].Should().Be("gantt");
        lines.Should().ContainSingle(l => l.StartsWith("    title ", StringComparison.Ordinal)).Which.Should().Be("    title " + expected.Title);
        var read = new List<ExpectedTask>();
        var section = string.Empty;
        foreach (var line in lines.Skip(1))
        {
            line.Should().StartWith("    ", "no text from the record starts a line of its own");
            if (line.StartsWith("    section ", StringComparison.Ordinal))
            {
                section = line["    section ".Length..];
            }
            else if (line[4] == TimelineMermaid.TaskStart)
            {
                read.Add(new ExpectedTask(section, line[4..line.IndexOf(':', StringComparison.Ordinal)]));
            }
        }

        read.Should().BeEquivalentTo(expected.Tasks);
    }

    private sealed record ExpectedChart(string Title, List<ExpectedTask> Tasks);

    private sealed record ExpectedTask(string Section, string Text);
}
