using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;

namespace NegotiationModel.Cli.Tests.Rendering;

/// <summary>The render findings of issue 13, through the command line, each on the input that showed it.</summary>
public sealed partial class RenderRegressionTest
{
    [Theory]
    [InlineData("9999-12-31T23:59Z", "html", "UTC")]
    [InlineData("9999-12-31T23:59Z", "svg", "Pacific/Kiritimati")]
    [InlineData("9999-12-31T23:59Z", "mermaid", "Pacific/Kiritimati")]
    [InlineData("9999-12-31Tevening[UTC]", "html", "America/New_York")]
    [InlineData("9999-12-31Tevening[UTC]", "svg", "UTC")]
    [InlineData("9999-12-31Tevening[UTC]", "mermaid", "Etc/GMT+12")]
    public async Task A_time_in_the_last_hours_of_year_9999_renders(string when, string format, string zone)
    {
        var output = await RenderRecords.RenderAsync(RenderRecords.Events(when, "0001-01-01T00:00Z"), format, "--zone", zone);

        if (format == "mermaid")
        {
            output.Should().Contain("Event 0").And.Contain("Event 1").And.Contain("9999-12-31T");
        }
        else
        {
            RenderRecords.ParseXml(output).Descendants(RenderRecords.Svg + "title").Select(t => t.Value).Should().Contain(t => t.StartsWith("Event 0", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Events_spread_over_thousands_of_years_draw_a_bounded_axis()
    {
        var record = RenderRecords.Events("0001-01-01", "0800-06-01", "2025-12-28", "2026-01-02", "5000-01-01", "9999-12-01");

        var svg = await RenderRecords.RenderAsync(record, "svg", "--zone", "Europe/Kyiv");
        var html = await RenderRecords.RenderAsync(record, "html", "--zone", "Europe/Kyiv");

        // 1,280 pixels hold at most 1280 / (4 characters × 11 px + 8 px) labels; one grid line each.
        RenderRecords.ParseXml(svg).Descendants(RenderRecords.Svg + "line").Should().HaveCountLessThanOrEqualTo(25);
        svg.Length.Should().BeLessThan(20_000);
        html.Length.Should().BeLessThan(30_000);
    }

    [Fact]
    public void Axis_labels_never_overlap_and_show_the_year_for_any_span_and_zone()
    {
        var zones = Gen.OneOf("UTC", "Europe/Kyiv", "America/New_York", "Asia/Tokyo", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo", "Pacific/Kiritimati");
        var starts = Gen.Select(Gen.Int[1900, 2100], Gen.Int[1, 365], Gen.Int[0, 1439], (year, day, minute) => new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(day - 1).AddMinutes(minute));
        var spansInMinutes = Gen.Double[1, 15].Select(Math.Exp); // from 3 minutes to 6 years, evenly on a log scale
        Gen.Select(zones, starts, spansInMinutes, Gen.Int[2, 4]).Sample(
            (zone, start, minutes, count) =>
            {
                var whens = Enumerable.Range(0, count).Select(i => Iso(start.AddMinutes(minutes * i / (count - 1)))).ToArray();
                var svg = RenderRecords.ParseXml(RenderRecords.RenderAsync(RenderRecords.Events(whens), "svg", "--zone", zone).GetAwaiter().GetResult());
                AxisLabelsAreReadable(RenderRecords.AxisLabels(svg), $"{zone} {string.Join(' ', whens)}");
            },
            iter: 120,
            threads: 1);
    }

    [Theory]
    [InlineData("Pacific/Chatham")]
    [InlineData("UTC")]
    public async Task Events_weeks_apart_cut_by_breaks_keep_a_dated_axis_on_both_sides(string zone)
    {
        // Found by the property above (seed 9OqCr7pyVhW1): two gaps of 66 days become breaks, leaving the week
        // before the first event and the week after the last as the only stretches, each a few days too short
        // for its step, so their one boundary fell too near a break or the edge for a label.
        string[] whens = ["1912-08-13T03:35Z", "1912-10-18T05:14Z", "1912-12-23T06:54Z"];
        var svg = RenderRecords.ParseXml(await RenderRecords.RenderAsync(RenderRecords.Events(whens), "svg", "--zone", zone));

        var labels = RenderRecords.AxisLabels(svg);
        AxisLabelsAreReadable(labels, zone);
        labels.Select(l => l.Label).Should().Contain(l => l.Contains("Aug 1912", StringComparison.Ordinal), "the week before the first event is dated")
            .And.Contain(l => l.Contains("Dec", StringComparison.Ordinal), "so is the week after the last");
    }

    [Fact]
    public async Task Monthly_ticks_in_Kyiv_stay_on_dates_across_daylight_saving_changes()
    {
        // An event on the 15th of every month, so no stretch is cut short and the ticks are months apart.
        var months = Enumerable.Range(0, 15).Select(i => new DateTime(2025, 1, 15, 0, 0, 0, DateTimeKind.Utc).AddMonths(i).ToString("yyyy-MM-dd'[Europe/Kyiv]'", CultureInfo.InvariantCulture));
        var svg = RenderRecords.ParseXml(await RenderRecords.RenderAsync(RenderRecords.Events([.. months]), "svg", "--zone", "Europe/Kyiv"));

        var labels = RenderRecords.AxisLabels(svg).Select(l => l.Label).ToList();
        labels.Should().NotBeEmpty().And.NotContain(l => l.Contains(':', StringComparison.Ordinal), "ticks months apart fall on local midnights");
        labels.Should().Contain(l => l.Contains("2025", StringComparison.Ordinal)).And.Contain(l => l.Contains("2026", StringComparison.Ordinal));
        labels.Should().HaveCountGreaterThan(3);
        AxisLabelsAreReadable(RenderRecords.AxisLabels(svg), "Kyiv");
    }

    [Fact]
    public async Task An_event_is_drawn_in_the_lane_of_each_participant()
    {
        const string call = "Phone call between Putin and Trump before the Miami meeting";
        var run = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "svg");
        var mermaid = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "mermaid");

        var titles = RenderRecords.ParseXml(run.Out).Descendants(RenderRecords.Svg + "title").Select(t => t.Value.Split('\n')[0]);
        titles.Count(t => t == call).Should().Be(2, "the call has two participants, Putin and Trump");
        var sections = Sections(mermaid.Out);
        sections["Vladimir Putin"].Should().Contain(t => t.Contains(call + ":", StringComparison.Ordinal));
        sections["Donald Trump"].Should().Contain(t => t.Contains(call + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_html_table_shows_each_time_in_the_chosen_zone_beside_its_stated_text()
    {
        var run = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "html", "--zone", "Asia/Tokyo");

        // The meeting, on the afternoon of 28 December in New York, is 02:00–08:00 on the 29th in Tokyo.
        var row = run.Out.Split("<tr>").Single(r => r.Contains(">Meeting of Trump and officials with Zelensky and officials<", StringComparison.Ordinal));
        row.Should().Contain("2025-12-28Tafternoon[America/New_York]!").And.Contain("29 Dec 2025 02:00–08:00 JST");
        run.Out.Should().Contain("When (in Asia/Tokyo)");
    }

    [Fact]
    public async Task Control_characters_in_texts_leave_svg_and_html_well_formed_and_visible()
    {
        var record = RenderRecords.Record("Talks\u0001\u001b[2J", [("a", "Actor\u0008name")], [("e", "Bell\u0007and\u000bvertical tab", "2025-12-28", ["a"])]);

        foreach (var format in new[] { "svg", "html" })
        {
            var document = RenderRecords.ParseXml(await RenderRecords.RenderAsync(record, format));
            var texts = document.Descendants().Where(e => e.Name.LocalName is "text" or "title" or "td").Select(e => e.Value).ToList();
            texts.Should().Contain("Talks␁␛[2J").And.Contain("Actor␈name").And.Contain(t => t.StartsWith("Bell␇and␋vertical tab", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Long_labels_are_cut_between_text_elements_in_every_format()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 100));
        var decomposed = string.Concat(Enumerable.Repeat("e\u0301", 100));
        var flags = string.Concat(Enumerable.Repeat("👍🏽", 100));
        var record = RenderRecords.Record("Cuts", [("a", flags)], [("e1", emoji, "2025-12-28", ["a"]), ("e2", decomposed, "2025-12-29", ["a"])]);

        var svg = RenderRecords.ParseXml(await RenderRecords.RenderAsync(record, "svg"));
        var mermaid = await RenderRecords.RenderAsync(record, "mermaid");

        var svgTexts = svg.Descendants(RenderRecords.Svg + "text").Select(t => t.Value).Where(t => t.EndsWith('…')).ToList();
        svgTexts.Should().HaveCount(3, "both labels and the lane name are cut");
        var mermaidTexts = mermaid.Split('\n').Select(l => l.Trim()).Select(l => l.StartsWith("section ", StringComparison.Ordinal) ? l["section ".Length..] : l.TrimStart('\u2060')).Where(l => l.Contains('…', StringComparison.Ordinal)).Select(l => l[..(l.IndexOf('…', StringComparison.Ordinal) + 1)]).ToList();
        mermaidTexts.Should().HaveCount(3);
        foreach (var cut in svgTexts.Concat(mermaidTexts))
        {
            cut.Should().NotContain("\uFFFD");
            var whole = new[] { emoji, decomposed, flags }.Single(t => t.StartsWith(cut[..^1], StringComparison.Ordinal));
            StringInfo.ParseCombiningCharacters(whole).Should().Contain(cut.Length - 1, "'{0}' is cut between two text elements", cut);
            whole.Should().StartWith(cut[..^1]);
        }
    }

    /// <summary>Label boxes (one font size, 11 px, per text element) keep apart; the first shows its year, and no later one changes year silently.</summary>
    private static void AxisLabelsAreReadable(List<(double X, string Label)> labels, string because)
    {
        labels.Should().NotBeEmpty(because);
        var ordered = labels.OrderBy(l => l.X).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previousEnd = ordered[i - 1].X + (new StringInfo(ordered[i - 1].Label).LengthInTextElements * 11);
            ordered[i].X.Should().BeGreaterThanOrEqualTo(previousEnd, "'{0}' must not overlap '{1}' ({2})", ordered[i].Label, ordered[i - 1].Label, because);
        }

        YearOf(ordered[0].Label).Should().NotBeNull("the first label '{0}' shows the year ({1})", ordered[0].Label, because);
        var month = 0;
        foreach (var (_, label) in ordered)
        {
            var match = LabelPattern().Match(label);
            match.Success.Should().BeTrue("'{0}' is a date, month, year or time ({1})", label, because);
            var labelMonth = match.Groups["month"].Success ? DateTime.ParseExact(match.Groups["month"].Value, "MMM", CultureInfo.InvariantCulture).Month : month;
            if (labelMonth < month)
            {
                YearOf(label).Should().NotBeNull("'{0}' starts a new year and says which ({1})", label, because);
            }

            month = labelMonth;
        }
    }

    private static string? YearOf(string label) => LabelPattern().Match(label).Groups["year"] is { Success: true } year ? year.Value : null;

    private static Dictionary<string, List<string>> Sections(string mermaid)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = new List<string>();
        foreach (var line in mermaid.Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith("section ", StringComparison.Ordinal))
            {
                sections[line["section ".Length..]] = current = [];
            }
            else
            {
                current.Add(line);
            }
        }

        return sections;
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?<day>\d{1,2}) )?(?:(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ?)?(?<year>-?\d{4})?(?: ?(?<time>\d\d:\d\d))?$")]
    private static partial Regex LabelPattern();
}
