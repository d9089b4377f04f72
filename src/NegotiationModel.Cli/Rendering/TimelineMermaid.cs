using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Cli.Rendering;

/// <summary>
/// A Mermaid gantt chart of the timeline, one section per lane, times in one zone. Open ends are cut at the
/// chart's edges. No text from the record can change how Mermaid reads the chart (see <see cref="TaskText"/>).
/// </summary>
internal static class TimelineMermaid
{
    /// <summary>
    /// Starts every task line. Mermaid's gantt lexer tries its keywords (<c>title</c>, <c>section</c>,
    /// <c>dateFormat</c>, <c>excludes</c>, <c>click</c>…, case-insensitive and without a word boundary) and dates
    /// before a task's text at the start of a line; a word joiner, which is invisible and not white space to it,
    /// makes every task line a task whatever its text.
    /// </summary>
    public const char TaskStart = '\u2060';

    private const int TextLength = 80;
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    // Mermaid's dates are four-digit years; times beyond them are drawn at the limit.
    private static readonly LocalDateTime FirstLocal = new(1, 1, 1, 0, 0);
    private static readonly LocalDateTime LastLocal = new(9999, 12, 31, 23, 59);

    public static string Render(IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
    {
        var bounded = items.SelectMany(i => new[] { i.Earliest, i.Latest }).OfType<Instant>().ToList();
        var first = bounded.Count == 0 ? Instant.FromUtc(2000, 1, 1, 0, 0) : bounded.Min();
        var last = bounded.Count == 0 ? first : bounded.Max();
        var mermaid = new StringBuilder();
        mermaid.AppendLine("gantt");
        mermaid.Append("    title ").AppendLine(LineText(title, "(untitled)"));
        mermaid.AppendLine("    dateFormat YYYY-MM-DDTHH:mm");
        mermaid.Append("    axisFormat ").AppendLine(Local(first, zone).Year == Local(last, zone).Year ? "%d %b %H:%M" : "%d %b %Y");
        mermaid.Append("    %% times in ").AppendLine(zone.Id);
        var index = 0;
        foreach (var lane in RenderItems.LaneOrder(items))
        {
            mermaid.Append("    section ").AppendLine(LineText(lane, "(no name)"));
            foreach (var item in items.Where(i => i.Lanes.Contains(lane, StringComparer.Ordinal)))
            {
                var start = item.Earliest ?? first;
                var end = item.Latest ?? last;
                var id = string.Create(CultureInfo.InvariantCulture, $"t{index++}");
                var from = Format(Local(start, zone));
                var to = Format(Local(end, zone));
                mermaid.Append("    ").Append(TaskText(item.Label));
                if (end - start < Duration.FromMinutes(1) || from == to)
                {
                    mermaid.Append(CultureInfo.InvariantCulture, $":milestone, {id}, {from}, 0m").AppendLine();
                }
                else
                {
                    mermaid.Append(CultureInfo.InvariantCulture, $":{id}, {from}, {to}").AppendLine();
                }
            }
        }

        return mermaid.ToString();
    }

    /// <summary>The text of a task as Mermaid will hold it: <see cref="TaskStart"/> and the label made safe by <see cref="LineText"/>.</summary>
    public static string TaskText(string label) => TaskStart + LineText(label, "(no label)");

    /// <summary>
    /// A text on one line of the chart: visible characters only, no line break, and none of the characters that
    /// end a task's text (<c>:</c>), start a comment or directive (<c>#</c>, <c>%</c>), end a statement
    /// (<c>;</c>) or that Mermaid's sanitiser rewrites (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>): each becomes its
    /// full-width form, which reads the same. Cut after 80 text elements; blank becomes <paramref name="blank"/>.
    /// </summary>
    public static string LineText(string text, string blank)
    {
        var safe = new StringBuilder(DisplayText.Visible(text));
        foreach (var (reserved, fullWidth) in new[] { (':', '：'), ('#', '＃'), ('%', '％'), (';', '；'), ('&', '＆'), ('<', '＜'), ('>', '＞') })
        {
            safe.Replace(reserved, fullWidth);
        }

        var trimmed = safe.ToString().Trim();
        return trimmed.Length == 0 ? blank : DisplayText.Truncate(trimmed, TextLength);
    }

    private static LocalDateTime Local(Instant instant, DateTimeZone zone)
    {
        var local = RenderRange.LocalIn(instant, zone);
        return local < FirstLocal ? FirstLocal : local > LastLocal ? LastLocal : local;
    }

    private static string Format(LocalDateTime local) => Pattern.Format(local);
}
