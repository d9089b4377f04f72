using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Cli.Rendering;

/// <summary>A Mermaid gantt chart of the timeline, one section per lane, times in one zone. Open ends are cut at the chart's edges.</summary>
internal static class TimelineMermaid
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static string Render(IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
    {
        var bounded = items.SelectMany(i => new[] { i.Earliest, i.Latest }).OfType<Instant>().ToList();
        var first = bounded.Count == 0 ? Instant.FromUtc(2000, 1, 1, 0, 0) : bounded.Min();
        var last = bounded.Count == 0 ? first : bounded.Max();
        var mermaid = new StringBuilder();
        mermaid.AppendLine("gantt");
        mermaid.Append("    title ").AppendLine(Clean(title));
        mermaid.AppendLine("    dateFormat YYYY-MM-DDTHH:mm");
        mermaid.AppendLine("    axisFormat %d %b %H:%M");
        mermaid.Append("    %% times in ").AppendLine(zone.Id);
        var index = 0;
        foreach (var lane in items.GroupBy(i => i.Lane, StringComparer.Ordinal))
        {
            mermaid.Append("    section ").AppendLine(Clean(lane.Key));
            foreach (var item in lane)
            {
                var start = item.Earliest ?? first;
                var end = item.Latest ?? last;
                var id = string.Create(CultureInfo.InvariantCulture, $"t{index++}");
                if (end - start < Duration.FromMinutes(1))
                {
                    mermaid.Append(CultureInfo.InvariantCulture, $"    {Clean(item.Label)} :milestone, {id}, {Local(start, zone)}, 0m").AppendLine();
                }
                else
                {
                    mermaid.Append(CultureInfo.InvariantCulture, $"    {Clean(item.Label)} :{id}, {Local(start, zone)}, {Local(end, zone)}").AppendLine();
                }
            }
        }

        return mermaid.ToString();
    }

    private static string Local(Instant instant, DateTimeZone zone) => Pattern.Format(instant.InZone(zone).LocalDateTime);

    // Mermaid task names end at ':' and comments start with '#' or '%%': keep the text readable without them.
    private static string Clean(string text)
    {
        var cleaned = text.Replace(':', '：').Replace('#', '＃').Replace('%', '％').Replace(';', '；').ReplaceLineEndings(" ");
        return cleaned.Length <= 80 ? cleaned : string.Concat(cleaned.AsSpan(0, 79), "…");
    }
}
