using CsCheck;
using NegotiationModel.Actors;
using NegotiationModel.Comparison;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Actors.ColombiaThirdParties;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Actors;

public sealed class ActorTransitionTest
{
    [Fact]
    public void A_transition_needs_a_predecessor_and_a_defined_kind()
    {
        FluentActions.Invoking(() => new ActorTransition(default, ActorTransitionKind.Renamed)).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Predecessor");
        FluentActions.Invoking(() => new ActorTransition(FarcEp, (ActorTransitionKind)7)).Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
        new ActorTransition(FarcEp, ActorTransitionKind.Transformed).ToString().Should().Be("farc-ep (Transformed)");
    }

    [Fact]
    public void A_transition_is_written_under_the_successors_predecessors_in_kebab_case()
    {
        var party = Record().Find(FarcParty)!;
        var json = JsonRoundTrip.Write(party);

        json.Should().Contain("\"predecessors\": [").And.Contain("\"predecessor\": \"farc-ep\"").And.Contain("\"kind\": \"transformed\"").And.Contain("\"when\": \"2017-08[America/Bogota]\"");
        JsonRoundTrip.Read<Actor>(json).Should().Be(party);
    }

    [Fact]
    public void The_history_reads_as_one_from_any_actor_of_the_lineage_predecessors_first()
    {
        var record = Record();

        foreach (var actor in (ActorId[])[FarcEp, FarcParty, Comunes])
        {
            record.LineageOf(actor).Select(s => s.ToString()).Should().Equal("farc-ep → farc-party (Transformed)", "farc-party → comunes (Renamed)");
        }

        record.SuccessorsOf(FarcEp).Should().ContainSingle().Which.Successor.Should().Be(FarcParty);
        record.SuccessorsOf(Comunes).Should().BeEmpty();
        record.LineageOf(Cuba).Should().BeEmpty();
    }

    [Fact]
    public void A_lineage_lists_predecessors_first_whatever_the_order_of_the_actors()
    {
        var record = Record() with { Actors = [.. Record().Actors.Reverse()] };

        record.LineageOf(FarcEp).Select(s => s.Successor).Should().Equal(FarcParty, Comunes);
    }

    [Fact]
    public void The_timeline_shows_each_dated_transition_with_both_actors()
    {
        var timeline = Timeline.Build(Record());

        var transitions = timeline.Query(kind: TimelineEntryKind.ActorTransition);

        transitions.Select(e => e.Label).Should().Equal(
            "Fuerzas Armadas Revolucionarias de Colombia – Ejército del Pueblo → Fuerza Alternativa Revolucionaria del Común — transformed",
            "Fuerza Alternativa Revolucionaria del Común → Comunes — renamed");
        transitions[0].Detail.Should().Be("transformed");
        transitions[0].Id.Should().Be("actor:farc-party#predecessor-1");
        transitions[0].Actors.Should().Equal(FarcEp, FarcParty);
        timeline.Query(actor: FarcEp, kind: TimelineEntryKind.ActorTransition).Should().ContainSingle("the predecessor is involved in its transition");
    }

    [Fact]
    public void A_predecessor_the_record_does_not_hold_is_an_unresolved_reference()
    {
        var party = Record().Find(FarcParty)!;
        var record = Record().Replace(party with { Predecessors = [new ActorTransition(new ActorId("farc"), ActorTransitionKind.Transformed)] });

        Found(record).Should().Contain("NM1002 at $['actors'][2]['predecessors'][0]['predecessor']");
    }

