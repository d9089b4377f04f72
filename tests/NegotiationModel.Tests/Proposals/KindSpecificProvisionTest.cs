using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NegotiationModel.Identifiers;
using NegotiationModel.Kinds;
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
    [Fact]
    public void An_other_provision_is_of_category_other_unless_it_says_its_own()
    {
        var untyped = new OtherProvision(Id);
        var mediaFreedom = untyped with { PaxCategory = ProvisionCategory.HumanRights };

        untyped.Category.Should().Be(ProvisionCategory.Other);
        untyped.PaxCategory.Should().BeNull();
        mediaFreedom.Category.Should().Be(ProvisionCategory.HumanRights);
        (mediaFreedom with { PaxCategory = null }).Category.Should().Be(ProvisionCategory.Other);
        mediaFreedom.Should().NotBe(untyped);
    }

    [Fact]
    public void The_category_an_other_provision_says_round_trips_and_one_that_says_none_is_written_as_in_1_0()
    {
        var untyped = new OtherProvision(Id);
        var landReform = untyped with { PaxCategory = ProvisionCategory.Land };

        JsonRoundTrip.Write<Provision>(untyped).Should().NotContain("paxCategory");
        using (var json = JsonDocument.Parse(JsonRoundTrip.Write<Provision>(landReform)))
        {
            json.RootElement.GetProperty("paxCategory").GetString().Should().Be("land");
        }

        var read = JsonRoundTrip.Of<Provision>(landReform);
        read.Should().Be(landReform);
        read.Category.Should().Be(ProvisionCategory.Land);
        JsonRoundTrip.Read<Provision>("""{"kind":"other","id":"p"}""").Category.Should().Be(ProvisionCategory.Other);
    }

    [Fact]
    public void An_other_provision_takes_every_defined_category_and_no_undefined_one()
    {
        foreach (var category in Enum.GetValues<ProvisionCategory>())
        {
            new OtherProvision(Id) { PaxCategory = category }.Category.Should().Be(category);
        }

        var undefined = () => new OtherProvision(Id) { PaxCategory = (ProvisionCategory)99 };
        undefined.Should().Throw<ArgumentException>().And.ParamName.Should().Be("PaxCategory");
    }

    [Fact]
    public void An_unknown_category_in_json_is_an_error_at_its_path()
    {
        var read = () => JsonRoundTrip.Read<Provision>("""{"kind":"other","id":"p","paxCategory":"astrology"}""");

        read.Should().Throw<JsonException>();
    }

    [Theory]
    [MemberData(nameof(KindNames), MemberType = typeof(ProvisionSamples))]
    public void An_optional_reference_of_a_kind_may_be_absent_but_not_the_default_identifier(string kind)
    {
        var references = Create(kind).GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(property => Nullable.GetUnderlyingType(property.PropertyType) is { } type && type.GetInterfaces().Any(face => face.IsGenericType && face.GetGenericTypeDefinition() == typeof(IEntityId<>)));

        foreach (var property in references)
        {
            var provision = Create(kind);
            property.SetValue(provision, null);
            property.GetValue(provision).Should().BeNull();

            var setDefault = () => property.SetValue(Create(kind), Activator.CreateInstance(Nullable.GetUnderlyingType(property.PropertyType)!));
            setDefault.Should().Throw<TargetInvocationException>().WithInnerException<ArgumentException>().Which.ParamName.Should().Be(property.Name);
        }
    }

    [Fact]
    public void A_kind_added_after_1_0_has_every_member_it_declares_marked_as_added_no_earlier()
    {
        var kinds = typeof(Provision).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(attribute => attribute.DerivedType);

        foreach (var kind in kinds.Where(kind => kind.GetCustomAttribute<AddedInAttribute>() is not null))
        {
            var added = kind.GetCustomAttribute<AddedInAttribute>()!.Version;
            foreach (var member in kind.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(property => property.Name != "EqualityContract"))
            {
                member.GetCustomAttribute<AddedInAttribute>().Should().NotBeNull($"{kind.Name}.{member.Name} is new with its kind");
                member.GetCustomAttribute<AddedInAttribute>()!.Version.CompareTo(added).Should().BeGreaterThanOrEqualTo(0);
            }
        }
    }
}
