using System.Text.Json.Nodes;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Time;
using NegotiationModel.Topics;

namespace NegotiationModel.Tests.Positions;

public sealed class PositionTest
{
    private static readonly EntityReference TemporaryCeasefire = EntityReference.To(new ProposalId("ukraine-europe-temporary-ceasefire"));

    private static Position RussiaOpposes() => new(new PositionId("russia-opposes-temporary-ceasefire"), new ActorId("russia"), TemporaryCeasefire, Stance.Opposes)
    {
        When = When.Parse("2025-12-28"),
        Evidence = [new StatementId("ushakov-ceasefire-prolongs-conflict")],
    };

    private static Position UkraineConditional() => new(new PositionId("ukraine-referendum"), new ActorId("ukraine"), EntityReference.To(WellKnownTopics.Referendum), Stance.Conditional)
    {
        Conditions = [new LocalizedText("a ceasefire", "en"), new LocalizedText("停戦", "ja")],
    };

    [Fact]
    public void A_position_holds_what_it_was_built_with()
    {
        var position = RussiaOpposes();

        position.Holder.Should().Be(new ActorId("russia"));
        position.Subject.Should().Be(TemporaryCeasefire);
        position.Stance.Should().Be(Stance.Opposes);
        position.Evidence.Should().Equal(new StatementId("ushakov-ceasefire-prolongs-conflict"));
        position.Rank.Should().Be(FactRank.Normal);
        position.Conditions.Should().BeEmpty();
        ((IRecordEntity)position).Reference.Should().Be(new EntityReference(EntityKind.Position, "russia-opposes-temporary-ceasefire"));
    }

    [Fact]
    public void A_conditional_position_carries_its_conditions()
    {
        var position = UkraineConditional();

        position.Stance.Should().Be(Stance.Conditional);
        position.Subject.Kind.Should().Be(EntityKind.Topic);
        position.Conditions.Select(c => c.Text).Should().Equal("a ceasefire", "停戦");
    }

    [Theory]
    [InlineData(0, "Id")]
    [InlineData(1, "Holder")]
    [InlineData(2, "Subject")]
    public void A_position_needs_non_default_identity_holder_and_subject(int which, string member)
    {
        var create = () => new Position(
            which == 0 ? default : new PositionId("p"),
            which == 1 ? default : new ActorId("russia"),
            which == 2 ? default : TemporaryCeasefire,
            Stance.Opposes);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be(member);
    }

    [Fact]
    public void An_undefined_stance_is_rejected()
    {
        var create = () => new Position(new PositionId("p"), new ActorId("russia"), TemporaryCeasefire, (Stance)0);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Stance");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var position = RussiaOpposes();

        var clearSubject = () => position with { Subject = default };
        var badStance = () => position with { Stance = (Stance)6 };
        var badRank = () => position with { Rank = (FactRank)(-1) };

        clearSubject.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Subject");
        badStance.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Stance");
        badRank.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Rank");
    }

    [Fact]
    public void Positions_with_equal_members_are_equal()
    {
        UkraineConditional().Should().Be(UkraineConditional());
        UkraineConditional().GetHashCode().Should().Be(UkraineConditional().GetHashCode());
    }

    [Fact]
    public void A_change_in_evidence_or_conditions_makes_positions_unequal()
    {
        var moreEvidence = RussiaOpposes() with { Evidence = [new StatementId("ushakov-ceasefire-prolongs-conflict"), new StatementId("ushakov-bold-decision")] };
        var fewerConditions = UkraineConditional() with { Conditions = [new LocalizedText("a ceasefire", "en")] };

        moreEvidence.Should().NotBe(RussiaOpposes());
        fewerConditions.Should().NotBe(UkraineConditional());
    }

    [Fact]
    public void A_position_reads_back_equal_from_json()
    {
        var position = RussiaOpposes() with { Rank = FactRank.Preferred, Conditions = [new LocalizedText("none", "en")] };

        JsonRoundTrip.Of(position).Should().Be(position);
    }

    [Fact]
    public void A_position_without_rank_in_json_reads_with_normal_rank()
    {
        var position = JsonRoundTrip.Read<Position>("""{"id":"p","holder":"russia","subject":{"kind":"proposal","id":"x"},"stance":"opposes"}""");

        position.Rank.Should().Be(FactRank.Normal);
        position.Subject.Should().Be(EntityReference.To(new ProposalId("x")));
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_enums()
    {
        var json = JsonNode.Parse(JsonRoundTrip.Write(RussiaOpposes()))!;

        json["holder"]!.GetValue<string>().Should().Be("russia");
        json["subject"]!["kind"]!.GetValue<string>().Should().Be("proposal");
        json["subject"]!["id"]!.GetValue<string>().Should().Be("ukraine-europe-temporary-ceasefire");
        json["stance"]!.GetValue<string>().Should().Be("opposes");
        json["evidence"]![0]!.GetValue<string>().Should().Be("ushakov-ceasefire-prolongs-conflict");
        json["rank"]!.GetValue<string>().Should().Be("normal");
    }

    [Fact]
    public void ToString_names_holder_stance_and_subject()
    {
        RussiaOpposes().ToString().Should().Be("russia Opposes proposal:ukraine-europe-temporary-ceasefire");
    }
}
