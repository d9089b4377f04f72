using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Sources;

public sealed class SourceTest
{
    private static Source Nhk() => new(new SourceId("nhk"), SourceKind.NewsReport)
    {
        Outlet = new ActorId("nhk"),
        Language = "ja",
        Uri = new Uri("https://www3.nhk.or.jp/news/"),
        Revisions =
        [
            new SourceRevision(1, When.Parse("2025-12-29T11:36[Asia/Tokyo]")),
            new SourceRevision(2, When.Parse("2025-12-29T19:31[Asia/Tokyo]")),
        ],
        Cites = [new SourceId("wires")],
        Reliability = ReliabilityGrade.UsuallyReliable,
    };

    [Fact]
    public void A_source_needs_an_identifier_and_a_defined_kind()
    {
        var noId = () => new Source(default, SourceKind.NewsReport);
        var badKind = () => new Source(new SourceId("x"), (SourceKind)99);

        noId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        badKind.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
        new Source(new SourceId("x"), SourceKind.Commentary).Kind.Should().Be(SourceKind.Commentary);
    }

    [Fact]
    public void Sources_with_equal_members_are_equal_and_a_changed_revision_makes_them_differ()
    {
        Nhk().Should().Be(Nhk());
        Nhk().Should().NotBe(Nhk() with { Revisions = [new SourceRevision(1, When.Parse("2025-12-29T11:36[Asia/Tokyo]"))] });
    }

    [Fact]
    public void FindRevision_finds_by_number()
    {
        Nhk().FindRevision(2)!.At.ToString().Should().Be("2025-12-29T19:31[Asia/Tokyo]");
        Nhk().FindRevision(3).Should().BeNull();
    }

    [Fact]
    public void A_source_round_trips_through_json_with_letter_grades_and_kebab_kinds()
    {
        var json = JsonRoundTrip.Write(Nhk());

        JsonRoundTrip.Of(Nhk()).Should().Be(Nhk());
        json.Should().Contain("\"kind\": \"news-report\"").And.Contain("\"reliability\": \"B\"").And.Contain("\"uri\": \"https://www3.nhk.or.jp/news/\"");
    }

    [Fact]
    public void A_revision_needs_a_positive_number_and_a_time()
    {
        var zero = () => new SourceRevision(0, When.Parse("2025"));
        var noTime = () => new SourceRevision(1, null!);

        zero.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Number");
        noTime.Should().Throw<ArgumentException>().And.ParamName.Should().Be("At");
    }
}
