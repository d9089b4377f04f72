using System.Net;
using System.Text;
using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>A self-contained HTML page (no scripts, fonts or images fetched) holding the SVG timeline and a table of its entries.</summary>
internal static class TimelineHtml
{
    public static string Render(IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(WebUtility.HtmlEncode(title)).AppendLine("</title>");
        html.AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        html.AppendLine("""
            <style>
              body { font-family: 'Noto Sans', 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif; margin: 24px; color: #111; }
              .chart { overflow-x: auto; border: 1px solid #e3e6eb; }
              table { border-collapse: collapse; margin-top: 24px; font-size: 13px; }
              th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid #e3e6eb; vertical-align: top; }
              th { background: #f7f8fa; }
              code { font-size: 12px; }
            </style>
            </head><body>
            """);
        html.Append("<div class=\"chart\">").Append(TimelineSvg.Render(items, zone, title)).AppendLine("</div>");
        html.AppendLine("<table><thead><tr><th>When (as stated)</th><th>Lane</th><th>Kind</th><th>What</th></tr></thead><tbody>");
        foreach (var item in items)
        {
            html.Append("<tr><td><code>").Append(WebUtility.HtmlEncode(item.WhenText)).Append("</code></td><td>")
                .Append(WebUtility.HtmlEncode(item.Lane)).Append("</td><td>").Append(WebUtility.HtmlEncode(item.Kind)).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(item.Label)).AppendLine("</td></tr>");
        }

        html.AppendLine("</tbody></table></body></html>");
        return html.ToString();
    }
}
