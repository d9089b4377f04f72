using System.Globalization;
using CsCheck;
using NegotiationModel.Cli.Rendering;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Cli.Tests.Rendering;

/// <summary>Properties of the renderers over generated items: times at the ends of NodaTime's range, hostile texts, any zone.</summary>
public sealed partial class RenderPropertyTest
{
    private const int Iterations = 150;

    private static readonly Gen<DateTimeZone> Zones = Gen.OneOf("UTC", "Pacific/Kiritimati", "Etc/GMT+12", "Etc/GMT-14", "Europe/Kyiv", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "America/Sao_Paulo", "Pacific/Chatham")
        .Select(id => DateTimeZoneProviders.Tzdb[id]);

    // Within five days of either end of the range, or anywhere in it.
    private static readonly Gen<Instant> Instants = Gen.OneOf(
        Gen.Long[0, 5 * NodaConstants.TicksPerDay].Select(ticks => Instant.MinValue + Duration.FromTicks(ticks)),
        Gen.Long[0, 5 * NodaConstants.TicksPerDay].Select(ticks => Instant.MaxValue - Duration.FromTicks(ticks)),
        Gen.Long[-9000L * 365 * NodaConstants.TicksPerDay, 7900L * 365 * NodaConstants.TicksPerDay].Select(Instant.FromUnixTimeTicks));

    private static readonly Gen<string> HostileTexts = Gen.OneOf(
        Gen.String[Gen.Char[(char)0, (char)0x2FF], 0, 90],
        Gen.String[Gen.Char["\u0000\u0001\u0008\u000b\u000c\u001b\u007f\u0085\u009f\ud800\udc00\ufffe\uffff\u2028\u2029\u202e\u0301<>&\"']]>%:#;\n\r\t "], 0, 40],
        Gen.OneOf("Title of the deal agreed", "Section 5 was agreed", "2025-12-28 talks went well", "dateFormat YYYY", "excludes weekends", "👍🏽🇺🇦👨‍👩‍👧", "e\u0301\u0301", "]]><!--", "&amp;<script>"),
        Gen.OneOf(Gen.Const("😀"), Gen.Const("e\u0301"), Gen.Const("\ud83d"), Gen.Const("x")).Array[40, 120].Select(string.Concat));

    private static readonly Gen<RenderItem> Items =
        from earliest in Gen.Nullable(Instants, 0.2)
        from length in Gen.OneOf(Gen.Long[0, NodaConstants.TicksPerDay * 3], Gen.Long[0, NodaConstants.TicksPerDay * 365 * 3000])
        from open in Gen.Bool
        from label in HostileTexts
        from lanes in HostileTexts.Array[1, 3]
        select new RenderItem("event:x", lanes, label, "event", earliest, Latest(earliest, length, open), "2025-12-28", "28 Dec 2025");

    [Fact]
    public void Items_at_both_ends_of_the_range_render_in_every_format()
    {
        Gen.Select(Items.Array[0, 6], Zones).Sample(
            (items, zone) =>
            {
                var resolved = items.Select(i => i with { ResolvedText = WhenFormatter.FormatWindow(new TimeWindow(i.Earliest, i.Latest), zone) }).ToList();
                AllOutputsAreWellFormed(resolved, zone, "Far times");
            },
            iter: Iterations);
    }

