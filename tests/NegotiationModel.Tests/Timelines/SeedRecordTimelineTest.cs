using NegotiationModel.Events;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;
using static NegotiationModel.Samples.MiamiTalksSample;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Timelines;

/// <summary>The traps of the seed text (DIGEST.md), through the sample record: anchors, knowledge time and the timeline.</summary>
public sealed class SeedRecordTimelineTest
{
    private static readonly NegotiationRecord Record = MiamiTalksSample.Build();
    private static readonly Timeline Timeline = Timeline.Build(Record);

    /// <summary>10:00 on 29 December 2025, Japan time: before NHK's first update (11:36).</summary>
    private static readonly Instant BeforeFirstUpdate = Instant.FromUtc(2025, 12, 29, 1, 0);

    private static TimelineEntry Entry(string id) => Timeline.Entries.Single(e => e.Id == id);

    private static TimelineEntry EventEntry(NegotiationModel.Identifiers.NegotiationEventId id) => Entry(EntityReference.To(id).ToString());

    [Fact]
    public void The_Miami_afternoon_of_28_December_shows_as_02_00_to_08_00_on_29_December_in_Tokyo()
    {
        var meeting = EventEntry(EventIds.MiamiMeeting);

        meeting.Window.Should().Be(Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 23)));
        meeting.FormatWhen(Tokyo).Should().Be("29 Dec 2025 02:00–08:00 JST (28 Dec 2025 afternoon, America/New_York, inferred)");
        WhenFormatter.Format(meeting.When, Tokyo, Record.TimeContext()).Should().Be(meeting.FormatWhen(Tokyo));
    }

    [Fact]
    public void The_year_2025_which_the_sources_never_state_is_marked_inferred()
    {
        var meeting = EventEntry(EventIds.MiamiMeeting);

        meeting.When.IsInferred.Should().BeTrue();
        meeting.When.ToString().Should().Be("2025-12-28Tafternoon[America/New_York]!");
        Entry("source:nhk-2025-12-29#revision-1").When.IsInferred.Should().BeTrue();
    }

    [Theory]
    [InlineData(1, "29 Dec 2025 11:36 JST (29 Dec 2025 11:36, Asia/Tokyo, inferred)")]
    [InlineData(2, "29 Dec 2025 19:31 JST (29 Dec 2025 19:31, Asia/Tokyo, inferred)")]
    public void NHKs_updates_at_11_36_and_19_31_Japan_time_are_definitely_after_the_meeting_on_the_timeline(int revision, string shown)
    {
        var meeting = EventEntry(EventIds.MiamiMeeting);
        var update = Entry($"source:nhk-2025-12-29#revision-{revision}");

        update.Kind.Should().Be(TimelineEntryKind.Revision);
        update.FormatWhen(Tokyo).Should().Be(shown);
        TimeWindow.Compare(update.Window, meeting.Window).Should().Be(TemporalRelation.DefinitelyAfter);
        Timeline.Entries.Items.IndexOf(update).Should().BeGreaterThan(Timeline.Entries.Items.IndexOf(meeting));
    }

    [Fact]
    public void Early_next_month_said_on_28_December_2025_is_1_to_10_January_2026()
    {
        var details = EventEntry(EventIds.WorkingGroupDetails);

        details.Window.Should().Be(Window(Utc(2025, 12, 31, 21), Utc(2026, 1, 10, 21)));
        details.FormatWhen(Moscow).Should().Be("1–10 Jan 2026 Europe/Moscow (early Jan 2026, Europe/Moscow)");
        Entry("working-group:wg-security#milestone-1").Window.Should().Be(details.Window);
    }

    [Fact]
    public void In_a_few_weeks_counts_two_to_six_weeks_from_Trumps_statement_which_is_known_only_to_follow_the_meeting()
    {
        var fewWeeks = RelativeWhen.InAFewWeeks(EntityReference.To(StatementIds.TrumpFewWeeks));

        // The statement is "after the meeting", open-ended; two weeks after its earliest start is 11 January, 12:00 in New York.
        fewWeeks.Resolve(Record.TimeContext()).Should().Be(Window(Utc(2026, 1, 11, 17), null));
        WhenFormatter.Format(fewWeeks, NewYork, Record.TimeContext()).Should().Be("from 11 Jan 2026 12:00 EST (between 2 weeks and 6 weeks after statement:trump-few-weeks)");
    }

    [Fact]
    public void In_a_few_weeks_from_a_statement_dated_28_December_in_New_York_is_11_January_to_9_February()
    {
        var dated = Record with
        {
            Statements = ValueList.From(Record.Statements.Select(s => s.Id == StatementIds.TrumpFewWeeks ? s with { When = When.Parse("2025-12-28[America/New_York]") } : s)),
        };

        RelativeWhen.InAFewWeeks(EntityReference.To(StatementIds.TrumpFewWeeks)).Resolve(dated.TimeContext())
            .Should().Be(Window(Utc(2026, 1, 11, 5), Utc(2026, 2, 9, 5)));
    }

    [Fact]
    public void The_first_call_lasts_1_h_15_min_which_does_not_widen_a_window_that_already_holds_the_call()
    {
        var call = Record.Find(EventIds.FirstCall)!;

        call.Duration.Should().Be(Duration.FromMinutes(75));
        EventEntry(EventIds.FirstCall).Window.Should().Be(Window(Utc(2025, 12, 28, 5), Utc(2025, 12, 28, 23)), "on the 28th in New York, before the meeting ended");
    }

    [Fact]
    public void The_first_call_started_at_a_clock_time_lasts_until_1_h_15_min_after_that_minute()
    {
        var record = Record with
        {
            Events = ValueList.From(Record.Events.Select(e => e.Id == EventIds.FirstCall ? e with { When = When.Parse("2025-12-28T10:00[America/New_York]!") } : e)),
        };

        var window = Window(Utc(2025, 12, 28, 15), Utc(2025, 12, 28, 16, 16));
        Timeline.Build(record).Entries.Single(e => e.Id == "event:putin-trump-call-1").Window.Should().Be(window);
        record.TimeContext().Anchors!.ResolveAnchor(EntityReference.To(EventIds.FirstCall)).Should().Be(window);
    }

    [Fact]
    public void The_press_conference_resolves_after_the_meeting_through_its_anchor_and_the_second_call_after_it()
    {
        var anchors = Record.TimeContext().Anchors!;
        var afterMeeting = Window(Utc(2025, 12, 28, 17), null);

        anchors.ResolveAnchor(EntityReference.To(EventIds.PressConference)).Should().Be(afterMeeting);
        anchors.ResolveAnchor(EntityReference.To(EventIds.SecondCall)).Should().Be(afterMeeting, "after the press conference, which is after the meeting");
        EventEntry(EventIds.PressConference).Window.Should().Be(afterMeeting);
        EventEntry(EventIds.PressConference).FormatWhen(NewYork).Should().Be("from 28 Dec 2025 12:00 EST (after event:miami-meeting)");
    }

    [Theory]
    [InlineData("trump-thorny-issues")]
    [InlineData("trump-donbas")]
    [InlineData("trump-few-weeks")]
    public void Trumps_statements_at_the_press_conference_are_after_the_meeting(string statement)
    {
        var entry = Entry($"statement:{statement}");

        entry.Window.Earliest.Should().Be(EventEntry(EventIds.MiamiMeeting).Window.Earliest);
        entry.Window.Latest.Should().BeNull();
        TimeWindow.Compare(entry.Window, EventEntry(EventIds.FirstCall).Window).Should().Be(TemporalRelation.PossiblyConcurrent);
    }

    [Fact]
    public void A_range_query_for_28_December_in_New_York_returns_the_meeting_and_the_first_call_among_the_events()
    {
        var day = When.Parse("2025-12-28[America/New_York]").Resolve();

        var events = Timeline.Query(day, kind: TimelineEntryKind.Event).Select(e => e.Subject);

        events.Should().Equal(
            [
                EntityReference.To(EventIds.FirstCall),
                EntityReference.To(EventIds.MiamiMeeting),
                EntityReference.To(EventIds.PressConference),
                EntityReference.To(EventIds.SecondCall),
            ],
            "the press conference and the second call are after the meeting, so they may fall on the 28th too; the working groups meet in January");
        Timeline.Query(day).Select(e => e.Id).Should().Contain(["event:miami-meeting", "event:putin-trump-call-1"]).And.NotContain("event:working-group-details");
    }

    [Fact]
    public void Trumps_entries_on_the_29th_in_Tokyo_are_his_events_and_statements_that_may_fall_then()
    {
        var day = When.Parse("2025-12-29[Asia/Tokyo]").Resolve();

        var entries = Timeline.Query(day, actor: ActorIds.Trump);

        entries.Should().NotBeEmpty().And.OnlyContain(e => e.Involves(ActorIds.Trump) && TimeWindow.Compare(e.Window, day) == TemporalRelation.PossiblyConcurrent);
        entries.Select(e => e.Id).Should().Contain(["event:miami-meeting", "statement:trump-few-weeks"]);
    }

    [Fact]
    public void At_10_00_on_29_December_Japan_time_NHKs_first_revision_is_not_yet_known()
    {
        var known = Record.AsKnownAt(BeforeFirstUpdate);

        var nhk = known.Find(SourceIds.Nhk);
        nhk.Should().NotBeNull("NHK's article was published before 11:36, when exactly is not known");
        nhk!.Revisions.Should().BeEmpty();
        Record.Find(SourceIds.Nhk)!.Revisions.Should().HaveCount(2, "the original record is unchanged");
    }

    [Fact]
    public void At_10_00_on_29_December_Japan_time_the_statements_cited_only_from_NHKs_revisions_are_not_yet_known()
    {
        var known = Record.AsKnownAt(BeforeFirstUpdate);

        known.Statements.Select(s => s.Id).Should().BeEquivalentTo([StatementIds.UshakovCeasefireView, StatementIds.UshakovWorkingGroups],
            "those are also cited from Yomiuri (published on the 29th, Japan time, approximately); the AI assistant's chat came after NHK's update of 19:31");
        known.Find(StatementIds.UshakovCeasefireView)!.Framings.Should().BeEmpty("NHK's framing is cited only from its first revision");
        known.Find(StatementIds.UshakovWorkingGroups)!.Framings.Should().BeEmpty();
        Record.Find(StatementIds.UshakovCeasefireView)!.Framings.Should().ContainSingle();
    }

    [Fact]
    public void After_the_first_update_its_statements_are_known_but_not_the_lead_added_at_19_31()
    {
        var known = Record.AsKnownAt(Instant.FromUtc(2025, 12, 29, 3, 0));

        known.Find(SourceIds.Nhk)!.Revisions.Select(r => r.Number).Should().Equal(1);
        known.Find(StatementIds.TrumpFewWeeks).Should().NotBeNull();
        known.Find(StatementIds.UshakovCeasefireView)!.Framings.Should().ContainSingle();
        known.Find(StatementIds.NhkLead).Should().BeNull();
        Record.AsKnownAt(Instant.FromUtc(2025, 12, 29, 10, 31)).Find(StatementIds.NhkLead).Should().NotBeNull("the second update is at 19:31 JST, 10:31 UTC");
    }

    [Fact]
    public void At_10_00_the_first_call_is_known_from_NHKs_original_report_of_it_though_its_details_came_with_the_update()
    {
        var known = Record.AsKnownAt(BeforeFirstUpdate);

        var call = known.Find(EventIds.FirstCall);
        call.Should().NotBeNull("its status change quotes NHK's article as first published");
        call!.StatusHistory.Should().ContainSingle().Which.Status.Should().Be(EventStatus.TookPlace);
        EventEntry(EventIds.FirstCall).KnownFrom.Should().BeNull();
        Entry("statement:ushakov-call-announced").KnownFrom.Should().Be(Instant.FromUtc(2025, 12, 29, 2, 36));
    }

    [Fact]
    public void Once_everything_is_published_the_record_as_known_is_the_record()
    {
        Record.AsKnownAt(Instant.FromUtc(2027, 1, 1, 0, 0)).Should().Be(Record);
        Record.AsKnownAt(Instant.MaxValue).Should().Be(Record);
    }

    [Fact]
    public void The_record_as_known_at_an_instant_serialises_like_any_record()
    {
        var known = Record.AsKnownAt(BeforeFirstUpdate);

        NegotiationJson.Deserialize(NegotiationJson.Serialize(known)).Should().Be(known);
        known.Should().NotBe(Record);
    }

    [Fact]
    public void The_timeline_of_the_record_as_known_at_10_00_has_no_revisions_and_none_of_Trumps_statements()
    {
        var timeline = Timeline.Build(Record.AsKnownAt(BeforeFirstUpdate));

        timeline.Query(kind: TimelineEntryKind.Revision).Should().BeEmpty();
        timeline.Query(actor: ActorIds.Trump, kind: TimelineEntryKind.Statement).Select(e => e.Id)
            .Should().Equal(["statement:ushakov-ceasefire-view"], "Ushakov's view is about Trump, and is known from Yomiuri; Trump's own words came with NHK's update");
        timeline.Entries.Should().OnlyContain(e => e.KnownFrom == null || e.KnownFrom <= BeforeFirstUpdate);
    }

    [Fact]
    public void The_sample_JSON_file_gives_the_same_timeline_as_the_builder()
    {
        var fromFile = NegotiationJson.Deserialize(File.ReadAllBytes(SampleFiles.MiamiTalks));

        Timeline.Build(fromFile).Entries.Should().Equal(Timeline.Entries);
    }
}
