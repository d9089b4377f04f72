using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

namespace NegotiationModel.Cli.Tests.Rendering;

/// <summary>Builds small records for render tests, and reads render outputs with a real XML parser.</summary>
internal static class RenderRecords
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>A record with the given actors and events (JSON-escaped, so any text can be planted).</summary>
    public static string Record(string title, IEnumerable<(string Id, string Name)> actors, IEnumerable<(string Id, string Title, string When, string[] Participants)> events)
    {
        var record = new JsonObject
        {
            ["schemaVersion"] = "1.0",
            ["title"] = title,
            ["actors"] = new JsonArray([.. actors.Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["kind"] = "person",
                ["names"] = new JsonArray(new JsonObject { ["text"] = a.Name, ["language"] = "en" }),
            })]),
            ["events"] = new JsonArray([.. events.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["kind"] = "meeting",
                ["title"] = new JsonArray(new JsonObject { ["text"] = e.Title, ["language"] = "en" }),
                ["when"] = e.When,
                ["participants"] = new JsonArray([.. e.Participants.Select(p => (JsonNode)new JsonObject { ["actor"] = p, ["role"] = "principal" })]),
            })]),
        };
        return record.ToJsonString();
    }

    /// <summary>A record of one actor and one event per time given.</summary>
    public static string Events(params string[] whens) => Record(
        "Times",
        [("a", "A")],
        whens.Select((when, i) => ($"e{i}", $"Event {i}", when, new[] { "a" })));

    /// <summary>Parses with <see cref="XmlReader"/> (which rejects any document that is not well-formed XML 1.0); the HTML page's DOCTYPE is allowed.</summary>
    public static XDocument ParseXml(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CheckCharacters = true });
        return XDocument.Load(reader);
    }

    /// <summary>Renders <paramref name="record"/> and returns what was printed, requiring exit code 0.</summary>
    public static async Task<string> RenderAsync(string record, string format, params string[] options)
    {
        var run = await CliRun.InvokeAsync(["render", CliRun.TempFile(record), "--format", format, .. options]);
        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
        return run.Out;
    }

    /// <summary>The axis labels of an SVG chart (its 11-pixel texts) with their x positions.</summary>
    public static List<(double X, string Label)> AxisLabels(XDocument svg) =>
        [.. svg.Descendants(Svg + "text")
            .Where(t => (string?)t.Attribute("font-size") == "11")
            .Select(t => (double.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture), t.Value))];
}
