using NegotiationModel.Actors;
using NegotiationModel.Comparison;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;

namespace NegotiationModel.Tests.Comparison;

public sealed class RecordDiffTest
{
    private static NegotiationRecord Base() => new("Talks")
    {
        Actors = [new Actor(new ActorId("a"), ActorKind.Person, [new("A", "en")])],
        Statements = [new Statement(new StatementId("s"), [new ActorId("a")], [new LocalizedText("Hello", "en")])],
        Proposals =
        [
            new Proposal(new ProposalId("p"), ProposalKind.Roadmap, [new LocalizedText("Plan", "en")])
            {
                Versions = [new ProposalVersion(1) { Provisions = [new OtherProvision(new ProvisionId("p1"))] }],
            },
        ],
    };

    [Fact]
    public void Equal_records_have_no_changes()
    {
        RecordDiff.Compare(Base(), Base()).Should().BeEmpty();
    }

    [Fact]
    public void Changed_members_are_named_by_their_json_names()
    {
        var after = Base() with
        {
            Statements = [Base().Statements[0] with { Text = [new LocalizedText("Bye", "en")], Notes = "edited" }],
        };

        RecordDiff.Compare(Base(), after).Should().ContainSingle()
            .Which.Should().Be(new EntityChange(EntityReference.To(new StatementId("s")), ChangeKind.Changed, ["text", "notes"]));
    }

    [Fact]
    public void Added_and_removed_entities_include_provisions_inside_proposals()
    {
        var after = Base() with
        {
            Actors = [new Actor(new ActorId("b"), ActorKind.State, [new("B", "en")])],
            Proposals = [Base().Proposals[0] with { Versions = [new ProposalVersion(1) { Provisions = [new OtherProvision(new ProvisionId("p2"))] }] }],
        };

        RecordDiff.Compare(Base(), after).Select(c => c.ToString()).Should().Equal(
            "- actor:a", "~ proposal:p: versions", "- provision:p1", "+ actor:b", "+ provision:p2");
    }

    [Fact]
    public void The_records_own_members_are_compared_too()
    {
        RecordDiff.Compare(Base(), Base() with { Title = "Talks II", Description = "More" }).Should().ContainSingle()
            .Which.ToString().Should().Be("~ record: title, description");
    }
}