    [Fact]
    public void Hostile_texts_leave_every_output_well_formed_and_are_shown_cut_by_text_elements()
    {
        Gen.Select(Items.Array[1, 4], Zones, HostileTexts).Sample(
            (items, zone, title) =>
            {
                var (svg, _) = AllOutputsAreWellFormed(items, zone, title);
                var texts = svg.Descendants(RenderRecords.Svg + "text").Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var item in items)
                {
                    texts.Should().Contain(DisplayText.Truncate(DisplayText.Visible(item.Label), 56));
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Ticks_sit_on_local_calendar_boundaries_and_their_labels_keep_apart()
    {
        // From two to five instants, some far enough apart to be cut short by a break.
        Gen.Select(Instants, Gen.Double[2, 22].Select(Math.Exp).Array[1, 4], Zones, Gen.Double[200, 1200]).Sample(
            (start, gaps, zone, width) =>
            {
                var instants = gaps.Aggregate(new List<Instant> { start }, (list, seconds) => [.. list, RenderRange.Plus(list[^1], Duration.FromSeconds(seconds))]);
                var scale = new TimeScale(instants, 0, width);
                var ticks = TimeAxis.Ticks(scale, zone, width + 50);
                ticks.Count.Should().BeLessThanOrEqualTo((int)(width / 40) + 2);
                for (var i = 0; i < ticks.Count; i++)
                {
                    var local = RenderRange.LocalIn(ticks[i].At, zone);
                    (local.Minute, local.Second).Should().Be((0, 0), "a tick marks a whole local hour at least");
                    if (!ticks[i].Label.Contains(':', StringComparison.Ordinal))
                    {
                        // A date label sits at local midnight, or where a midnight skipped by the zone's clocks resumes.
                        (local.TimeOfDay == LocalTime.Midnight || zone.MapLocal(local.Date.AtMidnight()).Count == 0).Should().BeTrue($"'{ticks[i].Label}' is at {local}");
                    }

                    if (i > 0)
                    {
                        (ticks[i].X + TimeAxis.LabelOffset).Should().BeGreaterThanOrEqualTo(ticks[i - 1].X + TimeAxis.LabelOffset + TimeAxis.LabelWidth(ticks[i - 1].Label) + TimeAxis.LabelGap);
                    }
                }

                foreach (var (from, to, x0, x1) in scale.LinearSegments)
                {
                    // Whole local hours are at most two hours apart (a clock set back by one), so a stretch two hours
                    // long has one in its first two hours; if the widest label there ("28 Dec 2025 06:00", one
                    // character longer for a year before 1) fits after it before the stretch ends, the stretch is labelled.
                    var twoHours = (x1 - x0) * 7200 / (to - from).TotalSeconds;
                    var widest = "28 Dec " + RenderRange.LocalIn(from, zone).Year.ToString("0000", CultureInfo.InvariantCulture) + " 06:00";
                    if (to - from >= Duration.FromHours(2) && x0 + twoHours + TimeAxis.LabelOffset + TimeAxis.LabelWidth(widest) <= x1)
                    {
                        ticks.Should().Contain(t => t.X >= x0 && t.X <= x1, "the stretch {0}–{1} in {2} has room for a label", from, to, zone.Id);
                    }
                }
            },
            iter: 400);
    }

    [Fact]
    public void Events_seconds_apart_over_hours_get_ticks_among_them()
    {
        // Each pair of consecutive times is a stretch under a pixel wide; together they are a third of the chart.
        var start = Instant.FromUtc(2025, 12, 28, 9, 0);
        var instants = Enumerable.Range(0, 1080).Select(i => start + Duration.FromSeconds(20 * i)).ToList();
        var scale = new TimeScale(instants, 0, 1000);

        var (first, last) = (instants[0], instants[^1]);

        var ticks = TimeAxis.Ticks(scale, DateTimeZone.Utc, 1050);

        ticks.Should().Contain(t => t.At > first && t.At < last, "six hours of events show their hours");
    }

    private static (System.Xml.Linq.XDocument Svg, System.Xml.Linq.XDocument Html) AllOutputsAreWellFormed(IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
    {
        var svg = RenderRecords.ParseXml(TimelineSvg.Render(items, zone, title));
        var html = RenderRecords.ParseXml(TimelineHtml.Render(items, zone, title));
        html.Root!.Name.Should().Be(System.Xml.Linq.XName.Get("html", "http://www.w3.org/1999/xhtml"));
        html.Descendants().Single(e => e.Name.LocalName == "tbody").Elements().Should().HaveCount(items.Count);
        var mermaid = TimelineMermaid.Render(items, zone, title).Split('\n');
        mermaid.Count(l => l.TrimStart().StartsWith(TimelineMermaid.TaskStart)).Should().Be(items.Sum(i => i.Lanes.Distinct(StringComparer.Ordinal).Count()));
        mermaid.Should().OnlyContain(l => l.Length == 0 || l.StartsWith("gantt", StringComparison.Ordinal) || l.StartsWith("    ", StringComparison.Ordinal), "no text from the record breaks a line");
        foreach (var task in mermaid.Where(l => l.TrimStart().StartsWith(TimelineMermaid.TaskStart)))
        {
            TaskData().IsMatch(task[(task.IndexOf(':', StringComparison.Ordinal) + 1)..]).Should().BeTrue("'{0}' has one task's data, with four-digit years", task);
        }

        return (svg, html);
    }

    private static Instant? Latest(Instant? earliest, long ticks, bool open)
    {
        if (open)
        {
            return null;
        }

        var from = earliest ?? Instant.FromUtc(2025, 12, 28, 0, 0);
        return Instant.MaxValue - from < Duration.FromTicks(ticks) ? Instant.MaxValue : from + Duration.FromTicks(ticks);
    }

    [Fact]
    public void Axis_labels_are_English_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ru-RU");
            var scale = new TimeScale(Enumerable.Range(1, 12).Select(month => Instant.FromUtc(2025, month, 1, 0, 0)), 0, 1000);
            TimeAxis.Ticks(scale, DateTimeZone.Utc, 1100).Select(t => t.Label).Should().Contain(l => l.StartsWith("Jan", StringComparison.Ordinal) || l.Contains("Feb", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(milestone, )?t\d+, \d{4}-\d\d-\d\dT\d\d:\d\d, (\d{4}-\d\d-\d\dT\d\d:\d\d|0m)$")]
    private static partial System.Text.RegularExpressions.Regex TaskData();
}
