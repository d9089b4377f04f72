using System.Text.RegularExpressions;
using CsCheck;
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

    [Fact]
    public void IsValid_says_exactly_what_the_published_pattern_says()
    {
        // The schema publishes Pattern; the check spells it out by hand. Anchored at the very end here, as
        // JSON Schema's ECMAScript '$' is, where .NET's would also allow a final line feed.
        var pattern = new Regex(EntityId.Pattern.TrimEnd('$') + @"\z", RegexOptions.CultureInvariant);
        var characters = Gen.OneOf(Gen.Char['!', '~'], Gen.Const('\n'), Gen.Char['\u00c0', '\u00ff'], Gen.Char['a', 'z']);
        var texts = Gen.OneOf(characters.Array[0, 6], characters.Array[125, 131]).Select(c => new string(c));

        texts.Sample(text => EntityId.IsValid(text) == pattern.IsMatch(text), iter: 20_000);
    }
}
