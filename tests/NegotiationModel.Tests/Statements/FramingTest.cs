using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;

namespace NegotiationModel.Tests.Statements;

public sealed class FramingTest
{
    private static readonly ActorId Nhk = new("nhk");

    private static Framing Concessions() => new([new LocalizedText("He again demanded territorial concessions.", "en"), new LocalizedText("ウクライナに領土で譲歩するよう重ねて求めました。", "ja", isOriginal: true)])
    {
        By = Nhk,
        Citations = [new Citation(new SourceId("nhk-2025-12-29"))],
    };

    [Fact]
    public void A_framing_keeps_what_it_was_built_with()
    {
        var framing = Concessions();

        framing.Text.Should().HaveCount(2);
        framing.By.Should().Be(Nhk);
        framing.Citations.Single().Source.Should().Be(new SourceId("nhk-2025-12-29"));
    }

    [Fact]
    public void Framings_with_equal_members_are_equal_and_a_change_makes_them_unequal()
    {
        Concessions().Should().Be(Concessions());
        (Concessions() with { By = new ActorId("yomiuri") }).Should().NotBe(Concessions());
        (Concessions() with { Citations = [] }).Should().NotBe(Concessions());
    }

    [Fact]
    public void A_framing_needs_a_text()
    {
        var create = () => new Framing([]);

        create.Should().Throw<ArgumentException>().WithMessage("A framing needs its text in at least one language.*").And.ParamName.Should().Be("Text");
    }

    [Fact]
    public void A_default_author_identifier_is_rejected_but_no_author_is_accepted()
    {
        var set = () => Concessions() with { By = default(ActorId) };

        set.Should().Throw<ArgumentException>().And.ParamName.Should().Be("By");
        (Concessions() with { By = null }).By.Should().BeNull();
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clear = () => Concessions() with { Text = [] };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Text");
    }

    [Fact]
    public void A_framing_round_trips_through_json_in_camel_case()
    {
        JsonRoundTrip.Of(Concessions()).Should().Be(Concessions());
        JsonRoundTrip.Write(Concessions()).Should().Contain("\"by\": \"nhk\"").And.Contain("\"isOriginal\": true").And.Contain("\"citations\": [");
    }

    [Fact]
    public void ToString_names_who_framed_the_statement()
    {
        Concessions().ToString().Should().Be("nhk: [en] He again demanded territorial concessions.");
        (Concessions() with { By = null }).ToString().Should().Be("[en] He again demanded territorial concessions.");
    }
}
