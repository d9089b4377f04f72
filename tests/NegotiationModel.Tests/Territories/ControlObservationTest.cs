using System.Text.Json.Nodes;
using NegotiationModel.Identifiers;
using NegotiationModel.Territories;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Territories;

public sealed class ControlObservationTest
{
    private static readonly ActorId Russia = new("russia");
    private static readonly TerritoryId Zaporizhzhia = new("UA-23");

    private static ControlObservation RussiaHoldsPart() => new(new ControlObservationId("russia-controls-zaporizhzhia"), Zaporizhzhia, Russia, ControlExtent.Part, When.Parse("2025-12-28"))
    {
        Description = [new LocalizedText("The line of contact divides Zaporizhzhia.", "en")],
        Line = new NamedLineId("line-of-contact"),
    };

    [Fact]
    public void An_observation_holds_what_it_was_built_with()
    {
        var observation = RussiaHoldsPart();

        observation.Territory.Should().Be(Zaporizhzhia);
        observation.Controller.Should().Be(Russia);
        observation.Extent.Should().Be(ControlExtent.Part);
        observation.When.Should().Be(When.Parse("2025-12-28"));
        observation.Line.Should().Be(new NamedLineId("line-of-contact"));
        observation.Rank.Should().Be(FactRank.Normal);
        ((IRecordEntity)observation).Reference.Should().Be(new EntityReference(EntityKind.ControlObservation, "russia-controls-zaporizhzhia"));
    }

    [Theory]
    [InlineData(0, "Id")]
    [InlineData(1, "Territory")]
    [InlineData(2, "Controller")]
    public void An_observation_needs_non_default_identifiers(int which, string member)
    {
        var create = () => new ControlObservation(
            which == 0 ? default : new ControlObservationId("o"),
            which == 1 ? default : Zaporizhzhia,
            which == 2 ? default : Russia,
            ControlExtent.Part,
            When.Parse("2025-12-28"));

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be(member);
    }

    [Fact]
    public void An_observation_needs_a_time()
    {
        var create = () => new ControlObservation(new ControlObservationId("o"), Zaporizhzhia, Russia, ControlExtent.Part, null!);

        create.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("When");
    }

    [Fact]
    public void An_undefined_extent_is_rejected()
    {
        var create = () => new ControlObservation(new ControlObservationId("o"), Zaporizhzhia, Russia, (ControlExtent)6, When.Parse("2025-12-28"));

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Extent");
    }

    [Fact]
    public void A_line_may_be_absent_but_not_the_default_identifier()
    {
        var withoutLine = RussiaHoldsPart() with { Line = null };
        var defaultLine = () => RussiaHoldsPart() with { Line = default(NamedLineId) };

        withoutLine.Line.Should().BeNull();
        defaultLine.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Line");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var observation = RussiaHoldsPart();

        var clearWhen = () => observation with { When = null! };
        var badRank = () => observation with { Rank = (FactRank)4 };
        var clearController = () => observation with { Controller = default };

        clearWhen.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("When");
        badRank.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Rank");
        clearController.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Controller");
    }

    [Fact]
    public void Observations_with_equal_members_are_equal()
    {
        RussiaHoldsPart().Should().Be(RussiaHoldsPart());
        RussiaHoldsPart().GetHashCode().Should().Be(RussiaHoldsPart().GetHashCode());
    }

    [Fact]
    public void A_change_in_description_or_time_makes_observations_unequal()
    {
        var redescribed = RussiaHoldsPart() with { Description = [new LocalizedText("The line of contact divides Zaporizhzhia.", "en"), new LocalizedText("接触線がザポリージャを分断している。", "ja")] };
        var later = RussiaHoldsPart() with { When = When.Parse("2026-01-05") };

        redescribed.Should().NotBe(RussiaHoldsPart());
        later.Should().NotBe(RussiaHoldsPart());
    }

    [Fact]
    public void An_observation_reads_back_equal_from_json()
    {
        var observation = RussiaHoldsPart() with { Rank = FactRank.Preferred };

        JsonRoundTrip.Of(observation).Should().Be(observation);
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_enums()
    {
        var json = JsonNode.Parse(JsonRoundTrip.Write(RussiaHoldsPart() with { Extent = ControlExtent.Contested, Rank = FactRank.Deprecated }))!;

        json["territory"]!.GetValue<string>().Should().Be("UA-23");
        json["controller"]!.GetValue<string>().Should().Be("russia");
        json["extent"]!.GetValue<string>().Should().Be("contested");
        json["when"]!.GetValue<string>().Should().Be("2025-12-28");
        json["line"]!.GetValue<string>().Should().Be("line-of-contact");
        json["rank"]!.GetValue<string>().Should().Be("deprecated");
    }

    [Fact]
    public void An_observation_without_rank_in_json_reads_with_normal_rank()
    {
        var observation = JsonRoundTrip.Read<ControlObservation>("""{"id":"o","territory":"UA-23","controller":"russia","extent":"part","when":"2025-12-28"}""");

        observation.Rank.Should().Be(FactRank.Normal);
        observation.Line.Should().BeNull();
    }

    [Fact]
    public void Json_without_a_time_is_rejected()
    {
        var read = () => JsonRoundTrip.Read<ControlObservation>("""{"id":"o","territory":"UA-23","controller":"russia","extent":"part"}""");

        read.Should().Throw<System.Text.Json.JsonException>();
    }

    [Fact]
    public void ToString_names_controller_extent_territory_and_time()
    {
        RussiaHoldsPart().ToString().Should().Be("russia controls Part of UA-23 at 2025-12-28");
    }
}
