using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Robustness;

/// <summary>
/// Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+nFFFE/U+nFFFF) are Unicode scalar values (Corrigendum #9):
/// the format accepts them in any text and every entry point keeps them as they are, never throwing.
/// </summary>
public sealed class NoncharacterTest
{
    public static TheoryData<string> Noncharacters => new() { "\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF" };

    private static NegotiationRecord WithNoncharacter(string noncharacter) => NegotiationJson.Deserialize($$"""
        {
          "schemaVersion": "1.0",
          "title": "Talks {{noncharacter}}",
          "actors": [
            { "id": "trump", "kind": "person", "names": [ { "text": "Don{{noncharacter}}ald ｳｼｬｺﾌ", "language": "en" } ] }
          ],
          "statements": [
            {
              "id": "s1", "speakers": [ "trump" ], "when": "2025-12-28",
              "text": [ { "text": "Said {{noncharacter}} here", "language": "en" } ],
              "about": [ { "kind": "actor", "id": "trump" } ]
            }
          ]
        }
        """);

    [Theory]
    [MemberData(nameof(Noncharacters))]
    public void A_record_holding_a_noncharacter_is_valid_and_every_look_up_works(string noncharacter)
    {
        var record = WithNoncharacter(noncharacter);
        var trump = new ActorId("trump");

        RecordValidator.Default.Validate(record).HasErrors.Should().BeFalse();
        record.Find(trump)!.Names[0].Text.Should().Be($"Don{noncharacter}ald ｳｼｬｺﾌ");
        record.FindByName($"don{noncharacter}ald ウシャコフ").Should().ContainSingle("the text around the noncharacter is still normalised");
        record.FindByName("donald ウシャコフ").Should().BeEmpty("a noncharacter is a character of the name");
        record.Involving(trump).Select(e => e.Reference.ToString()).Should().Equal("actor:trump", "statement:s1");
        record.Find(EntityReference.To(new StatementId("s1"))).Should().BeOfType<Statement>();
    }

    [Theory]
    [MemberData(nameof(Noncharacters))]
    public void A_record_holding_a_noncharacter_has_a_timeline_and_survives_a_round_trip(string noncharacter)
    {
        var record = WithNoncharacter(noncharacter);

        var timeline = Timeline.Build(record);
        var reread = NegotiationJson.Deserialize(NegotiationJson.Serialize(record));

        timeline.Entries.Should().ContainSingle().Which.Label.Should().Contain(noncharacter);
        reread.Should().Be(record);
        reread.Title.Should().Be($"Talks {noncharacter}");
    }

    [Fact]
    public void A_record_built_in_code_with_a_noncharacter_is_found_by_name()
    {
        var record = new NegotiationRecord("t")
        {
            Actors = [new Actor(new ActorId("a"), ActorKind.State, [new LocalizedName("\uFFFE", "en")])],
        };

        record.FindByName("\uFFFE").Should().ContainSingle();
        record.FindByName("\uFFFF").Should().BeEmpty();
    }

    // Built at run time: a lone surrogate in an attribute argument would be stored as U+FFFD.
    [Fact]
    public void A_lone_surrogate_given_to_the_public_api_throws_at_construction()
    {
        foreach (var text in new[] { "\uD800", "x\uDC00y", "\uDBFFz", "\uDC00\uD800" })
        {
            Refused(text);
        }
    }

    [Fact]
    public void Look_ups_by_name_never_throw_on_a_lone_surrogate_in_the_query()
    {
        var record = new NegotiationRecord("t") { Actors = [new Actor(new ActorId("a"), ActorKind.State, [new LocalizedName("x", "en")])] };

        record.FindByName("x\uD800").Should().BeEmpty();
    }

    private static void Refused(string text)
    {
        FluentActions.Invoking(() => new NegotiationRecord(text)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Title");
        FluentActions.Invoking(() => new LocalizedName(text, "en")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Text");
        FluentActions.Invoking(() => new LocalizedText("t", "en") with { Text = text }).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Text");
        FluentActions.Invoking(() => new NegotiationRecord("t") { Description = text }).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Description");
        FluentActions.Invoking(() => new Actor(new ActorId("a"), ActorKind.State, [new LocalizedName("n", "en")]) { Notes = text })
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Notes");
    }
}
