using System.Xml;
using NodaTime;

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
    private const int TitleLength = 110;
    private const int LaneNameLength = 30;
    private const int LabelLength = 56;

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
        => Markup.Write(writer => Write(writer, items, zone, title));

    /// <summary>Writes the chart as one <c>svg</c> element, for a file of its own or inside a page.</summary>
    public static void Write(XmlWriter svg, IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
    {
        var scale = new TimeScale(items.SelectMany(Bounds), PlotLeft, PlotRight - PlotLeft);
        var lanes = Layout(items, scale);
        var height = Top + lanes.Sum(l => l.Height) + 60;
        svg.WriteStartElement("svg", Markup.SvgNamespace);
        svg.WriteAttributeString("width", "100%");
        svg.WriteAttributeString("viewBox", $"0 0 {Markup.Number(Width)} {Markup.Number(Math.Round(height))}");
        svg.WriteAttributeString("font-family", "'Noto Sans', 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif");
        svg.WriteAttributeString("font-size", "12");
        svg.WriteStartElement("defs");
        foreach (var (kind, colour) in Colours)
        {
            Gradient(svg, $"fade-right-{kind}", colour, "0.85", "0");
            Gradient(svg, $"fade-left-{kind}", colour, "0", "0.85");
        }

        svg.WriteEndElement();
        svg.Empty("rect", ("width", Markup.Number(Width)), ("height", Markup.Number(Math.Round(height))), ("fill", "#ffffff"));
        svg.Element("text", DisplayText.Truncate(DisplayText.Visible(title), TitleLength), ("x", "20"), ("y", "30"), ("font-size", "18"), ("font-weight", "bold"));
        svg.Element("text", $"Times in {zone.Id}. Bars span the window each time allows; faded ends are open (\"before…\", \"after…\").", ("x", "20"), ("y", "50"), ("fill", "#555"));
        Legend(svg, 20, 70);
        Axis(svg, scale, zone, Top, height - 40);
        var y = Top;
        foreach (var lane in lanes)
        {
            svg.Empty("rect", ("x", "0"), ("y", Markup.Number(y)), ("width", Markup.Number(Width)), ("height", Markup.Number(lane.Height)), ("fill", lane.Index % 2 == 0 ? "#f7f8fa" : "#ffffff"));
            svg.Element("text", DisplayText.Truncate(DisplayText.Visible(lane.Name), LaneNameLength), ("x", "20"), ("y", Markup.Number(y + LanePadding + 16)), ("font-weight", "bold"));
            foreach (var placed in lane.Items)
            {
                Item(svg, placed, y + LanePadding + (placed.Row * RowHeight));
            }

            y += lane.Height;
        }

        Breaks(svg, scale, Top, height - 40);
        svg.WriteEndElement();
    }

    private static void Gradient(XmlWriter svg, string id, string colour, string startOpacity, string endOpacity)
    {
        svg.Start("linearGradient", ("id", id));
        svg.Empty("stop", ("offset", "0"), ("stop-color", colour), ("stop-opacity", startOpacity));
        svg.Empty("stop", ("offset", "1"), ("stop-color", colour), ("stop-opacity", endOpacity));
        svg.WriteEndElement();
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
        foreach (var name in RenderItems.LaneOrder(items))
        {
            var rowEnds = new List<double>();
            var placed = new List<Placed>();
            var inLane = items.Where(i => i.Lanes.Contains(name, StringComparer.Ordinal));
            foreach (var item in inLane.OrderBy(i => i.Earliest ?? Instant.MinValue).ThenBy(i => i.Id, StringComparer.Ordinal))
            {
                var x0 = item.Earliest is { } e ? scale.X(e) : PlotLeft;
                var x1 = item.Latest is { } l ? scale.X(l) : PlotRight;
                x1 = Math.Max(x1, x0 + 3);
                var textWidth = DisplayText.Length(ShortLabel(item)) * CharacterWidth;
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

            lanes.Add(new Lane(name, lanes.Count, placed, (rowEnds.Count * RowHeight) + (2 * LanePadding)));
        }

        return lanes;
    }

    private static void Item(XmlWriter svg, Placed placed, double y)
    {
        var item = placed.Item;
        var colour = Colours.GetValueOrDefault(item.Kind, "#444444");
        svg.WriteStartElement("g");
        svg.WriteStartElement("title");
        svg.WriteString(string.Join('\n', new[] { item.Label, item.WhenText, item.ResolvedText }.Select(DisplayText.Visible)));
        svg.WriteEndElement();
        var width = placed.X1 - placed.X0;
        var label = ShortLabel(item);
        if (item.Earliest is not null && item.Latest is not null && width < 7)
        {
            var cx = (placed.X0 + placed.X1) / 2;
            svg.Empty("path", ("d", $"M{Markup.Number(cx)},{Markup.Number(y + 2)} l7,8 l-7,8 l-7,-8 z"), ("fill", colour));
            svg.Element("text", label, ("x", Markup.Number(cx + 10)), ("y", Markup.Number(y + 14)));
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
            svg.Empty("rect", ("x", Markup.Number(placed.X0)), ("y", Markup.Number(y + 2)), ("width", Markup.Number(width)), ("height", Markup.Number(RowHeight - 6)), ("rx", "4"), ("fill", fill), ("fill-opacity", fill == colour ? "0.85" : "1"));
            // A label goes inside its bar when it fits or the bar runs open to the edge, else just after the bar.
            var inside = DisplayText.Length(label) * CharacterWidth < width - 8 || item.Latest is null;
            var textX = inside ? placed.X0 + 5 : placed.X1 + 5;
            svg.Element("text", label, ("x", Markup.Number(textX)), ("y", Markup.Number(y + 16)), ("fill", inside && fill == colour ? "#ffffff" : "#111111"));
        }

        svg.WriteEndElement();
    }

    private static void Axis(XmlWriter svg, TimeScale scale, DateTimeZone zone, double top, double bottom)
    {
        foreach (var tick in TimeAxis.Ticks(scale, zone, Width - 4))
        {
            var x = Markup.Number(tick.X);
            svg.Empty("line", ("x1", x), ("y1", Markup.Number(top - 6)), ("x2", x), ("y2", Markup.Number(bottom)), ("stroke", tick.IsMajor ? "#b8bec8" : "#e3e6eb"), ("stroke-width", "1"));
            svg.Element(
                "text",
                tick.Label,
                [("x", Markup.Number(tick.X + TimeAxis.LabelOffset)), ("y", Markup.Number(top - 8)), ("fill", "#444"), ("font-size", Markup.Number(TimeAxis.FontSize)), .. tick.IsMajor ? [("font-weight", "bold")] : Array.Empty<(string, string)>()]);
        }
    }

    private static void Breaks(XmlWriter svg, TimeScale scale, double top, double bottom)
    {
        foreach (var (x0, x1) in scale.Breaks)
        {
            svg.Empty("rect", ("x", Markup.Number(x0 + 4)), ("y", Markup.Number(top - 20)), ("width", Markup.Number(x1 - x0 - 8)), ("height", Markup.Number(bottom - top + 20)), ("fill", "#ffffff"), ("fill-opacity", "0.55"));
            svg.Empty("path", ("d", $"M{Markup.Number(x0 + 8)},{Markup.Number(top - 20)} l6,6 l-6,6 l6,6"), ("stroke", "#888"), ("fill", "none"));
            svg.Empty("path", ("d", $"M{Markup.Number(x1 - 8)},{Markup.Number(top - 20)} l-6,6 l6,6 l-6,6"), ("stroke", "#888"), ("fill", "none"));
        }
    }

    private static void Legend(XmlWriter svg, double x, double y)
    {
        foreach (var (kind, colour) in Colours)
        {
            svg.Empty("rect", ("x", Markup.Number(x)), ("y", Markup.Number(y - 10)), ("width", "12"), ("height", "12"), ("rx", "2"), ("fill", colour));
            svg.Element("text", kind, ("x", Markup.Number(x + 16)), ("y", Markup.Number(y)), ("fill", "#333"));
            x += 30 + (kind.Length * CharacterWidth);
        }
    }

    private static string ShortLabel(RenderItem item) => DisplayText.Truncate(DisplayText.Visible(item.Label), LabelLength);

    private sealed record Placed(RenderItem Item, double X0, double X1, int Row);

    private sealed record Lane(string Name, int Index, List<Placed> Items, double Height);
}