    [Fact]
    public void Actors_that_come_from_each_other_are_a_cycle()
    {
        var farc = Record().Find(FarcEp)!;
        var record = Record().Replace(farc with { Predecessors = [new ActorTransition(Comunes, ActorTransitionKind.Renamed)] });

        var cycle = Validate(record).Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.SuccessionCycle).Which;
        cycle.Severity.Should().Be(DiagnosticSeverity.Error);
        cycle.Message.Should().Contain("cycle of 3");
        cycle.RelatedIds.Select(r => r.Id).Should().BeEquivalentTo("farc-ep", "farc-party", "comunes");
        Found(Record().Replace(farc with { Predecessors = [new ActorTransition(FarcEp, ActorTransitionKind.Renamed)] }))
            .Should().Contain("NM5009 at $['actors'][1]['predecessors'][0]");
    }

    [Theory]
    [InlineData("2017-06[America/Bogota]", "before 'farc-party' came to exist (2017-08)")]
    [InlineData("1960", "before its predecessor 'farc-ep' came to exist (1964)")]
    [InlineData("2022", "after 'farc-party' ceased to exist (2021-01-24)")]
    public void A_transition_dated_where_the_actors_cannot_have_been_is_reported(string when, string why)
    {
        var party = Record().Find(FarcParty)!;
        var record = Record().Replace(party with { Predecessors = [party.Predecessors[0] with { When = W(when) }] });

        var found = Validate(record).Diagnostics.Should().ContainSingle(d => d.Code == DiagnosticCodes.TransitionOutsideExistence).Which;
        found.Message.Should().EndWith(why + ".");
        found.Path.ToString().Should().Be("$['actors'][2]['predecessors'][0]['when']");
    }

    [Fact]
    public void A_transition_that_may_fall_within_both_existences_is_not_reported()
    {
        var party = Record().Find(FarcParty)!;
        var record = Record().Replace(party with { Predecessors = [party.Predecessors[0] with { When = W("2017") }] });

        Validate(record).Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.TransitionOutsideExistence);
    }

    [Fact]
    public void A_diff_names_the_actor_whose_predecessors_changed()
    {
        var before = Record();
        var party = before.Find(FarcParty)!;
        var after = before.Replace(party with { Predecessors = [party.Predecessors[0] with { Kind = ActorTransitionKind.Renamed }] });

        RecordDiff.Compare(before, after).Select(c => c.ToString()).Should().Equal("~ actor:farc-party: predecessors");
    }

    [Fact]
    public void Coalitions_and_campaigns_are_actors_of_format_1_1()
    {
        var record = Record() with
        {
            Actors = [.. Record().Actors,
                new Actor(new ActorId("si-a-la-paz"), ActorKind.Campaign, [new LocalizedName("Sí a la paz", "es")]),
                new Actor(new ActorId("coalicion-por-el-no"), ActorKind.Coalition, [new LocalizedName("Coalition for the no", "en")])],
        };
        var json = NegotiationJson.Serialize(record);

        json.Should().Contain("\"kind\": \"campaign\"").And.Contain("\"kind\": \"coalition\"");
        NegotiationJson.Deserialize(json).Should().Be(record);
        Found(record with { SchemaVersion = new SchemaVersion(1, 0) }).Should().Contain("NM9002 at $['actors'][9]['kind']").And.Contain("NM9002 at $['actors'][10]['kind']");
    }

    // Differential: the validator's cycle rule (NM5009), the record's lineage look-ups and the timeline agree on any graph of
    // transitions: a cycle is reported exactly when some actor can be reached from itself through SuccessorsOf; every actor of
    // a lineage has the same lineage and holds every step touching its actors; and the timeline has exactly one transition entry per dated transition.
    [Fact]
    public void Validator_lineage_and_timeline_agree_on_any_graph_of_transitions()
    {
        Gen.Select(Gen.Int[2, 7], Gen.Select(Gen.Int[0, 6], Gen.Int[0, 6], Gen.Enum<ActorTransitionKind>(), Gen.Bool).Array[0, 8])
            .Sample((count, edges) =>
            {
                var ids = Enumerable.Range(0, count).Select(i => new ActorId($"a{i}")).ToArray();
                var record = new NegotiationRecord("lineage")
                {
                    Actors = [.. ids.Select((id, i) => new Actor(id, ActorKind.Organisation, [new LocalizedName($"Actor {i}", "en")])
                    {
                        Predecessors = [.. edges.Where(e => e.Item1 % count == i).Select(e => new ActorTransition(ids[e.Item2 % count], e.Item3) { When = e.Item4 ? W("2017") : null })],
                    })],
                };

                var reportsCycle = Validate(record).Diagnostics.Any(d => d.Code == DiagnosticCodes.SuccessionCycle);
                reportsCycle.Should().Be(ids.Any(id => ReachesItself(record, id)));
                foreach (var id in ids)
                {
                    var lineage = record.LineageOf(id);
                    var members = lineage.SelectMany(s => (ActorId[])[s.Predecessor, s.Successor]).ToHashSet();
                    lineage.Should().HaveCount(record.Actors.Sum(a => a.Predecessors.Count(t => members.Contains(a.Id) || members.Contains(t.Predecessor))), "a lineage holds every step that touches one of its actors, once");
                    foreach (var other in lineage.SelectMany(s => (ActorId[])[s.Predecessor, s.Successor]))
                    {
                        record.LineageOf(other).Should().BeEquivalentTo(lineage);
                    }
                }

                Timeline.Build(record).Query(kind: TimelineEntryKind.ActorTransition).Should().HaveCount(edges.Count(e => e.Item4));
            });

        static bool ReachesItself(NegotiationRecord record, ActorId start)
        {
            var seen = new HashSet<ActorId>();
            var pending = new Stack<ActorId>(record.SuccessorsOf(start).Select(s => s.Successor));
            while (pending.TryPop(out var next))
            {
                if (next == start)
                {
                    return true;
                }

                if (seen.Add(next))
                {
                    foreach (var step in record.SuccessorsOf(next))
                    {
                        pending.Push(step.Successor);
                    }
                }
            }

            return false;
        }
    }
}
