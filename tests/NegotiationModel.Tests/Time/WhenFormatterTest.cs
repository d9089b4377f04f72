using NegotiationModel.Time;
using NodaTime;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class WhenFormatterTest
{
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    [Theory]
    [InlineData(Meeting, "America/New_York", "28 Dec 2025 12:00–18:00 EST (28 Dec 2025 afternoon, America/New_York)")]
    [InlineData(Meeting, "Asia/Tokyo", "29 Dec 2025 02:00–08:00 JST (28 Dec 2025 afternoon, America/New_York)")]
    [InlineData("2025-12-28Tevening[America/New_York]", "America/New_York", "28 Dec 2025 18:00–24:00 EST (28 Dec 2025 evening, America/New_York)")]
    [InlineData("2025-12-28Tafternoon[Asia/Tokyo]", "America/New_York", "27 Dec 2025 22:00 – 28 Dec 2025 04:00 EST (28 Dec 2025 afternoon, Asia/Tokyo)")]
    [InlineData("2025!", "UTC", "1 Jan – 31 Dec 2025 UTC (2025, zone not stated, inferred)")]
    [InlineData("2025-Q4%", "UTC", "1 Jul 2025 – 31 Mar 2026 UTC (Q4 2025, zone not stated, uncertain, approximate)")]
    [InlineData("2025-12-28", "UTC", "28 Dec 2025 UTC (28 Dec 2025, zone not stated)")]
    [InlineData("2025-W05", "UTC", "27 Jan – 2 Feb 2025 UTC (week 5 of 2025, zone not stated)")]
    [InlineData("2025-W01", "UTC", "30 Dec 2024 – 5 Jan 2025 UTC (week 1 of 2025, zone not stated)")]
    [InlineData("2025-12", "UTC", "1–31 Dec 2025 UTC (Dec 2025, zone not stated)")]
    [InlineData("2015-early", "UTC", "1 Jan – 30 Apr 2015 UTC (early 2015, zone not stated)")]
    [InlineData("2015-mid[Europe/Kyiv]", "Europe/Kyiv", "1 May – 31 Aug 2015 Europe/Kyiv (mid-2015, Europe/Kyiv)")]
    [InlineData("2015-late~", "UTC", "1 May 2015 – 30 Apr 2016 UTC (late 2015, zone not stated, approximate)")]
    [InlineData("2015-21", "UTC", "1 Mar – 31 May 2015 UTC (spring 2015, zone not stated)")]
    [InlineData("2015-23?", "UTC", "1 Sep – 30 Nov 2015 UTC (autumn 2015, zone not stated, uncertain)")]
    [InlineData("2015-24[Europe/Minsk]", "Europe/Minsk", "1 Dec 2015 – 29 Feb 2016 Europe/Minsk (winter 2015–16, Europe/Minsk)")]
    [InlineData("2026-01-early[Asia/Tokyo]", "Asia/Tokyo", "1–10 Jan 2026 Asia/Tokyo (early Jan 2026, Asia/Tokyo)")]
    [InlineData("2026-01-early[Europe/Moscow]", "Asia/Tokyo", "1 Jan 2026 06:00 – 11 Jan 2026 06:00 JST (early Jan 2026, Europe/Moscow)")]
    [InlineData("2025-12-28T14[America/New_York]", "America/New_York", "28 Dec 2025 14:00–15:00 EST (28 Dec 2025 14h, America/New_York)")]
    [InlineData("2025-12-29T11:36+09:00", "Asia/Tokyo", "29 Dec 2025 11:36 JST (29 Dec 2025 11:36, UTC+09:00)")]
    [InlineData("2025-12-29T02:36:00Z", "UTC", "29 Dec 2025 02:36:00 UTC (29 Dec 2025 02:36:00, UTC)")]
    [InlineData("2025-11-02T01:30[America/New_York]", "America/New_York", "2 Nov 2025 01:30 EDT – 01:31 EST (2 Nov 2025 01:30, America/New_York)")]
    [InlineData("2025-11-02T01:30-05:00[America/New_York]", "America/New_York", "2 Nov 2025 01:30 EST (2 Nov 2025 01:30, UTC-05:00, America/New_York)")]
    [InlineData("2025-12-28/..", "UTC", "from 28 Dec 2025 00:00 UTC (from 28 Dec 2025, zone not stated)")]
    [InlineData("../2025-12-28", "UTC", "before 29 Dec 2025 00:00 UTC (until 28 Dec 2025, zone not stated)")]
    [InlineData("after(event:miami-meeting)", "UTC", "any time (after event:miami-meeting)")]
    [InlineData("9999-12-31T23:59:59-05:00", "Asia/Tokyo", "9999-12-31T23:59:59Z/.. (31 Dec 9999 23:59:59, UTC-05:00)")]
    public void A_value_shows_its_window_in_the_zone_and_how_it_was_stated(string text, string zone, string expected)
    {
        WhenFormatter.Format(When.Parse(text), DateTimeZoneProviders.Tzdb[zone]).Should().Be(expected);
    }

    [Fact]
    public void A_relative_value_shows_the_window_its_anchor_gives()
    {
        var anchors = new AnchorTable(new Dictionary<EntityReference, When> { [MiamiMeeting] = When.Parse(Meeting) });

        WhenFormatter.Format(When.Parse("before(event:miami-meeting)"), Tokyo, anchors.Context)
            .Should().Be("before 29 Dec 2025 08:00 JST (before event:miami-meeting)");
        WhenFormatter.Format(When.Parse("2025-12-28[America/New_York]/before(event:miami-meeting)"), LosAngeles, anchors.Context)
            .Should().Be("27 Dec 2025 21:00 – 28 Dec 2025 15:00 PST (28 Dec 2025, America/New_York to before event:miami-meeting)");
    }

    [Theory]
    [InlineData("after(statement:trump-few-weeks, P2W, P6W)", "between 2 weeks and 6 weeks after statement:trump-few-weeks")]
    [InlineData("after(event:miami-meeting, P0D, P2W)", "within 2 weeks after event:miami-meeting")]
    [InlineData("after(event:miami-meeting, PT1H15M)?", "at least 1 hour 15 minutes after event:miami-meeting, uncertain")]
    [InlineData("before(event:miami-meeting, P1D, P1D)", "1 day before event:miami-meeting")]
    [InlineData("2025-12-28T14:30-05:00", "28 Dec 2025 14:30, UTC-05:00")]
    [InlineData("2025-12~/2026-01?", "Dec 2025, zone not stated, approximate to Jan 2026, zone not stated, uncertain")]
    public void Describe_says_how_the_value_was_stated(string text, string expected)
    {
        WhenFormatter.Describe(When.Parse(text)).Should().Be(expected);
    }

    [Fact]
    public void Windows_with_fractions_of_a_second_show_them()
    {
        var window = Window(Utc(2025, 12, 29, 2, 36), Utc(2025, 12, 29, 2, 36) + Duration.FromMilliseconds(1500));

        WhenFormatter.FormatWindow(window, DateTimeZone.Utc).Should().Be("29 Dec 2025 02:36:00–02:36:01.5 UTC");
    }
}
