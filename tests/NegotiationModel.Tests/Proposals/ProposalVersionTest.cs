using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using static NegotiationModel.Tests.Proposals.ProvisionSamples;

namespace NegotiationModel.Tests.Proposals;

public sealed class ProposalVersionTest
{
    private static ProposalVersion Second() => new(2)
    {
        Label = "elaborated roadmap",
        When = When.Parse("2025-12-29"),
        Summary = [En("The author's roadmap as elaborated by the AI assistant.")],
        Provisions = [Create(nameof(ForceWithdrawalProvision)), Create(nameof(DemilitarisedZoneProvision))],
        ChangeNotes = [En("Adds an optional demilitarised zone.")],
        Citations = [new Citation(new SourceId("copilot-chat")) { Revision = 1 }],
    };

    [Fact]
    public void A_version_holds_its_number_and_provisions()
    {
        var version = Second();

        version.Number.Should().Be(2);
        version.Provisions.Should().HaveCount(2);
        version.Provisions[1].Should().BeOfType<DemilitarisedZoneProvision>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_version_number_starts_at_one(int number)
    {
        var create = () => new ProposalVersion(number);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Number");
    }

    [Fact]
    public void The_first_version_is_number_one()
    {
        new ProposalVersion(1).Number.Should().Be(1);
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clear = () => Second() with { Number = 0 };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Number");
    }

    [Fact]
    public void Separately_built_equal_versions_are_equal_and_a_change_makes_them_unequal()
    {
        Second().Should().Be(Second());
        Second().GetHashCode().Should().Be(Second().GetHashCode());
        Second().Should().NotBe(Second() with { Provisions = [Create(nameof(ForceWithdrawalProvision))] });
        Second().Should().NotBe(Second() with { Provisions = [Create(nameof(DemilitarisedZoneProvision)), Create(nameof(ForceWithdrawalProvision))] }, "order matters");
        Second().Should().NotBe(Second() with { Label = null });
    }

    [Fact]
    public void A_version_round_trips_through_json_with_its_polymorphic_provisions()
    {
        var read = JsonRoundTrip.Of(Second());

        read.Should().Be(Second());
        read.Provisions[0].Should().BeOfType<ForceWithdrawalProvision>();
    }

    [Fact]
    public void The_json_shape_uses_camel_case_names_and_writes_each_provision_kind()
    {
        var json = JsonRoundTrip.Write(Second());

        json.Should().Contain("\"number\": 2")
            .And.Contain("\"when\": \"2025-12-29\"")
            .And.Contain("\"changeNotes\": [")
            .And.Contain("\"kind\": \"force-withdrawal\"")
            .And.Contain("\"kind\": \"demilitarised-zone\"");
    }

    [Fact]
    public void ToString_gives_the_number_and_label()
    {
        Second().ToString().Should().Be("version 2 (elaborated roadmap)");
        new ProposalVersion(1).ToString().Should().Be("version 1");
    }
}
