using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.TestData;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.WorkingGroups;
using NodaTime;
using static NegotiationModel.Tests.Timelines.TimelineTestData;

namespace NegotiationModel.Tests.Timelines;

/// <summary>Knowledge time and <see cref="NegotiationRecord.AsKnownAt(Instant)"/>: the record as it stood at an instant.</summary>
public sealed class AsKnownAtTest
{
    /// <summary>NHK: published at an unknown time before its first update at 02:36 UTC on 29 December; updated again at 10:31 UTC.</summary>
    private static readonly Source NhkSource = Source("nhk", "../2025-12-29T11:36+09:00", Revision(1, "2025-12-29T11:36+09:00"), Revision(2, "2025-12-29T19:31+09:00"));

    /// <summary>Yomiuri: published at 06:00 JST on 29 December, 21:00 UTC on the 28th.</summary>
    private static readonly Source YomiuriSource = Source("yomiuri", "2025-12-29T06:00+09:00");

    private static readonly Instant Published = Utc(2025, 12, 28, 21);
    private static readonly Instant FirstUpdate = Utc(2025, 12, 29, 2, 36);
    private static readonly Instant SecondUpdate = Utc(2025, 12, 29, 10, 31);
    private static readonly Instant Recorded = Utc(2026, 1, 5);

    private static NegotiationRecord WithStatements(params Statement[] statements)
        => new("Test record") { Sources = [NhkSource, YomiuriSource, Source("undated", null)], Statements = [.. statements] };

    private static Instant? KnownFrom(NegotiationRecord record, string id) => Timeline.Build(record).Entries.Single(e => e.Id == id).KnownFrom;

    [Fact]
    public void A_fact_cited_from_a_revision_is_known_from_that_revision()
    {
        var record = WithStatements(Statement("s", "2025-12-28", Cite("nhk", revision: 1)));

        record.AsKnownAt(FirstUpdate - Duration.FromSeconds(1)).Statements.Should().BeEmpty();
        record.AsKnownAt(FirstUpdate).Statements.Should().ContainSingle();
        KnownFrom(record, "statement:s").Should().Be(FirstUpdate);
    }

    [Fact]
    public void A_fact_cited_from_a_source_is_known_from_the_earliest_instant_of_its_publication()
    {
        var record = WithStatements(Statement("s", "2025-12-28", Cite("yomiuri")));

        record.AsKnownAt(Published - Duration.FromSeconds(1)).Statements.Should().BeEmpty();
        record.AsKnownAt(Published).Statements.Should().ContainSingle();
    }

    [Fact]
    public void A_fact_cited_from_a_source_published_at_an_unknown_time_before_a_date_is_known_from_when_it_was_recorded_or_else_always()
    {
        var record = WithStatements(Statement("recorded", "2025-12-28", Cite("nhk", recordedAt: Recorded)), Statement("not-recorded", "2025-12-28", Cite("nhk")));

        record.AsKnownAt(Recorded - Duration.FromSeconds(1)).Statements.Select(s => s.Id.Value).Should().Equal("not-recorded");
        record.AsKnownAt(Instant.MinValue).Find(new StatementId("not-recorded")).Should().NotBeNull();
        record.AsKnownAt(Recorded).Statements.Should().HaveCount(2);
    }

    [Fact]
    public void A_fact_cited_from_a_source_without_a_publication_time_or_not_in_the_record_is_known_from_when_it_was_recorded_or_else_always()
    {
        var record = WithStatements(
            Statement("undated-recorded", null, Cite("undated", recordedAt: Recorded)),
            Statement("undated", null, Cite("undated")),
            Statement("missing-recorded", null, Cite("missing", recordedAt: Recorded)),
            Statement("missing", null, Cite("missing")));

        record.AsKnownAt(Recorded - Duration.FromSeconds(1)).Statements.Select(s => s.Id.Value).Should().Equal("undated", "missing");
        record.AsKnownAt(Recorded).Statements.Should().HaveCount(4);
    }

    [Fact]
    public void A_fact_is_known_once_any_of_its_citations_is()
    {
        var record = WithStatements(Statement("s", "2025-12-28", Cite("nhk", revision: 2), Cite("yomiuri")));

        KnownFrom(record, "statement:s").Should().Be(Published);
        record.AsKnownAt(Published).Statements.Should().ContainSingle();
    }

