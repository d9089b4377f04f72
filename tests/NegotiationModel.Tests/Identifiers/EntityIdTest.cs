using NegotiationModel.Identifiers;

namespace NegotiationModel.Tests.Identifiers;

public sealed class EntityIdTest
{
    [Theory]
    [InlineData("ushakov")]
    [InlineData("actor:ushakov")]
    [InlineData("UA-14")]
    [InlineData("nhk/2025-12-29/r2")]
    [InlineData("a")]
    public void Valid_identifiers_are_accepted(string text)
    {
        new ActorId(text).Value.Should().Be(text);
        EntityId.IsValid(text).Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("has space")]
    [InlineData("-leading-dash")]
    [InlineData("ウシャコフ")]
    [InlineData("trump\n")]
    public void Invalid_identifiers_are_rejected_with_a_message_naming_the_kind(string text)
    {
        var create = () => new StatementId(text);

        create.Should().Throw<ArgumentException>()
            .WithMessage($"'{text}' is not a valid statement identifier*")
            .And.ParamName.Should().Be("value");
    }

    [Fact]
    public void Identifiers_longer_than_128_characters_are_rejected()
    {
        EntityId.IsValid(new string('a', 128)).Should().BeTrue();
        EntityId.IsValid(new string('a', 129)).Should().BeFalse();
    }

    [Fact]
    public void Equality_is_ordinal_and_case_sensitive()
    {
        new ActorId("nhk").Should().Be(new ActorId("nhk"));
        new ActorId("nhk").Should().NotBe(new ActorId("NHK"));
    }

    [Fact]
    public void Ordering_is_ordinal()
    {
        (new SourceId("a") < new SourceId("b")).Should().BeTrue();
        (new SourceId("B") < new SourceId("a")).Should().BeTrue();
    }

    [Fact]
    public void ToString_is_the_text_and_empty_for_the_default_value()
    {
        new ActorId("trump").ToString().Should().Be("trump");
        default(ActorId).ToString().Should().BeEmpty();
    }
}
