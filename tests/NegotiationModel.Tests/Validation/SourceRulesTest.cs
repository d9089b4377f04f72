using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

public sealed class SourceRulesTest
{
    [Fact]
    public void NM3001_two_sources_citing_each_other_are_reported_once_at_the_citation_closing_the_cycle()
    {
        var record = Clean() with { Sources = Clean().Sources.Replace(1, s => s with { Cites = [Blog] }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.CitationCycle);
        diagnostic.Path.ToString().Should().Be("$['sources'][2]['cites'][0]");
        diagnostic.Message.Should().Contain("'nhk-2025-12-29' cites 'nhk-wire-reports' cites 'blog-commentary' cites 'nhk-2025-12-29'");
        diagnostic.RelatedIds.Should().Equal(EntityReference.To(Nhk), EntityReference.To(Wires), EntityReference.To(Blog));
    }

    [Fact]
    public void NM3001_a_source_citing_itself_is_a_cycle()
    {
        var record = Clean() with { Sources = Clean().Sources.Replace(1, s => s with { Cites = [Wires] }) };

        Found(record).Should().Equal($"{DiagnosticCodes.CitationCycle} at $['sources'][1]['cites'][0]");
    }

    [Fact]
    public void NM3001_a_source_cited_by_two_others_is_no_cycle()
    {
        var record = Clean() with { Sources = Clean().Sources.Replace(2, s => s with { Cites = [Nhk, Wires] }) };

        Found(record).Should().BeEmpty();
    }

    [Fact]
    public void NM3001_a_long_citation_chain_closed_into_a_cycle_is_found_without_recursion_and_listed_shortened()
    {
        const int length = 50_000;
        var sources = Enumerable.Range(0, length).Select(i => new Source(new SourceId($"s{i}"), SourceKind.NewsReport) { Cites = [new SourceId($"s{(i + 1) % length}")] });

        var diagnostic = Validate(new NegotiationRecord("Chain") { Sources = ValueList.From(sources) }).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(DiagnosticCodes.CitationCycle);
        diagnostic.Message.Should().Contain("cycle of 50000");
        diagnostic.RelatedIds.Should().HaveCount(10);
    }

    [Fact]
    public void NM3002_a_source_attributed_to_itself_is_a_warning()
    {
        var record = Clean() with { Sources = Clean().Sources.Replace(0, s => s with { Citations = [new Citation(Blog), new Citation(Nhk)] }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.SelfAttributedSource);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Warning);
        diagnostic.Path.ToString().Should().Be("$['sources'][0]['citations'][1]['source']");
    }

    [Fact]
    public void NM3003_a_statement_without_citations_is_an_info()
    {
        var record = Clean() with { Statements = Clean().Statements.Replace(0, s => s with { Citations = [] }) };

        var diagnostic = Validate(record).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.UnsourcedStatement);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.Path.ToString().Should().Be("$['statements'][0]");
    }
}
