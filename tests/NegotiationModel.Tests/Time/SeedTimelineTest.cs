using NegotiationModel.Time;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

/// <summary>The traps of the seed text (DIGEST.md): zones, imprecise times, relative times, an inferred year.</summary>
public sealed class SeedTimelineTest
{
    [Fact]
    public void The_Miami_afternoon_of_28_December_is_02_00_to_08_00_on_29_December_in_Tokyo()
    {
        var meeting = When.Parse(Meeting);

        meeting.Resolve().Should().Be(Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 23)));
        WhenFormatter.Format(meeting, Tokyo).Should().Be("29 Dec 2025 02:00–08:00 JST (28 Dec 2025 afternoon, America/New_York)");
    }

    [Theory]
    [InlineData("2025-12-29T11:36+09:00")]
    [InlineData("2025-12-29T19:31+09:00")]
    [InlineData("2025-12-29T11:36[Asia/Tokyo]")]
    [InlineData("2025-12-29T19:31[Asia/Tokyo]")]
    public void The_NHK_updates_on_29_December_Japan_time_are_definitely_after_the_meeting_of_the_28th(string update)
    {
        var relation = TimeWindow.Compare(Resolve(update), Resolve(Meeting));

        relation.Should().Be(TemporalRelation.DefinitelyAfter, "the meeting ended by 08:00 JST, before the first update at 11:36 JST");
        TimeWindow.Compare(Resolve(Meeting), Resolve(update)).Should().Be(TemporalRelation.DefinitelyBefore);
    }

    [Fact]
    public void The_first_NHK_update_is_the_minute_from_02_36_UTC()
    {
        var update = When.Parse("2025-12-29T11:36+09:00");

        update.Resolve().Should().Be(Window(Utc(2025, 12, 29, 2, 36), Utc(2025, 12, 29, 2, 37)));
        WhenFormatter.Format(update, NewYork).Should().Be("28 Dec 2025 21:36 EST (29 Dec 2025 11:36, UTC+09:00)");
    }

    [Fact]
    public void Early_next_month_said_on_28_December_2025_is_1_to_10_January_2026()
    {
        var early = When.Parse("2026-01-early[Asia/Tokyo]");

        early.Resolve().Should().Be(Window(Utc(2025, 12, 31, 15), Utc(2026, 1, 10, 15)));
        WhenFormatter.Format(early, Tokyo).Should().Be("1–10 Jan 2026 Asia/Tokyo (early Jan 2026, Asia/Tokyo)");
    }

    [Fact]
    public void Early_January_in_Moscow_and_in_Tokyo_are_different_windows()
    {
        var moscow = Resolve("2026-01-early[Europe/Moscow]");
        var tokyo = Resolve("2026-01-early[Asia/Tokyo]");

        moscow.Should().Be(Window(Utc(2025, 12, 31, 21), Utc(2026, 1, 10, 21)));
        tokyo.Should().NotBe(moscow);
        (moscow.Earliest - tokyo.Earliest).Should().Be(NodaTime.Duration.FromHours(6));
        TimeWindow.Compare(moscow, tokyo).Should().Be(TemporalRelation.PossiblyConcurrent);
    }

    [Fact]
    public void In_a_few_weeks_is_two_to_six_weeks_after_the_statement()
    {
        var anchors = new AnchorTable(new Dictionary<EntityReference, When>
        {
            [TrumpFewWeeks] = When.Parse("2025-12-28[America/New_York]"),
        });
        var result = RelativeWhen.InAFewWeeks(TrumpFewWeeks);

        result.ToString().Should().Be("after(statement:trump-few-weeks, P2W, P6W)");
        result.Resolve(anchors.Context).Should().Be(Window(Utc(2026, 1, 11, 5), Utc(2026, 2, 9, 5)));
    }

    [Fact]
    public void A_statement_at_the_press_conference_after_the_meeting_chains_to_the_meeting()
    {
        var anchors = new AnchorTable(new Dictionary<EntityReference, When>
        {
            [MiamiMeeting] = When.Parse(Meeting),
            [PressConference] = When.Parse("after(event:miami-meeting)/2025-12-28[America/New_York]"),
            [TrumpFewWeeks] = When.Parse("after(event:press-conference)/2025-12-28[America/New_York]"),
        });

        var fewWeeks = When.Parse("after(statement:trump-few-weeks, P2W, P6W)").Resolve(anchors.Context);

        fewWeeks.Should().Be(Window(Utc(2025, 12, 28, 17) + NodaTime.Duration.FromDays(14), Utc(2025, 12, 29, 5) + NodaTime.Duration.FromDays(42)));
    }

    [Fact]
    public void A_call_known_only_by_its_day_is_possibly_concurrent_with_the_meeting_that_day()
    {
        var call = When.Parse("2025-12-28[America/New_York]");

        call.Resolve().Should().Be(Window(Utc(2025, 12, 28, 5), Utc(2025, 12, 29, 5)));
        call.Resolve().Length.Should().Be(NodaTime.Duration.FromHours(24), "the window is the day, not the call's 1 h 15 min");
        TimeWindow.Compare(call.Resolve(), Resolve(Meeting)).Should().Be(TemporalRelation.PossiblyConcurrent);
    }

    [Fact]
    public void A_call_on_the_28th_before_the_meeting_ends_when_the_meeting_ends_at_the_latest()
    {
        var anchors = new AnchorTable(new Dictionary<EntityReference, When> { [MiamiMeeting] = When.Parse(Meeting) });

        var call = When.Parse("2025-12-28[America/New_York]/before(event:miami-meeting)");

        call.Resolve(anchors.Context).Should().Be(Window(Utc(2025, 12, 28, 5), Utc(2025, 12, 28, 23)));
    }

    [Fact]
    public void The_inferred_year_2025_round_trips_and_says_it_is_inferred()
    {
        var year = When.Parse("2025!");

        year.IsInferred.Should().BeTrue();
        year.IsUncertain.Should().BeFalse();
        year.ToString().Should().Be("2025!");
        year.Should().Be(CalendarWhen.OfYear(2025) with { Qualifiers = WhenQualifiers.Inferred });
        year.Should().NotBe(When.Parse("2025"));
        year.Resolve().Should().Be(Window(Utc(2025, 1, 1), Utc(2026, 1, 1)), "inferring a value does not change its window");
        JsonRoundTrip.Of(year).Should().Be(year);
    }
}
