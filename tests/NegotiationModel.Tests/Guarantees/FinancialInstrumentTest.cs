using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;

namespace NegotiationModel.Tests.Guarantees;

public sealed class FinancialInstrumentTest
{
    private static FinancialInstrument WorldBankLoan() => new(FinancialInstrumentKind.Loan)
    {
        Lender = new ActorId("world-bank"),
        Amount = new Money(2_500_000_000.00m, "USD"),
        Description = [new LocalizedText("Reconstruction lending to Ukraine", "en")],
    };

    [Fact]
    public void An_instrument_holds_its_kind_lender_and_amount()
    {
        var loan = WorldBankLoan();

        loan.Kind.Should().Be(FinancialInstrumentKind.Loan);
        loan.Lender.Should().Be(new ActorId("world-bank"));
        loan.Amount.Should().Be(new Money(2_500_000_000m, "USD"));
    }

    [Fact]
    public void An_instrument_needs_a_defined_kind()
    {
        var create = () => new FinancialInstrument((FinancialInstrumentKind)0);
        var change = () => WorldBankLoan() with { Kind = (FinancialInstrumentKind)7 };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
        change.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void A_lender_may_be_unnamed_but_not_the_default_identifier()
    {
        var fund = new FinancialInstrument(FinancialInstrumentKind.Fund);
        var create = () => fund with { Lender = default(ActorId) };

        fund.Lender.Should().BeNull();
        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Lender");
    }

    [Fact]
    public void Separately_built_equal_instruments_are_equal_and_a_change_makes_them_unequal()
    {
        WorldBankLoan().Should().Be(WorldBankLoan());
        WorldBankLoan().GetHashCode().Should().Be(WorldBankLoan().GetHashCode());
        WorldBankLoan().Should().NotBe(WorldBankLoan() with { Lender = new ActorId("ebrd") });
        WorldBankLoan().Should().NotBe(WorldBankLoan() with { Description = [] });
    }

    [Fact]
    public void An_instrument_round_trips_through_json()
    {
        JsonRoundTrip.Of(WorldBankLoan()).Should().Be(WorldBankLoan());
    }

    [Fact]
    public void The_json_shape_uses_camel_case_names_and_kebab_case_enums()
    {
        var json = JsonRoundTrip.Write(new FinancialInstrument(FinancialInstrumentKind.CreditGuarantee) { Lender = new ActorId("ida") });

        json.Should().Contain("\"kind\": \"credit-guarantee\"").And.Contain("\"lender\": \"ida\"").And.NotContain("\"amount\"");
    }

    [Fact]
    public void ToString_gives_the_kind_lender_and_amount()
    {
        WorldBankLoan().ToString().Should().Be("Loan from world-bank, 2500000000.00 USD");
        new FinancialInstrument(FinancialInstrumentKind.Grant).ToString().Should().Be("Grant");
    }
}
