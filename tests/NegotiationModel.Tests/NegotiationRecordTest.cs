using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;

namespace NegotiationModel.Tests;

public sealed class NegotiationRecordTest
{
    private static readonly ActorId Trump = new("trump");
    private static readonly ActorId Putin = new("putin");

    private static NegotiationRecord Small() => new("Talks")
    {
        Actors =
        [
            new Actor(Trump, ActorKind.Person, [new("Donald Trump", "en"), new("トランプ", "ja", NameKind.Alias)]),
            new Actor(Putin, ActorKind.Person, [new("Vladimir Putin", "en")]),
        ],
        Statements =
        [
            new Statement(new StatementId("s1"), [Trump], [new LocalizedText("One or two thorny issues remain.", "en")]),
            new Statement(new StatementId("s2"), [Trump, Putin], [new LocalizedText("Joint words.", "en")]),
        ],
        Proposals =
        [
            new Proposal(new ProposalId("p"), ProposalKind.Roadmap, [new LocalizedText("Roadmap", "en")])
            {
                Versions = [new ProposalVersion(1) { Provisions = [new OtherProvision(new ProvisionId("p1"))] }],
                Phases = [new Phase(new PhaseId("ph0"), 0, [new LocalizedText("Start", "en")])],
            },
        ],
    };

    [Fact]
    public void A_record_needs_a_title()
    {
        var create = () => new NegotiationRecord(" ");

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Title");
    }

    [Fact]
    public void Records_compare_by_value_including_their_collections()
    {
        Small().Should().Be(Small());
        Small().Should().NotBe(Small() with { Statements = Small().Statements.Add(new Statement(new StatementId("s3"), [Putin], [new LocalizedText("x", "en")])) });
    }

    [Fact]
    public void Typed_look_ups_find_entities_provisions_and_phases()
    {
        var record = Small();

        record.Find(Trump)!.Names[0].Text.Should().Be("Donald Trump");
        record.Find(new StatementId("s2"))!.Speakers.Should().Equal(Trump, Putin);
        record.Find(new ProvisionId("p1")).Should().BeOfType<OtherProvision>();
        record.Find(new PhaseId("ph0"))!.Order.Should().Be(0);
        record.Find(new ActorId("nobody")).Should().BeNull();
        record.Find(EntityReference.To(new ProposalId("p"))).Should().BeOfType<Proposal>();
    }

    [Fact]
    public void Names_are_found_in_any_language_ignoring_case_and_spacing()
    {
        var record = Small();

        record.FindActorsByName("donald  TRUMP").Should().ContainSingle().Which.Id.Should().Be(Trump);
        record.FindActorsByName("とらんぷ").Should().ContainSingle("hiragana matches katakana").Which.Id.Should().Be(Trump);
        record.FindActorsByName("Zelensky").Should().BeEmpty();
        record.FindByName("Roadmap").Should().ContainSingle().Which.Should().BeOfType<Proposal>();
    }

    [Fact]
    public void Look_ups_by_actor_find_statements_and_everything_involving_them()
    {
        var record = Small();

        record.StatementsBy(Putin).Select(s => s.Id.Value).Should().Equal("s2");
        record.Involving(Trump).Select(e => e.Reference.ToString()).Should().Equal("actor:trump", "statement:s1", "statement:s2");
    }

    [Fact]
    public void The_first_entity_wins_when_identifiers_repeat()
    {
        var record = Small() with { Actors = Small().Actors.Add(new Actor(Trump, ActorKind.State, [new("Duplicate", "en")])) };

        record.Find(Trump)!.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void Entities_lists_every_entity_with_provisions_after_proposals()
    {
        Small().Entities().Select(e => e.Reference.ToString()).Should().Equal(
            "actor:trump", "actor:putin", "statement:s1", "statement:s2", "proposal:p", "provision:p1");
    }

    [Fact]
    public void Look_ups_are_safe_from_many_threads()
    {
        var record = Small();

        Parallel.For(0, 200, _ => record.Find(Putin).Should().NotBeNull());
    }

    [Fact]
    public void ToString_counts_the_main_collections()
    {
        Small().ToString().Should().Be("Talks (2 actors, 0 sources, 0 events, 2 statements)");
    }
}
