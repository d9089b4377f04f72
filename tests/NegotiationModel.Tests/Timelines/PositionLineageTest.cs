using CsCheck;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Time;
using NegotiationModel.Timelines;

namespace NegotiationModel.Tests.Timelines;

/// <summary>Stances followed across a proposal's lineage: <see cref="NegotiationRecordTimeExtensions.PositionHistoryAcrossLineage"/>.</summary>
public sealed class PositionLineageTest
{
    private static readonly ActorId Dup = new("dup");
    private static readonly ProposalId Draft = new("draft");
    private static readonly ProposalId Revision = new("revision");
    private static readonly ProposalId Counter = new("counter");
    private static readonly ProposalId Final = new("final");

    private static Proposal Text(ProposalId id, ProposalId? supersedes = null, params ProposalId[] derivedFrom) =>
        new(id, ProposalKind.DraftAgreement, [new LocalizedText(id.Value, "en")]) { Supersedes = supersedes, DerivedFrom = [.. derivedFrom] };

    private static Position Held(string id, ProposalId subject, Stance stance, string when, ActorId? holder = null) =>
        new(new PositionId(id), holder ?? Dup, EntityReference.To(subject), stance) { When = When.Parse(when) };

    [Fact]
    public void A_stance_on_a_superseded_text_shifts_to_the_stance_on_its_successor_only_when_the_lineage_is_followed()
    {
        var record = new NegotiationRecord("Lineage")
        {
            Proposals = [Text(Draft), Text(Revision, supersedes: Draft)],
            Positions = [Held("on-draft", Draft, Stance.Opposes, "1998-03-01"), Held("on-revision", Revision, Stance.Supports, "1998-04-10")],
        };

        record.PositionHistory(Dup, EntityReference.To(Revision)).Shifts.Should().BeEmpty("a stance on a text is no stance on the text that follows it");

        var history = record.PositionHistoryAcrossLineage(Dup, Revision);
        history.Subject.Should().Be(EntityReference.To(Revision));
        history.Positions.Select(p => p.Position.Subject).Should().Equal(EntityReference.To(Draft), EntityReference.To(Revision));
        history.Shifts.Should().ContainSingle().Which.Should().Match<StanceShift>(s => s.FromStance == Stance.Opposes && s.ToStance == Stance.Supports && s.Order == TemporalRelation.DefinitelyBefore);
    }

    [Fact]
    public void The_lineage_follows_supersession_and_derivation_through_several_steps_but_never_forward_or_to_other_holders()
    {
        var record = new NegotiationRecord("Lineage")
        {
            Proposals = [Text(Draft), Text(Counter, derivedFrom: Draft), Text(Revision, Draft, Counter), Text(Final, Revision)],
            Positions =
            [
                Held("draft", Draft, Stance.Opposes, "1998-01"),
                Held("counter", Counter, Stance.Conditional, "1998-02"),
                Held("final", Final, Stance.Supports, "1998-04"),
                Held("other-holder", Draft, Stance.Supports, "1998-01", new ActorId("uup")),
            ],
        };

        record.PositionHistoryAcrossLineage(Dup, Final).Positions.Select(p => p.Position.Id.Value).Should().Equal("draft", "counter", "final");
        record.PositionHistoryAcrossLineage(Dup, Counter).Positions.Select(p => p.Position.Id.Value).Should().Equal("draft", "counter");
        record.PositionHistoryAcrossLineage(Dup, Draft).Positions.Select(p => p.Position.Id.Value).Should().Equal("draft");
    }

    [Fact]
    public void A_cycle_of_supersession_ends_where_it_closes()
    {
        var record = new NegotiationRecord("Cycle")
        {
            Proposals = [Text(Draft, Revision), Text(Revision, Draft)],
            Positions = [Held("a", Draft, Stance.Opposes, "1998-01"), Held("b", Revision, Stance.Supports, "1998-02")],
        };

        record.PositionHistoryAcrossLineage(Dup, Revision).Positions.Should().HaveCount(2);
    }

    [Fact]
    public void Across_any_lineage_the_history_is_the_holders_histories_of_the_texts_it_reaches_merged_in_display_order()
    {
        // Four texts, each succeeding any earlier ones at random; positions of two holders on random texts at random months.
        var ids = Enumerable.Range(0, 4).Select(i => new ProposalId($"p{i}")).ToArray();
        var links = Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool).Array[ids.Length];
        var positions = Gen.Select(Gen.Int[0, ids.Length - 1], Gen.Enum<Stance>(), Gen.Int[1, 12], Gen.Bool).Array[0, 10];
        Gen.Select(links, positions).Sample((link, stances) =>
        {
            var proposals = ids.Select((id, i) => Text(
                id,
                i > 0 && link[i].Item1 ? ids[i - 1] : null,
                [.. Enumerable.Range(0, i).Where(j => j < i - 1 && (j % 2 == 0 ? link[i].Item2 : link[i].Item3)).Select(j => ids[j])])).ToArray();
            var record = new NegotiationRecord("Lineage")
            {
                Proposals = [.. proposals],
                Positions = [.. stances.Select((s, n) => Held($"x{n}", ids[s.Item1], s.Item2, $"1998-{s.Item3:00}", s.Item4 ? Dup : new ActorId("uup")))],
            };

            foreach (var latest in ids)
            {
                // What the lineage reaches, read directly from the proposals: everything reachable backwards.
                var reached = new HashSet<ProposalId> { latest };
                for (var grown = true; grown;)
                {
                    grown = false;
                    foreach (var p in proposals.Where(p => reached.Contains(p.Id)).ToList())
                    {
                        foreach (var predecessor in (p.Supersedes is { } s ? [s] : Array.Empty<ProposalId>()).Concat(p.DerivedFrom))
                        {
                            grown |= reached.Add(predecessor);
                        }
                    }
                }

                var merged = reached.SelectMany(id => record.PositionHistory(Dup, EntityReference.To(id)).Positions)
                    .OrderBy(p => p.Window, TimeWindowComparer.Instance).ThenBy(p => p.Position.Id.Value, StringComparer.Ordinal).ToList();
                var history = record.PositionHistoryAcrossLineage(Dup, latest);

                history.Positions.Should().Equal(merged);
                history.Shifts.Should().HaveCount(merged.Zip(merged.Skip(1)).Count(pair => pair.First.Stance != pair.Second.Stance));
                if (reached.Count == 1)
                {
                    history.Positions.Should().Equal(record.PositionHistory(Dup, EntityReference.To(latest)).Positions);
                }
            }
        });
    }
}
