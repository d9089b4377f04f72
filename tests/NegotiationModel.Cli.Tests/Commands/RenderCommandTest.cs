using System.Xml.Linq;

namespace NegotiationModel.Cli.Tests.Commands;

public sealed class RenderCommandTest
{
    [Fact]
    public async Task Html_is_one_self_contained_page_with_the_chart_and_a_table()
    {
        var output = CliRun.TempFile(string.Empty, ".html");

        var run = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "html", "--zone", "Asia/Tokyo", "-o", output);

        run.ExitCode.Should().Be(0);
        var html = File.ReadAllText(output);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<svg").And.Contain("Meeting of Trump and officials");
        // Namespace names identify vocabularies; nothing fetches them.
        var withoutNamespace = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal)
            .Replace("xmlns=\"http://www.w3.org/1999/xhtml\"", string.Empty, StringComparison.Ordinal);
        withoutNamespace.Should().NotContainAny("http://", "https://", "src=", "<script", "@import", "url(http").And.Contain("default-src 'none'");
    }

    [Fact]
    public async Task Svg_is_well_formed_xml_with_a_lane_per_actor_and_spans_for_imprecise_times()
    {
        var run = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "svg", "--zone", "America/New_York");

        run.ExitCode.Should().Be(0);
        var svg = XDocument.Parse(run.Out);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        texts.Should().Contain(["Yuri Ushakov", "Donald Trump", "Vladimir Putin"]);
        texts.Should().Contain(t => t.StartsWith("Times in America/New_York", StringComparison.Ordinal));
        svg.Descendants(ns + "rect").Should().Contain(r => (string?)r.Attribute("fill") == "url(#fade-right-event)", "an event known only to lie after another is drawn fading out");
    }

    [Fact]
    public async Task Lanes_can_be_kinds()
    {
        var run = await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "svg", "--lanes", "kind");

        var texts = XDocument.Parse(run.Out).Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value);
        texts.Should().Contain(["statement", "status-change", "revision"]);
    }

    [Fact]
    public async Task The_format_is_required_and_checked()
    {
        (await CliRun.InvokeAsync("render", CliRun.Sample)).ExitCode.Should().Be(2);
        (await CliRun.InvokeAsync("render", CliRun.Sample, "--format", "png")).ExitCode.Should().Be(2);
    }
}