    [Fact]
    public void A_citation_of_a_revision_the_source_does_not_have_is_known_from_the_sources_publication()
    {
        var record = WithStatements(Statement("s", "2025-12-28", Cite("yomiuri", revision: 9)));

        KnownFrom(record, "statement:s").Should().Be(Published);
    }

    [Fact]
    public void A_citation_is_never_known_before_its_source()
    {
        var late = Source("late", "2025-12-30", Revision(1, "2025-12-20"));
        var record = new NegotiationRecord("Test record") { Sources = [late], Statements = [Statement("s", "2025-12-28", Cite("late", revision: 1))] };

        KnownFrom(record, "statement:s").Should().Be(Utc(2025, 12, 30));
        KnownFrom(record, "source:late#revision-1").Should().Be(Utc(2025, 12, 30));
    }

    [Fact]
    public void An_entity_without_citations_of_its_own_is_always_known()
    {
        var record = WithStatements(Statement("uncited", "2025-12-28"));

        record.AsKnownAt(Instant.MinValue).Statements.Should().ContainSingle();
        KnownFrom(record, "statement:uncited").Should().BeNull();
    }

    [Fact]
    public void An_entity_is_known_once_anything_recorded_about_it_is_even_when_its_own_citations_came_later()
    {
        var call = Event("call", "2025-12-28") with
        {
            Citations = [Cite("nhk", revision: 2)],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2025-12-28")) { Citations = [Cite("yomiuri")] }],
        };
        var record = new NegotiationRecord("Test record") { Sources = [NhkSource, YomiuriSource], Events = [call] };

        record.AsKnownAt(Published).Find(call.Id).Should().Be(call);
        record.AsKnownAt(Published - Duration.FromSeconds(1)).Events.Should().BeEmpty();
        KnownFrom(record, "event:call").Should().Be(Published);
    }

    [Fact]
    public void A_part_is_removed_until_one_of_its_citations_is_known_and_a_part_without_citations_follows_its_entity()
    {
        var statement = Statement("s", "2025-12-28", Cite("yomiuri")) with
        {
            Framings =
            [
                new Framing([new LocalizedText("cited from the second update", "en")]) { Citations = [Cite("nhk", revision: 2)] },
                new Framing([new LocalizedText("uncited", "en")]),
            ],
        };
        var record = WithStatements(statement);

        record.AsKnownAt(Published).Find(statement.Id)!.Framings.Select(f => f.Text[0].Text).Should().Equal("uncited");
        record.AsKnownAt(SecondUpdate).Find(statement.Id).Should().Be(statement);
    }

    [Fact]
    public void A_source_is_kept_once_published_and_its_revisions_once_each_is_out()
    {
        var record = WithStatements();

        record.AsKnownAt(Published - Duration.FromSeconds(1)).Sources.Select(s => s.Id.Value).Should().Equal("nhk", "undated");
        record.AsKnownAt(Published).Find(new SourceId("nhk"))!.Revisions.Should().BeEmpty();
        record.AsKnownAt(FirstUpdate).Find(new SourceId("nhk"))!.Revisions.Select(r => r.Number).Should().Equal(1);
        record.AsKnownAt(SecondUpdate).Find(new SourceId("nhk")).Should().Be(NhkSource);
    }

