using System.Xml;
using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>
/// A self-contained HTML page (no scripts, fonts or images fetched) holding the SVG timeline and a table of its
/// entries. It is written as polyglot markup: the same bytes are an HTML document and a well-formed XHTML one,
/// so an XML parser can check all of it.
/// </summary>
internal static class TimelineHtml
{
    private const string Style = """

          body { font-family: 'Noto Sans', 'Noto Sans CJK JP', 'DejaVu Sans', sans-serif; margin: 24px; color: #111; }
          .chart { overflow-x: auto; border: 1px solid #e3e6eb; }
          table { border-collapse: collapse; margin-top: 24px; font-size: 13px; }
          th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid #e3e6eb; vertical-align: top; }
          th { background: #f7f8fa; }
          code { font-size: 12px; }

        """;

    public static string Render(IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
        => "<!DOCTYPE html>\n" + Markup.Write(html => Write(html, items, zone, title)) + "\n";

    private static void Write(XmlWriter html, IReadOnlyList<RenderItem> items, DateTimeZone zone, string title)
    {
        html.WriteStartElement("html", Markup.XhtmlNamespace);
        html.WriteAttributeString("lang", "en");
        html.WriteStartElement("head");
        html.Empty("meta", ("charset", "utf-8"));
        html.Element("title", title);
        html.Empty("meta", ("http-equiv", "Content-Security-Policy"), ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"));
        html.Element("style", Style);
        html.WriteFullEndElement();
        html.WriteStartElement("body");
        html.Start("div", ("class", "chart"));
        TimelineSvg.Write(html, items, zone, title);
        html.WriteFullEndElement();
        html.WriteStartElement("table");
        html.WriteStartElement("thead");
        html.WriteStartElement("tr");
        foreach (var heading in new[] { "When (as stated)", $"When (in {zone.Id})", "Lanes", "Kind", "What" })
        {
            html.Element("th", heading);
        }

        html.WriteFullEndElement();
        html.WriteFullEndElement();
        html.WriteStartElement("tbody");
        foreach (var item in items)
        {
            html.WriteStartElement("tr");
            html.WriteStartElement("td");
            html.Element("code", item.WhenText);
            html.WriteFullEndElement();
            html.Element("td", item.ResolvedText);
            html.Element("td", string.Join(", ", item.Lanes));
            html.Element("td", item.Kind);
            html.Element("td", item.Label);
            html.WriteFullEndElement();
        }

        html.WriteFullEndElement();
        html.WriteFullEndElement();
        html.WriteFullEndElement();
        html.WriteFullEndElement();
    }
}
