using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Guarantees;

public sealed class GuaranteeTest
{
    private static readonly GuaranteeId Id = new("reconstruction-lending-guarantee");

    private static LocalizedText En(string text) => new(text, "en");

    /// <summary>The roadmap's phase 1: the US and Russia guarantee Ukraine's borrowing from the World Bank, IDA and EBRD.</summary>
    private static Guarantee ReconstructionLending() => new(Id, GuaranteeKind.Financial)
    {
        Guarantors = [new ActorId("united-states"), new ActorId("russia")],
        Beneficiaries = [new ActorId("ukraine")],
        Obligations = [En("Stand behind Ukraine's reconstruction borrowing")],
        Instruments =
        [
            new FinancialInstrument(FinancialInstrumentKind.CreditGuarantee) { Lender = new ActorId("world-bank") },
            new FinancialInstrument(FinancialInstrumentKind.Loan) { Lender = new ActorId("ebrd"), Amount = new Money(1_000_000_000m, "EUR") },
            new FinancialInstrument(FinancialInstrumentKind.Fund) { Description = [En("Reconstruction fund")] },
        ],
        Conditions = [En("After a comprehensive agreement")],
        ValidFrom = When.Parse("2026-01"),
        ValidUntil = When.Parse("2036"),
        StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, When.Parse("2025-12-29"))],
        Proposal = new ProposalId("author-roadmap"),
        Provisions = [new ProvisionId("reconstruction-lending")],
        Citations = [new Citation(new SourceId("copilot-chat"))],
        Identifiers = [new ExternalIdentifier("pax", "g-1")],
        Notes = "The author's proposal; neither guarantor has offered it.",
    };

    [Fact]
    public void A_guarantee_can_be_recorded_before_guarantors_or_beneficiaries_are_named()
    {
        var guarantee = new Guarantee(new GuaranteeId("security-guarantee-for-ukraine"), GuaranteeKind.Security);

        guarantee.Guarantors.Should().BeEmpty();
        guarantee.Beneficiaries.Should().BeEmpty();
        guarantee.Proposal.Should().BeNull();
        guarantee.Kind.Should().Be(GuaranteeKind.Security);
    }

    [Fact]
    public void A_guarantee_needs_a_non_default_identifier()
    {
        var create = () => new Guarantee(default, GuaranteeKind.Security);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void A_guarantee_needs_a_defined_kind()
    {
        var create = () => new Guarantee(Id, (GuaranteeKind)(Enum.GetValues<GuaranteeKind>().Length + 1));

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void The_proposal_may_be_absent_but_not_the_default_identifier()
    {
        var create = () => ReconstructionLending() with { Proposal = default(ProposalId) };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Proposal");
        (ReconstructionLending() with { Proposal = null }).Proposal.Should().BeNull();
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var guarantee = ReconstructionLending();

        var clearId = () => guarantee with { Id = default };
        var breakKind = () => guarantee with { Kind = (GuaranteeKind)0 };

        clearId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        breakKind.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void Separately_built_equal_guarantees_are_equal_and_a_change_makes_them_unequal()
    {
        var guarantee = ReconstructionLending();

        guarantee.Should().Be(ReconstructionLending());
        guarantee.GetHashCode().Should().Be(ReconstructionLending().GetHashCode());
        guarantee.Should().NotBe(guarantee with { Guarantors = [new ActorId("united-states")] });
        guarantee.Should().NotBe(guarantee with { Instruments = guarantee.Instruments.Items.RemoveAt(2) });
        guarantee.Should().NotBe(guarantee with { ValidUntil = null });
    }

    [Fact]
    public void A_guarantee_round_trips_through_json()
    {
        JsonRoundTrip.Of(ReconstructionLending()).Should().Be(ReconstructionLending());
    }

    [Fact]
    public void The_json_shape_uses_camel_case_names_and_kebab_case_enums()
    {
        var guarantee = ReconstructionLending() with
        {
            StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.InForce, When.Parse("2026-02-01"))],
        };

        var json = JsonRoundTrip.Write(guarantee);

        json.Should().Contain("\"kind\": \"financial\"")
            .And.Contain("\"status\": \"in-force\"")
            .And.Contain("\"kind\": \"credit-guarantee\"")
            .And.Contain("\"validFrom\": \"2026-01\"")
            .And.Contain("\"beneficiaries\": [")
            .And.Contain("\"proposal\": \"author-roadmap\"");
    }

    [Fact]
    public void A_guarantee_refers_to_itself_as_a_guarantee()
    {
        var guarantee = ReconstructionLending();

        guarantee.Reference.Should().Be(new EntityReference(EntityKind.Guarantee, "reconstruction-lending-guarantee"));
    }

    [Fact]
    public void ToString_gives_the_identifier_and_kind()
    {
        ReconstructionLending().ToString().Should().Be("reconstruction-lending-guarantee (Financial)");
    }
}
