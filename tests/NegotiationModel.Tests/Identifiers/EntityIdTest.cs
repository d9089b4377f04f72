using System.Globalization;
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
        new SourceId("a").CompareTo(new SourceId("b")).Should().BeNegative();
        new SourceId("B").CompareTo(new SourceId("a")).Should().BeNegative();
        default(SourceId).CompareTo(new SourceId("0")).Should().BeNegative("the default value sorts first");
    }

    [Fact]
    public void Sorting_identifiers_sorts_their_texts_ordinally()
    {
        ValidText.Array[0, 12].Sample(texts =>
            texts.Select(t => new TopicId(t)).Order().Select(id => id.Value).SequenceEqual(texts.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void ToString_is_the_text_and_empty_for_the_default_value()
    {
        new ActorId("trump").ToString().Should().Be("trump");
        default(ActorId).ToString().Should().BeEmpty();
    }

    [Fact]
    public void The_default_value_is_detectable_and_refers_to_nothing()
    {
        default(ActorId).IsDefault.Should().BeTrue();
        default(ActorId).Value.Should().BeEmpty();
        new ActorId("a").IsDefault.Should().BeFalse();
        ActorId.TryParse("not valid", out var failed).Should().BeFalse();
        failed.IsDefault.Should().BeTrue();

        FluentActions.Invoking(() => EntityReference.To(default(ActorId))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("id");
        FluentActions.Invoking(() => new NegotiationRecord("t").Find(default(ActorId))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_reference_takes_its_kind_from_the_identifier_type()
    {
        EntityReference.To(new ControlObservationId("c")).Should().Be(new EntityReference(EntityKind.ControlObservation, "c"));
        EntityReference.To(new NegotiationEventId("e")).Kind.Should().Be(NegotiationEventId.Kind).And.Be(EntityKind.NegotiationEvent);
    }

    [Fact]
    public void Parsing_accepts_exactly_what_the_published_pattern_accepts_and_round_trips()
    {
        RoundTrips<ActorId>();
        RoundTrips<ControlObservationId>();
        RoundTrips<PhaseId>();
    }

    [Fact]
    public void Parse_says_which_kind_of_identifier_the_text_is_not()
    {
        FluentActions.Invoking(() => WorkingGroupId.Parse("no space")).Should().Throw<FormatException>()
            .WithMessage("'no space' is not a valid working group identifier*");
        FluentActions.Invoking(() => WorkingGroupId.Parse(null!)).Should().Throw<ArgumentNullException>();
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

    private static readonly Regex PublishedPattern = new(EntityId.Pattern.TrimEnd('$') + @"\z", RegexOptions.CultureInvariant);

    private static readonly Gen<string> ValidText = Gen.Char['-', 'z'].Array[1, 8].Select(c => new string(c)).Where(t => PublishedPattern.IsMatch(t));

    // Texts near the pattern: valid ones, and ones broken by a character, a length or a final line feed.
    private static readonly Gen<string> AnyText = Gen.OneOf(
        ValidText,
        Gen.OneOf(Gen.Char['!', '~'], Gen.Const('\n'), Gen.Char['\u00c0', '\u00ff']).Array[0, 6].Select(c => new string(c)),
        Gen.Char['a', 'z'].Array[127, 130].Select(c => new string(c)),
        ValidText.Select(t => t + "\n"));

    // Through the generic interfaces, as any generic caller sees an identifier: IEntityId's own parsing, and
    // .NET's IParsable and ISpanParsable.
    private static void RoundTrips<TId>()
        where TId : struct, IEntityId<TId>
    {
        AnyText.Sample(
            text =>
            {
                var valid = PublishedPattern.IsMatch(text);
                var parsed = TId.TryParse(text, out var id);
                var dotnetParsed = TryParseAsDotNet<TId>(text, out var fromDotNet);
                var spanParsed = TId.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out var fromSpan);
                if (parsed != valid || dotnetParsed != valid || spanParsed != valid)
                {
                    return false;
                }

                if (!valid)
                {
                    return id.IsDefault && fromDotNet.IsDefault && fromSpan.IsDefault && Throws<FormatException>(() => TId.Parse(text));
                }

                return !id.IsDefault && id.Value == text && id.ToString() == text && fromDotNet.Equals(id) && fromSpan.Equals(id)
                    && TId.Parse(text).Equals(id) && TId.Parse(id.Value).GetHashCode() == id.GetHashCode();
            },
            iter: 5_000);
    }

    private static bool TryParseAsDotNet<TId>(string text, out TId id)
        where TId : struct, IParsable<TId>
        => TId.TryParse(text, CultureInfo.InvariantCulture, out id);

    private static bool Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }
}
