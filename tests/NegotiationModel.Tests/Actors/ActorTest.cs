using NegotiationModel.Actors;
using NegotiationModel.Identifiers;

namespace NegotiationModel.Tests.Actors;

public sealed class ActorTest
{
    private static readonly LocalizedName English = new("Yuri Ushakov", "en");
    private static readonly LocalizedName Japanese = new("ウシャコフ", "ja");

    [Fact]
    public void Actors_with_equal_members_are_equal()
    {
        var one = new Actor(new ActorId("ushakov"), ActorKind.Person, [English, Japanese]);
        var other = new Actor(new ActorId("ushakov"), ActorKind.Person, [new("Yuri Ushakov", "en"), new("ウシャコフ", "ja")]);

        one.Should().Be(other);
    }

    [Fact]
    public void An_actor_needs_a_name()
    {
        var create = () => new Actor(new ActorId("ushakov"), ActorKind.Person, []);

        create.Should().Throw<ArgumentException>().WithMessage("An actor needs at least one name.*").And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void An_actor_needs_a_non_default_identifier()
    {
        var create = () => new Actor(default, ActorKind.Person, [English]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var actor = new Actor(new ActorId("ushakov"), ActorKind.Person, [English]);

        var clear = () => actor with { Names = [] };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void An_undefined_kind_is_rejected()
    {
        var create = () => new Actor(new ActorId("ushakov"), (ActorKind)42, [English]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void PreferredName_picks_the_primary_name_in_the_language()
    {
        var alias = new LocalizedName("ウィシャコフ", "ja", NameKind.Alias);
        var actor = new Actor(new ActorId("ushakov"), ActorKind.Person, [alias, English, Japanese]);

        actor.PreferredName("ja").Should().Be(Japanese);
        actor.PreferredName("EN").Should().Be(English);
        actor.PreferredName("ru").Should().Be(English, "the first primary name stands in for a missing language");
    }

    [Fact]
    public void A_name_needs_text_and_a_language()
    {
        var noText = () => new LocalizedName(" ", "en");
        var noLanguage = () => new LocalizedName("Ushakov", "");

        noText.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Text");
        noLanguage.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Language");
    }
}
