using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using static NegotiationModel.Tests.Proposals.ProvisionSamples;

namespace NegotiationModel.Tests.Proposals;

public sealed class PhaseTest
{
    private static Phase Territory() => new(new PhaseId("territory-and-front-line"), 3, [En("Territory and front line"), new("領土と前線", "ja", isOriginal: true)])
    {
        Description = [En("Withdrawal from Donetsk and Luhansk; behind the line of contact in Zaporizhzhia and Kherson; final borders later.")],
        DependsOn = [new PhaseId("security")],
        Provisions = [new ProvisionId("withdraw-from-donetsk-and-luhansk"), new ProvisionId("withdraw-behind-line"), new ProvisionId("optional-dmz")],
        Citations = [new Citation(new SourceId("copilot-chat"))],
    };

    [Fact]
    public void A_phase_holds_its_place_title_dependencies_and_provisions()
    {
        var phase = Territory();

        phase.Id.Should().Be(new PhaseId("territory-and-front-line"));
        phase.Order.Should().Be(3);
        phase.Title[0].Text.Should().Be("Territory and front line");
        phase.DependsOn.Should().Equal(new PhaseId("security"));
        phase.Provisions.Should().HaveCount(3);
    }

    [Fact]
    public void A_phase_needs_a_non_default_identifier()
    {
        var create = () => new Phase(default, 0, [En("Working groups and principles")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void The_order_may_start_at_zero_but_not_be_negative()
    {
        var first = new Phase(new PhaseId("working-groups"), 0, [En("Working groups and principles")]);
        var create = () => new Phase(new PhaseId("working-groups"), -1, [En("Working groups and principles")]);

        first.Order.Should().Be(0);
        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Order");
    }

    [Fact]
    public void A_phase_needs_a_title()
    {
        var create = () => new Phase(new PhaseId("working-groups"), 0, []);

        create.Should().Throw<ArgumentException>().WithMessage("A phase needs a title*").And.ParamName.Should().Be("Title");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var phase = Territory();

        var clearTitle = () => phase with { Title = [] };
        var negativeOrder = () => phase with { Order = -2 };
        var clearId = () => phase with { Id = default };

        clearTitle.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Title");
        negativeOrder.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Order");
        clearId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void Separately_built_equal_phases_are_equal_and_a_change_makes_them_unequal()
    {
        Territory().Should().Be(Territory());
        Territory().GetHashCode().Should().Be(Territory().GetHashCode());
        Territory().Should().NotBe(Territory() with { DependsOn = [] });
        Territory().Should().NotBe(Territory() with { Provisions = [new ProvisionId("optional-dmz")] });
        Territory().Should().NotBe(Territory() with { Order = 4 });
    }

    [Fact]
    public void A_phase_round_trips_through_json()
    {
        JsonRoundTrip.Of(Territory()).Should().Be(Territory());
    }

    [Fact]
    public void The_json_shape_uses_camel_case_names()
    {
        var json = JsonRoundTrip.Write(Territory());

        json.Should().Contain("\"order\": 3")
            .And.Contain("\"dependsOn\": [")
            .And.Contain("\"provisions\": [")
            .And.Contain("\"isOriginal\": true");
    }

    [Fact]
    public void ToString_gives_the_order_identifier_and_title()
    {
        Territory().ToString().Should().Be("3. territory-and-front-line: Territory and front line");
    }
}
