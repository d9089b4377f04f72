using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NodaTime;

namespace NegotiationModel.Tests.Sources;

public sealed class CitationTest
{
    private static Citation Full() => new(new SourceId("nhk"))
    {
        Revision = 2,
        Quote = new LocalizedText("合意の見通しは依然、立っていません", "ja", isOriginal: true),
        Locator = "lead",
        Credibility = CredibilityGrade.ProbablyTrue,
        RecordedBy = "sample builder",
        RecordedAt = Instant.FromUtc(2026, 11, 25, 0, 0),
        Notes = "final update",
    };

    [Fact]
    public void A_citation_needs_a_source()
    {
        var create = () => new Citation(default);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Source");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_revision_number_must_be_positive(int revision)
    {
        var create = () => new Citation(new SourceId("nhk")) { Revision = revision };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Revision");
    }

    [Fact]
    public void A_citation_round_trips_with_its_credibility_as_a_digit()
    {
        JsonRoundTrip.Of(Full()).Should().Be(Full());
        JsonRoundTrip.Write(Full()).Should().Contain("\"credibility\": \"2\"").And.Contain("\"recordedAt\": \"2026-11-25T00:00:00Z\"");
    }

    [Fact]
    public void Credibility_and_reliability_grades_read_only_their_digits_and_letters()
    {
        JsonRoundTrip.Read<CredibilityGrade>("\"6\"").Should().Be(CredibilityGrade.CannotBeJudged);
        JsonRoundTrip.Read<ReliabilityGrade>("\"F\"").Should().Be(ReliabilityGrade.CannotBeJudged);
        var word = () => JsonRoundTrip.Read<ReliabilityGrade>("\"cannot-be-judged\"");
        word.Should().Throw<System.Text.Json.JsonException>();
    }

    [Fact]
    public void ToString_names_the_source_and_revision()
    {
        Full().ToString().Should().Be("nhk (revision 2)");
        new Citation(new SourceId("blog")).ToString().Should().Be("blog");
    }
}
