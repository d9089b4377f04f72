using System.Globalization;
using System.Net;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Cli.Rendering;

/// <summary>
/// Draws a timeline as a self-contained SVG: one lane per actor or kind, imprecise times as spans (not
/// points), open ends fading out, long empty stretches cut short with a break, times shown in one zone.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 1280;
    private const double LaneLabelWidth = 220;
    private const double PlotLeft = LaneLabelWidth + 10;
    private const double PlotRight = Width - 30;
    private const double Top = 96;
    private const double RowHeight = 26;
    private const double LanePadding = 8;
    private const double CharacterWidth = 6.6;

    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["event"] = "#2f6db5",
        ["statement"] = "#c77c12",
        ["status-change"] = "#4f8a3a",
        ["milestone"] = "#8a4fb0",
        ["position"] = "#c0392b",
        ["publication"] = "#6b7280",
        ["revision"] = "#9ca3af",
        ["proposal-version"] = "#0e7490",
        ["control-observation"] = "#7c5a3a",
    };

    public static string Render(IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
    {
        var scale = new TimeScale(items.SelectMany(Bounds), PlotLeft, PlotRight - PlotLeft);
        var lanes = Layout(items, scale);
        var height = Top + lanes.Sum(l => l.Height) + 60;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 {Width} {height:0}" font-family="'Noto Sans', 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif" font-size="12">""").AppendLine();
        svg.AppendLine("<defs>");
        foreach (var (kind, colour) in Colours)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<linearGradient id="fade-right-{kind}"><stop offset="0" stop-color="{colour}" stop-opacity="0.85"/><stop offset="1" stop-color="{colour}" stop-opacity="0"/></linearGradient>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<linearGradient id="fade-left-{kind}"><stop offset="0" stop-color="{colour}" stop-opacity="0"/><stop offset="1" stop-color="{colour}" stop-opacity="0.85"/></linearGradient>""").AppendLine();
        }

        svg.AppendLine("</defs>");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{Width}" height="{height:0}" fill="#ffffff"/>""").AppendLine();
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="20" y="30" font-size="18" font-weight="bold">{Escape(title)}</text>""").AppendLine();
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="20" y="50" fill="#555">Times in {Escape(zone.Id)}. Bars span the window each time allows; faded ends are open ("before…", "after…").</text>""").AppendLine();
        Legend(svg, 20, 70);
        Axis(svg, scale, zone, Top, height - 40);
        var y = Top;
        foreach (var lane in lanes)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="0" y="{y:0.#}" width="{Width}" height="{lane.Height:0.#}" fill="{(lane.Index % 2 == 0 ? "#f7f8fa" : "#ffffff")}"/>""").AppendLine();
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="20" y="{y + LanePadding + 16:0.#}" font-weight="bold">{Escape(Truncate(lane.Name, 30))}</text>""").AppendLine();
            foreach (var placed in lane.Items)
            {
                Item(svg, placed, y + LanePadding + (placed.Row * RowHeight), zone);
            }

            y += lane.Height;
        }

        Breaks(svg, scale, Top, height - 40);
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static IEnumerable<Instant> Bounds(RenderItem item)
    {
        if (item.Earliest is { } earliest)
        {
            yield return earliest;
        }

        if (item.Latest is { } latest)
        {
            yield return latest;
        }
    }

    private static List<Lane> Layout(IReadOnlyList<RenderItem> items, TimeScale scale)
    {
        var lanes = new List<Lane>();
        foreach (var group in items.GroupBy(i => i.Lane, StringComparer.Ordinal))
        {
            var rowEnds = new List<double>();
            var placed = new List<Placed>();
            foreach (var item in group.OrderBy(i => i.Earliest ?? Instant.MinValue).ThenBy(i => i.Id, StringComparer.Ordinal))
            {
                var x0 = item.Earliest is { } e ? scale.X(e) : PlotLeft;
                var x1 = item.Latest is { } l ? scale.X(l) : PlotRight;
                x1 = Math.Max(x1, x0 + 3);
                var textWidth = ShortLabel(item).Length * CharacterWidth;
                var extent = (textWidth < x1 - x0 - 8 ? x1 : x1 + 8 + textWidth) + 6;
                var row = rowEnds.FindIndex(end => end <= x0);
                if (row < 0)
                {
                    rowEnds.Add(extent);
                    row = rowEnds.Count - 1;
                }
                else
                {
                    rowEnds[row] = extent;
                }

                placed.Add(new Placed(item, x0, x1, row));
            }

            lanes.Add(new Lane(group.Key, lanes.Count, placed, (rowEnds.Count * RowHeight) + (2 * LanePadding)));
        }

        return lanes;
    }

    private static void Item(StringBuilder svg, Placed placed, double y, DateTimeZone zone)
    {
        var item = placed.Item;
        var colour = Colours.GetValueOrDefault(item.Kind, "#444444");
        var tooltip = $"{item.Label}\n{item.WhenText}\n{Window(item, zone)}";
        svg.Append("<g><title>").Append(Escape(tooltip)).Append("</title>");
        var width = placed.X1 - placed.X0;
        if (item.Earliest is not null && item.Latest is not null && width < 7)
        {
            var cx = (placed.X0 + placed.X1) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{cx:0.#},{y + 2:0.#} l7,8 l-7,8 l-7,-8 z" fill="{colour}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{cx + 10:0.#}" y="{y + 14:0.#}">{Escape(ShortLabel(item))}</text>""");
        }
        else
        {
            var fill = (item.Earliest, item.Latest) switch
            {
                (null, not null) => $"url(#fade-left-{item.Kind})",
                (not null, null) => $"url(#fade-right-{item.Kind})",
                (null, null) => "#dddddd",
                _ => colour,
            };
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{placed.X0:0.#}" y="{y + 2:0.#}" width="{width:0.#}" height="{RowHeight - 6}" rx="4" fill="{fill}" fill-opacity="{(fill == colour ? "0.85" : "1")}"/>""");
            // A label goes inside its bar when it fits or the bar runs open to the edge, else just after the bar.
            var label = ShortLabel(item);
            var inside = label.Length * CharacterWidth < width - 8 || item.Latest is null;
            var textX = inside ? placed.X0 + 5 : placed.X1 + 5;
            var textColour = inside && fill == colour ? "#ffffff" : "#111111";
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{textX:0.#}" y="{y + 16:0.#}" fill="{textColour}">{Escape(label)}</text>""");
        }

        svg.AppendLine("</g>");
    }

    private static string Window(RenderItem item, DateTimeZone zone)
    {
        var pattern = ZonedDateTimePattern.CreateWithInvariantCulture("d MMM uuuu HH:mm x", DateTimeZoneProviders.Tzdb);
        var from = item.Earliest is { } e ? pattern.Format(e.InZone(zone)) : "…";
        var to = item.Latest is { } l ? pattern.Format(l.InZone(zone)) : "…";
        return $"{from} – {to}";
    }

    private static void Axis(StringBuilder svg, TimeScale scale, DateTimeZone zone, double top, double bottom)
    {
        foreach (var (from, to, x0, x1) in scale.LinearSegments)
        {
            var pixelsPerDay = (x1 - x0) / Math.Max(1e-9, (to - from).TotalDays);
            var stepHours = pixelsPerDay switch
            {
                > 600 => 3,
                > 240 => 6,
                > 90 => 12,
                > 30 => 24,
                > 5 => 24 * 7,
                _ => 24 * 30,
            };
            var local = from.InZone(zone).Date.AtStartOfDayInZone(zone).ToInstant();
            for (var tick = local; tick <= to; tick += Duration.FromHours(stepHours))
            {
                if (tick < from)
                {
                    continue;
                }

                var x = scale.X(tick);
                var zoned = tick.InZone(zone);
                var isDay = zoned.Hour == 0;
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x:0.#}" y1="{top - 6:0.#}" x2="{x:0.#}" y2="{bottom:0.#}" stroke="{(isDay ? "#b8bec8" : "#e3e6eb")}" stroke-width="1"/>""");
                var label = isDay ? zoned.ToString("d MMM", CultureInfo.InvariantCulture) : zoned.ToString("HH:mm", CultureInfo.InvariantCulture);
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 3:0.#}" y="{top - 8:0.#}" fill="#444" font-size="11"{(isDay ? " font-weight=\"bold\"" : string.Empty)}>{label}</text>""").AppendLine();
            }
        }
    }

    private static void Breaks(StringBuilder svg, TimeScale scale, double top, double bottom)
    {
        foreach (var (x0, x1) in scale.Breaks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x0 + 4:0.#}" y="{top - 20:0.#}" width="{x1 - x0 - 8:0.#}" height="{bottom - top + 20:0.#}" fill="#ffffff" fill-opacity="0.55"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{x0 + 8:0.#},{top - 20:0.#} l6,6 l-6,6 l6,6" stroke="#888" fill="none"/><path d="M{x1 - 8:0.#},{top - 20:0.#} l-6,6 l6,6 l-6,6" stroke="#888" fill="none"/>""").AppendLine();
        }
    }

    private static void Legend(StringBuilder svg, double x, double y)
    {
        foreach (var (kind, colour) in Colours)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{y - 10:0.#}" width="12" height="12" rx="2" fill="{colour}"/><text x="{x + 16:0.#}" y="{y:0.#}" fill="#333">{kind}</text>""");
            x += 30 + (kind.Length * CharacterWidth);
        }

        svg.AppendLine();
    }

    private static string ShortLabel(RenderItem item) => Truncate(item.Label, 56);

    private static string Truncate(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private sealed record Placed(RenderItem Item, double X0, double X1, int Row);

    private sealed record Lane(string Name, int Index, List<Placed> Items, double Height);
}
