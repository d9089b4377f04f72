using System.Text.Json.Nodes;
using NegotiationModel.Identifiers;
using NegotiationModel.Indexing;
using NegotiationModel.Proposals;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using NegotiationModel.Walking;

namespace NegotiationModel.Tests.Validation;

/// <summary>The one catalogue of references: the walk finds every reference of the sample, with paths that select it in the JSON.</summary>
public sealed class RecordWalkerTest
{
    private static readonly NegotiationRecord Record = MiamiTalksSample.Build();

    private static readonly JsonNode Json = JsonNode.Parse(NegotiationJson.Serialize(Record))!;

    [Fact]
    public void Every_reference_path_selects_the_identifier_it_names_in_the_json()
    {
        using var model = RecordModel.Of(Record, fastPaths: true);

        model.References.Count.Should().BeGreaterThan(300);
        foreach (var site in model.References)
        {
            var path = model.PathOf(site).ToString();
            var value = JsonPathSelector.Select(Json, path);
            value.Should().NotBeNull($"{path} should exist");
            var text = value!.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value["id"]!.GetValue<string>();
            text.Should().Contain(site.Id!, $"{path} should hold {site.Id}");
        }
    }

    [Fact]
    public void Every_entity_and_phase_is_defined_at_its_path()
    {
        using var model = RecordModel.Of(Record, fastPaths: true);

        foreach (var entity in Record.Entities())
        {
            var path = model.Find(entity.Reference)!.Value.Path.ToString();
            JsonPathSelector.Select(Json, path)!["id"]!.GetValue<string>().Should().Be(entity.Reference.Id);
        }

        model.Find(EntityReference.To(new PhaseId("roadmap-phase-3")))!.Value.Path.ToString().Should().Be("$['proposals'][1]['phases'][3]");
        model.Duplicates.Should().BeEmpty();
    }

    [Fact]
    public void Paths_use_the_json_names_and_positions()
    {
        using var model = RecordModel.Of(Record, fastPaths: true);
        var paths = new List<string>();
        foreach (var reference in model.References)
        {
            paths.Add(model.PathOf(reference).ToString());
        }

        paths.Should().Contain("$['statements'][0]['speakers'][0]");
        paths.Should().Contain("$['proposals'][1]['versions'][0]['provisions'][6]['from'][0]");
        paths.Should().Contain("$['events'][0]['when']", "the anchor of before(event:miami-meeting) is a reference");
        paths.Should().Contain("$['sources'][1]['citations'][0]['source']");
    }

    [Fact]
    public void The_walk_finds_every_reference_the_hand_written_catalogue_listed()
    {
        // What RecordReferences listed by hand before it became a walk: the walk finds all of it, and more
        // (the framers of statements, the parties of every kind of provision).
        var ushakovStatement = Record.Find(MiamiTalksSample.StatementIds.UshakovCeasefireView)!;

        RecordReferences.ActorsOf(ushakovStatement).Should().Contain([MiamiTalksSample.ActorIds.Ushakov, MiamiTalksSample.ActorIds.RussianPresidentialAdministration, MiamiTalksSample.ActorIds.Trump, MiamiTalksSample.ActorIds.Putin, MiamiTalksSample.ActorIds.Nhk]);
        RecordReferences.ActorsOf(Record.Find(MiamiTalksSample.ProposalIds.AuthorRoadmap)!).Should().BeEquivalentTo([MiamiTalksSample.ActorIds.BlogAuthor, MiamiTalksSample.ActorIds.Copilot], "the provisions are entities of their own");
        RecordReferences.ActorsOf(Record.Find(MiamiTalksSample.ActorIds.Ushakov)!).Should().Contain([MiamiTalksSample.ActorIds.Ushakov, MiamiTalksSample.ActorIds.RussianPresidentialAdministration]);
    }

    [Fact]
    public void One_collector_reused_for_every_entity_finds_what_a_collector_of_its_own_finds()
    {
        // The timeline and the look-up by actor walk a million entities with one collector and one walk: what an
        // entity's walk leaves behind (the entity it stopped at) must not change the next entity's actors.
        var found = new List<ActorId>();
        var collector = new RecordReferences.ActorCollector(found);
        var entities = Record.Entities().ToList();
        entities.AddRange(Enumerable.Reverse(entities));
        foreach (var entity in entities)
        {
            found.Clear();
            RecordReferences.ActorsOf(entity, collector);

            found.Should().Equal(RecordReferences.ActorsOf(entity), $"the actors of {entity.Reference}");
        }
    }

    [Fact]
    public void A_walk_of_single_entities_walks_the_next_entity_whole_after_a_visitor_threw_inside_one()
    {
        var visitor = new ThrowingOnce();
        var walk = RecordWalker.ForEntities(visitor);
        var statement = Record.Statements[0];

        var first = () => walk.Entity(statement);
        first.Should().Throw<InvalidOperationException>();
        walk.Entity(statement);

        visitor.References.Should().BePositive("the walk left inside the first entity must not take the next for a nested one");
    }

    [Fact]
    public void Provisions_name_their_states_and_parties_for_the_look_up_by_actor()
    {
        var ukraine = new ActorId("ukraine");
        var record = new NegotiationRecord("Elections")
        {
            Proposals =
            [
                new Proposal(new ProposalId("p"), ProposalKind.PeacePlan, [new LocalizedText("Plan", "en")])
                {
                    Versions = [new ProposalVersion(1) { Provisions = [new ElectionsProvision(new ProvisionId("elections")) { State = ukraine }] }],
                },
            ],
        };

        record.Involving(ukraine).Select(e => e.Reference).Should().Equal(EntityReference.To(new ProvisionId("elections")));
    }

    private sealed class ThrowingOnce : RecordVisitor
    {
        private bool thrown;

        public int References { get; private set; }

        public override void VisitReference(EntityKind kind, string? id, SitePath path, IRecordEntity? owner)
        {
            if (!thrown)
            {
                thrown = true;
                throw new InvalidOperationException("a visitor failing inside an entity");
            }

            References++;
        }
    }
}
