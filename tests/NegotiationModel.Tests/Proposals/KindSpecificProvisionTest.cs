using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using static NegotiationModel.Tests.Proposals.ProvisionSamples;

namespace NegotiationModel.Tests.Proposals;

/// <summary>The invariants of the kinds of provision that have required or checked members of their own.</summary>
public sealed class KindSpecificProvisionTest
{
    private static readonly ProvisionId Id = new("p");

    [Fact]
    public void A_withdrawal_needs_a_force()
    {
        var create = () => new ForceWithdrawalProvision(Id, default, WithdrawalExtent.Complete);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Force");
    }

    [Fact]
    public void A_withdrawal_needs_a_defined_extent()
    {
        var create = () => new ForceWithdrawalProvision(Id, Ukraine, (WithdrawalExtent)0);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Extent");
    }

    [Fact]
    public void A_complete_withdrawal_from_donetsk_and_luhansk_is_expressible()
    {
        var withdrawal = new ForceWithdrawalProvision(Id, Ukraine, WithdrawalExtent.Complete) { From = [Donetsk, Luhansk] };

        withdrawal.Force.Should().Be(Ukraine);
        withdrawal.Extent.Should().Be(WithdrawalExtent.Complete);
        withdrawal.From.Should().Equal(Donetsk, Luhansk);
        withdrawal.BehindLine.Should().BeNull();
    }

    [Fact]
    public void A_withdrawal_line_may_not_be_the_default_identifier()
    {
        var create = () => new ForceWithdrawalProvision(Id, Ukraine, WithdrawalExtent.BehindLine) { BehindLine = default(NamedLineId) };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("BehindLine");
    }

    [Fact]
    public void With_expressions_keep_the_withdrawal_invariants()
    {
        var withdrawal = new ForceWithdrawalProvision(Id, Ukraine, WithdrawalExtent.Complete);

        var clearForce = () => withdrawal with { Force = default };
        var breakExtent = () => withdrawal with { Extent = (WithdrawalExtent)9 };

        clearForce.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Force");
        breakExtent.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Extent");
    }

    [Fact]
    public void Neutrality_needs_a_subject()
    {
        var create = () => new NeutralityProvision(Id, default);
        var clear = () => new NeutralityProvision(Id, Ukraine) with { Subject = default };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Subject");
        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Subject");
    }

    [Fact]
    public void A_transitional_government_state_may_be_unnamed_but_not_the_default_identifier()
    {
        var unnamed = new TransitionalGovernmentProvision(Id);
        var create = () => unnamed with { State = default(ActorId) };

        unnamed.State.Should().BeNull();
        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("State");
    }

    [Fact]
    public void An_elections_state_may_be_unnamed_but_not_the_default_identifier()
    {
        var unnamed = new ElectionsProvision(Id);
        var create = () => unnamed with { State = default(ActorId) };

        unnamed.State.Should().BeNull();
        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("State");
    }

    [Fact]
    public void A_demilitarised_zone_may_leave_funding_as_an_open_question()
    {
        var dmz = new DemilitarisedZoneProvision(Id)
        {
            IsOptional = true,
            Monitors = [new ActorId("un"), new ActorId("osce")],
            OpenQuestions = [En("Who pays for monitoring?")],
        };

        dmz.FundedBy.Should().BeEmpty();
        JsonRoundTrip.Of<Provision>(dmz).Should().Be(dmz);
    }

    [Fact]
    public void Changing_a_kind_specific_member_makes_provisions_unequal()
    {
        var one = (ReconstructionFinancingProvision)Create(nameof(ReconstructionFinancingProvision));

        one.Should().NotBe(one with { Amount = new Money(1m, "USD") });
        one.Should().NotBe(one with { Lenders = [new ActorId("world-bank")] });
        ((BorderSettlementProvision)Create(nameof(BorderSettlementProvision))).Should().NotBe(
            (BorderSettlementProvision)Create(nameof(BorderSettlementProvision)) with { Deferred = false });
    }
}