    [Fact]
    public void Every_kind_of_part_is_removed_until_it_is_known()
    {
        var second = Cite("nhk", revision: 2);
        var yomiuri = Cite("yomiuri");
        var provision = new OtherProvision(new ProvisionId("pr")) { Summary = [new LocalizedText("A provision", "en")], Citations = [second] };
        var record = new NegotiationRecord("Test record")
        {
            Sources = [NhkSource, YomiuriSource],
            Actors = [new Actor(Putin, ActorKind.Person, [new LocalizedName("Putin", "en")]) { Citations = [yomiuri], Memberships = [new Membership { Organisation = Russia, Citations = [second] }] }],
            WorkingGroups =
            [
                new WorkingGroup(new WorkingGroupId("wg"), [new LocalizedName("WG", "en")])
                {
                    Citations = [yomiuri],
                    StatusHistory = [new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Accepted, When.Parse("2025-12-28")) { Citations = [second] }],
                    Milestones = [new Milestone([new LocalizedText("Details", "en")], MilestoneStatus.Expected) { Expected = When.Parse("2026-01-early"), Citations = [second] }],
                },
            ],
            Proposals =
            [
                new Proposal(new ProposalId("p"), ProposalKind.PeacePlan, [new LocalizedText("P", "en")])
                {
                    Citations = [yomiuri],
                    Versions = [new ProposalVersion(1) { Citations = [yomiuri], Provisions = [provision] }, new ProposalVersion(2) { Citations = [second] }],
                    Phases = [new Phase(new PhaseId("ph"), 1, [new LocalizedText("Phase", "en")]) { Citations = [second] }],
                    StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, When.Parse("2025-12-28")) { Citations = [second] }],
                },
            ],
            Guarantees = [new Guarantee(new GuaranteeId("g"), GuaranteeKind.Security) { Citations = [yomiuri], StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, When.Parse("2025-12-28")) { Citations = [second] }] }],
        };

        var early = record.AsKnownAt(Published);

        early.Find(Putin)!.Memberships.Should().BeEmpty();
        early.Find(new WorkingGroupId("wg"))!.StatusHistory.Should().BeEmpty();
        early.Find(new WorkingGroupId("wg"))!.Milestones.Should().BeEmpty();
        var proposal = early.Find(new ProposalId("p"))!;
        proposal.Versions.Should().ContainSingle().Which.Provisions.Should().BeEmpty();
        proposal.Phases.Should().BeEmpty();
        proposal.StatusHistory.Should().BeEmpty();
        early.Find(new ProvisionId("pr")).Should().BeNull();
        early.Find(new GuaranteeId("g"))!.StatusHistory.Should().BeEmpty();
        record.AsKnownAt(SecondUpdate).Should().Be(record);
    }

    [Fact]
    public void Floating_publication_times_are_placed_by_the_context()
    {
        var record = new NegotiationRecord("Test record") { Sources = [Source("s", "2025-12-29")], Statements = [Statement("st", null, Cite("s"))] };
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        record.AsKnownAt(Utc(2025, 12, 28, 15)).Statements.Should().BeEmpty("in UTC the 29th starts at midnight UTC");
        record.AsKnownAt(Utc(2025, 12, 28, 15), record.TimeContext(tokyo)).Statements.Should().ContainSingle("in Tokyo the 29th starts at 15:00 UTC on the 28th");
    }

    [Fact]
    public void A_relative_publication_time_resolves_through_the_record()
    {
        var record = new NegotiationRecord("Test record")
        {
            Sources = [YomiuriSource, Source("blog", "after(source:yomiuri, PT1H)")],
            Statements = [Statement("st", "2025-12-28", Cite("blog"))],
        };

        KnownFrom(record, "statement:st").Should().Be(Published + Duration.FromHours(1));
    }

    [Fact]
    public void The_record_as_known_is_a_new_record_and_the_original_is_unchanged()
    {
        var record = WithStatements(Statement("s", null, Cite("nhk", revision: 2)));
        var copy = record with { };

        var known = record.AsKnownAt(Published);

        known.Should().NotBeSameAs(record);
        known.Statements.Should().BeEmpty();
        record.Should().Be(copy);
        known.Title.Should().Be(record.Title);
    }

    [Fact]
    public void Knowledge_asked_from_many_threads_at_once_answers_as_asked_one_by_one()
    {
        // The store derives its rows in parallel from one RecordKnowledge, which keeps what gathers an entity's
        // earliest citation for the next entity: threads asking at once must not share it.
        var record = SyntheticRecord.Generate(2_000);
        var context = record.TimeContext();
        var entities = record.Entities().ToArray();
        var expected = entities.Select(entity => new RecordKnowledge(record, context).EntityKnownFrom(entity)).ToArray();

        var knowledge = new RecordKnowledge(record, context);
        var answers = new Instant?[8][];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, round =>
        {
            // Each thread goes through the entities from another place, so that different entities are asked at once.
            var shift = round * entities.Length / answers.Length;
            var answer = new Instant?[entities.Length];
            for (var i = 0; i < entities.Length; i++)
            {
                var at = (i + shift) % entities.Length;
                answer[at] = knowledge.EntityKnownFrom(entities[at]);
            }

            answers[round] = answer;
        });

        expected.Should().Contain(knownFrom => knownFrom != null).And.Contain(knownFrom => knownFrom == null);
        foreach (var answer in answers)
        {
            answer.Should().Equal(expected);
        }
    }

    [Fact]
    public void A_null_context_is_rejected()
    {
        var act = () => WithStatements().AsKnownAt(Published, null!);

        act.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("context");
    }
}
