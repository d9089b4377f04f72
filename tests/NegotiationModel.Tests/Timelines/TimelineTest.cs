using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;
using NodaTime;
using static NegotiationModel.Tests.Timelines.TimelineTestData;

namespace NegotiationModel.Tests.Timelines;

public sealed class TimelineTest
{
    private static readonly TopicId Ceasefire = WellKnownTopics.Ceasefire;

    private static TimelineEntry Entry(string id, int startHour, int? endHour, TimelineEntryKind kind = TimelineEntryKind.Event) =>
        new(id, kind, new EntityReference(EntityKind.NegotiationEvent, id.Split('#')[0]), $"Entry {id}", When.Parse("2025-12-28"), Window(Utc(2025, 12, 28, startHour), endHour is { } end ? Utc(2025, 12, 28, end) : null));

    private static NegotiationRecord KindsRecord() => new("Kinds")
    {
        Actors =
        [
            new Actor(Russia, ActorKind.State, [new LocalizedName("Russia", "en"), new LocalizedName("Россия", "ru")]),
            new Actor(Putin, ActorKind.Person, [new LocalizedName("Vladimir Putin", "en"), new LocalizedName("Владимир Путин", "ru")]),
        ],
        Sources = [Source("nhk", "2025-12-29T09:00+09:00", Revision(1, "2025-12-29T11:36+09:00")) with { Outlet = new ActorId("nhk-outlet") }],
        Events =
        [
            Event("call", "2025-12-28T10:00[America/New_York]", Duration.FromMinutes(75)) with
            {
                Title = [new LocalizedText("Phone call", "en"), new LocalizedText("Телефонный разговор", "ru")],
                Participants = [new Participant(Putin, ParticipantRole.Principal) { OnBehalfOf = Russia }],
                Topics = [Ceasefire],
                StatusHistory = [new StatusChange<EventStatus>(EventStatus.Announced, When.Parse("2025-12-27")), new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2025-12-28"))],
            },
            Event("undated", null),
        ],
        Statements = [Statement("said", "2025-12-28T16:00Z") with { Speakers = [Putin], About = [EntityReference.To(Ceasefire)] }, Statement("undated", null)],
        WorkingGroups =
        [
            new WorkingGroup(new WorkingGroupId("wg"), [new LocalizedName("Security group", "en")])
            {
                Domain = WellKnownTopics.Security,
                Members = [new WorkingGroupMember(Russia, WorkingGroupRole.Member)],
                StatusHistory = [new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Accepted, When.Parse("2025-12-28"))],
                Milestones =
                [
                    new Milestone([new LocalizedText("Details decided", "en")], MilestoneStatus.Reached) { Expected = When.Parse("2026-01-early"), Reached = When.Parse("2026-01-08") },
                    new Milestone([new LocalizedText("Report", "en")], MilestoneStatus.Expected) { Expected = When.Parse("2026-02") },
                    new Milestone([new LocalizedText("Someday", "en")], MilestoneStatus.Expected),
                ],
            },
        ],
        Proposals =
        [
            new Proposal(new ProposalId("plan"), ProposalKind.PeacePlan, [new LocalizedText("Peace plan", "en")])
            {
                Topics = [Ceasefire],
                Proposers = [Russia],
                Versions = [new ProposalVersion(1) { When = When.Parse("2025-11-20") }, new ProposalVersion(2) { Label = "28 points" }],
                StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, When.Parse("2025-11-21"))],
            },
        ],
        Positions = [new Position(new PositionId("russia-on-plan"), Russia, EntityReference.To(new ProposalId("plan")), Stance.Conditional) { When = When.Parse("2025-12-28") }],
        ControlObservations = [new ControlObservation(new ControlObservationId("co"), new TerritoryId("UA-14"), Russia, ControlExtent.Most, When.Parse("2025-12-late"))],
        Territories = [new Territory(new TerritoryId("UA-14"), TerritoryKind.Region, [new LocalizedName("Donetsk Oblast", "en")])],
    };

    [Fact]
    public void A_record_gives_one_entry_per_dated_item_of_every_kind()
    {
        var timeline = Timeline.Build(KindsRecord());

        timeline.Entries.Select(e => (e.Kind, e.Id)).Should().BeEquivalentTo(new[]
        {
            (TimelineEntryKind.Publication, "source:nhk"),
            (TimelineEntryKind.Revision, "source:nhk#revision-1"),
            (TimelineEntryKind.Event, "event:call"),
            (TimelineEntryKind.StatusChange, "event:call#status-1"),
            (TimelineEntryKind.StatusChange, "event:call#status-2"),
            (TimelineEntryKind.Statement, "statement:said"),
            (TimelineEntryKind.StatusChange, "working-group:wg#status-1"),
            (TimelineEntryKind.Milestone, "working-group:wg#milestone-1"),
            (TimelineEntryKind.Milestone, "working-group:wg#milestone-2"),
            (TimelineEntryKind.StatusChange, "proposal:plan#status-1"),
            (TimelineEntryKind.ProposalVersion, "proposal:plan#version-1"),
            (TimelineEntryKind.Position, "position:russia-on-plan"),
            (TimelineEntryKind.ControlObservation, "control-observation:co"),
        }, "undated events, statements, versions and milestones are left out");
        timeline.Count.Should().Be(13);
    }

    [Fact]
    public void Entries_carry_labels_details_actors_and_topics()
    {
        var timeline = Timeline.Build(KindsRecord());
        TimelineEntry Get(string id) => timeline.Entries.Single(e => e.Id == id);

        Get("event:call").Label.Should().Be("Phone call");
        Get("event:call").Actors.Should().Equal(Putin, Russia);
        Get("event:call").Topics.Should().Equal(Ceasefire);
        Get("event:call#status-2").Label.Should().Be("Phone call — took place");
        Get("event:call#status-2").Detail.Should().Be("took-place");
        Get("statement:said").Topics.Should().Equal(Ceasefire);
        Get("working-group:wg#milestone-1").Label.Should().Be("Security group: Details decided");
        Get("working-group:wg#milestone-1").Detail.Should().Be("reached");
        Get("working-group:wg#milestone-1").When.ToString().Should().Be("2026-01-08", "a reached milestone is shown when it was reached");
        Get("working-group:wg#milestone-2").When.ToString().Should().Be("2026-02");
        Get("working-group:wg#milestone-1").Topics.Should().Equal(WellKnownTopics.Security);
        Get("proposal:plan#version-1").Label.Should().Be("Peace plan, version 1");
        Get("position:russia-on-plan").Label.Should().Be("Russia conditionally supports Peace plan");
        Get("position:russia-on-plan").Detail.Should().Be("conditional");
        Get("position:russia-on-plan").Topics.Should().Equal(Ceasefire);
        Get("control-observation:co").Label.Should().Be("Russia controls most of Donetsk Oblast");
        Get("source:nhk#revision-1").Label.Should().Be("nhk, revision 1");
        Get("source:nhk#revision-1").Actors.Should().Equal(new ActorId("nhk-outlet"));
    }

    [Fact]
    public void Labels_are_in_the_language_asked_for_when_there_is_text_in_it()
    {
        var timeline = Timeline.Build(KindsRecord(), language: "ru");

        timeline.Entries.Single(e => e.Id == "event:call").Label.Should().Be("Телефонный разговор");
        timeline.Entries.Single(e => e.Id == "position:russia-on-plan").Label.Should().Be("Россия conditionally supports Peace plan");
    }

    [Fact]
    public void An_event_at_a_clock_time_is_on_the_timeline_for_its_duration()
    {
        var call = Timeline.Build(KindsRecord()).Entries.Single(e => e.Id == "event:call");

        call.Window.Should().Be(Window(Utc(2025, 12, 28, 15), Utc(2025, 12, 28, 16, 16)));
        call.When.Resolve().Should().Be(Window(Utc(2025, 12, 28, 15), Utc(2025, 12, 28, 15, 1)));
    }

    [Fact]
    public void Queries_filter_by_range_actor_topic_and_kind_together()
    {
        var timeline = Timeline.Build(KindsRecord());
        var afternoon = Window(Utc(2025, 12, 28, 15, 30), Utc(2025, 12, 28, 16, 30));

        timeline.Query(afternoon, kind: TimelineEntryKind.Event).Select(e => e.Id).Should().Equal("event:call");
        timeline.Query(afternoon, actor: Putin).Select(e => e.Id).Should().Equal("event:call#status-2", "event:call", "statement:said");
        timeline.Query(afternoon, actor: Putin, kind: TimelineEntryKind.Statement).Select(e => e.Id).Should().Equal("statement:said");
        timeline.Query(topic: Ceasefire, kind: TimelineEntryKind.StatusChange).Select(e => e.Id).Should().Equal("proposal:plan#status-1", "event:call#status-1", "event:call#status-2");
        timeline.Query(actor: new ActorId("nobody")).Should().BeEmpty();
        timeline.Query(topic: new TopicId("nothing")).Should().BeEmpty();
        timeline.Query().Should().Equal(timeline.Entries);
    }

    [Fact]
    public void About_finds_the_entries_of_one_subject_in_display_order()
    {
        var timeline = Timeline.Build(KindsRecord());

        timeline.About(EventRef("call")).Select(e => e.Id).Should().Equal("event:call#status-1", "event:call#status-2", "event:call");
        timeline.About(EventRef("undated")).Should().BeEmpty();
    }

    [Fact]
    public void Entries_sort_by_earliest_then_latest_then_identifier_with_open_ends_outermost()
    {
        var timeline = new Timeline(
        [
            Entry("b", 10, 12), Entry("a", 10, 12), Entry("c", 10, 11), Entry("d", 9, null), Entry("e", 10, null),
            new TimelineEntry("f", TimelineEntryKind.Event, EventRef("f"), "f", When.Parse("before(event:a)"), Window(null, Utc(2025, 12, 28, 11))),
        ]);

        timeline.Entries.Select(e => e.Id).Should().Equal("f", "d", "c", "a", "b", "e");
    }

    [Fact]
    public void A_range_overlaps_a_window_when_they_share_an_instant()
    {
        var timeline = new Timeline([Entry("morning", 8, 12), Entry("noon", 12, 13), Entry("open", 13, null)]);

        timeline.Query(Window(Utc(2025, 12, 28, 12), Utc(2025, 12, 28, 13))).Select(e => e.Id).Should().Equal(["noon"], "the morning ends (exclusively) at 12:00 and the open entry starts at 13:00");
        timeline.Query(Window(Utc(2025, 12, 28, 11, 59), Utc(2025, 12, 28, 12, 1))).Select(e => e.Id).Should().Equal("morning", "noon");
        timeline.Query(Window(Utc(2030, 1, 1), null)).Select(e => e.Id).Should().Equal("open");
        timeline.Query(Window(null, Utc(2025, 12, 28, 8))).Should().BeEmpty();
    }

    [Fact]
    public void A_timeline_of_no_entries_answers_nothing()
    {
        var timeline = new Timeline([]);

        timeline.Count.Should().Be(0);
        timeline.Query().Should().BeEmpty();
        timeline.Query(actor: Putin).Should().BeEmpty();
        timeline.ToString().Should().Be("0 entries");
        Timeline.Build(new NegotiationRecord("Empty")).Entries.Should().BeEmpty();
    }

    [Fact]
    public void The_text_gives_the_number_of_entries_and_their_span()
    {
        new Timeline([Entry("a", 10, 12), Entry("b", 8, 9)]).ToString().Should().Be("2 entries, 2025-12-28T08:00:00Z/2025-12-28T12:00:00Z");
        new Timeline([Entry("a", 10, null)]).ToString().Should().Be("1 entries, 2025-12-28T10:00:00Z/..");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var entries = () => new Timeline(null!);
        var entry = () => new Timeline([Entry("a", 1, 2), null!]);
        var record = () => Timeline.Build(null!);
        var language = () => Timeline.Build(new NegotiationRecord("x"), language: " ");

        entries.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("entries");
        entry.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("entries");
        record.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("record");
        language.Should().Throw<ArgumentException>().And.ParamName.Should().Be("language");
    }

    [Fact]
    public void A_context_without_anchors_leaves_relative_times_unbounded()
    {
        var record = Record(Event("meeting", "2025-12-28"), Event("after", "after(event:meeting)"));

        Timeline.Build(record, WhenContext.Default).Entries.Single(e => e.Id == "event:after").Window.Should().Be(TimeWindow.Unbounded);
        Timeline.Build(record).Entries.Single(e => e.Id == "event:after").Window.Should().Be(Window(Utc(2025, 12, 28), null));
    }
}
