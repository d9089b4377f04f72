using System.Reflection;
using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;
using NegotiationModel.TestData;

namespace NegotiationModel.Tests;

public sealed class NegotiationRecordReplaceTest
{
    private static readonly ActorId Trump = new("trump");
    private static readonly ProvisionId Ceasefire = new("ceasefire");

    private static readonly NegotiationRecord Synthetic = SyntheticRecord.Generate(200, seed: 15);
    private static readonly IRecordEntity[] SyntheticEntities = [.. Synthetic.Entities()];

    private static NegotiationRecord Small() => new("Talks")
    {
        Actors = [new Actor(Trump, ActorKind.Person, [new("Donald Trump", "en")]), new Actor(new ActorId("putin"), ActorKind.Person, [new("Vladimir Putin", "en")])],
        Statements = [new Statement(new StatementId("s1"), [Trump], [new LocalizedText("One or two thorny issues remain.", "en")])],
        Proposals =
        [
            new Proposal(new ProposalId("plan"), ProposalKind.Roadmap, [new LocalizedText("Plan", "en")])
            {
                Versions =
                [
                    new ProposalVersion(1) { Provisions = [new OtherProvision(new ProvisionId("preamble"))] },
                    new ProposalVersion(2) { Provisions = [new OtherProvision(new ProvisionId("amnesty")), new OtherProvision(Ceasefire)] },
                ],
                Phases = [new Phase(new PhaseId("start"), 0, [new LocalizedText("Start", "en")])],
            },
        ],
    };

    [Fact]
    public void Replace_puts_the_entity_in_the_place_of_the_one_with_its_identifier()
    {
        var record = Small();

        var edited = record.Replace(record.Find(Trump)! with { Notes = "Head of delegation" });

        edited.Find(Trump)!.Notes.Should().Be("Head of delegation");
        edited.Actors.Select(a => a.Id).Should().Equal(record.Actors.Select(a => a.Id));
        (edited.Statements.Items == record.Statements.Items).Should().BeTrue("lists on no path to the change are shared");
        record.Find(Trump)!.Notes.Should().BeNull("the original record is unchanged");
    }

    [Fact]
    public void Replace_finds_a_provision_inside_its_proposal_s_version()
    {
        var record = Small();
        var provision = (OtherProvision)record.Find(Ceasefire)!;

        var edited = record.Replace(provision with { Notes = "From 00:00 Kyiv time" });

        edited.Find(Ceasefire)!.Notes.Should().Be("From 00:00 Kyiv time");
        edited.Proposals[0].Versions[1].Provisions[1].Id.Should().Be(Ceasefire);
        edited.Proposals[0].Versions[0].Should().BeSameAs(record.Proposals[0].Versions[0], "a version without the provision is not rebuilt");
        edited.Proposals[0].Phases.Should().Equal(record.Proposals[0].Phases);
    }

    [Fact]
    public void Replace_refuses_an_entity_the_record_does_not_hold_or_holds_twice()
    {
        var record = Small();
        var stranger = new Actor(new ActorId("zelenskyy"), ActorKind.Person, [new("Volodymyr Zelenskyy", "en")]);
        var twice = record with { Actors = record.Actors.Add(record.Find(Trump)!) };

        FluentActions.Invoking(() => record.Replace(stranger)).Should().Throw<ArgumentException>()
            .WithMessage("The record holds no actor:zelenskyy to replace.*").And.ParamName.Should().Be("entity");
        FluentActions.Invoking(() => twice.Replace(record.Find(Trump)!)).Should().Throw<ArgumentException>().WithMessage("*holds 2 entities actor:trump*");
        FluentActions.Invoking(() => record.Replace(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Replacing_any_entity_changes_that_entity_only()
    {
        // Nothing else changed when replacing back gives the original record (a provision's proposal holds the
        // provision, so the proposal differs in between).
        Gen.Int[0, SyntheticEntities.Length - 1].Sample(index =>
        {
            var original = SyntheticEntities[index];
            var edited = WithNotes(original, "edited");

            var record = Synthetic.Replace(edited);

            return record.Find(edited.Reference) == edited
                && record.Entities().Select(e => e.Reference).SequenceEqual(SyntheticEntities.Select(e => e.Reference))
                && record.Replace(original) == Synthetic;
        }, iter: 100);
    }

    [Fact]
    public void Replacing_an_entity_by_itself_gives_an_equal_record()
    {
        Gen.Int[0, SyntheticEntities.Length - 1].Sample(index => Synthetic.Replace(SyntheticEntities[index]) == Synthetic, iter: 100);
    }

    // `with` for an entity of any kind: the record's clone method, then the init accessor of Notes.
    private static IRecordEntity WithNotes(IRecordEntity entity, string notes)
    {
        var clone = (IRecordEntity)entity.GetType().GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance)!.Invoke(entity, null)!;
        clone.GetType().GetProperty(nameof(IRecordEntity.Notes))!.SetValue(clone, notes);
        return clone;
    }
}
