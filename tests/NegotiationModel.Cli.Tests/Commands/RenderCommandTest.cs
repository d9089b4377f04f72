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
    public async Task Numbered_provisions_and_guarantees_are_drawn_by_their_heading()
    {
        var record = CliRun.TempFile("""
            {"schemaVersion":"1.0","title":"Minsk II","actors":[{"id":"russia","kind":"state","names":[{"text":"Russia","language":"en"}]}],
             "proposals":[{"id":"package","kind":"peace-plan","title":[{"text":"Package of Measures","language":"en"}],
               "versions":[{"number":1,"provisions":[{"kind":"ceasefire","id":"p1","number":"point 1","title":[{"text":"Ceasefire","language":"en"}],"summary":[{"text":"An immediate and comprehensive ceasefire","language":"en"}]}]}]}],
             "guarantees":[{"id":"g","kind":"security","number":"Article 5","title":[{"text":"Guarantees","language":"en"}],"statusHistory":[{"status":"proposed","when":"2015-02-12"}]}],
             "positions":[{"id":"russia-on-p1","holder":"russia","subject":{"kind":"provision","id":"p1"},"stance":"supports","when":"2015-02-12"}]}
            """);
        var output = CliRun.TempFile(string.Empty, ".html");

        var run = await CliRun.InvokeAsync("render", record, "--format", "html", "-o", output);

        run.ExitCode.Should().Be(0);
        var html = File.ReadAllText(output);
        html.Should().Contain("Russia supports point 1: Ceasefire").And.Contain("Article 5: Guarantees — proposed").And.NotContain("An immediate and comprehensive");
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
