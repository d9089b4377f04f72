using NegotiationModel.Time;
using NodaTime;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class CalendarWhenTest
{
    [Theory]
    [InlineData("2025", WhenPrecision.Year, "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData("2025-Q4", WhenPrecision.Quarter, "2025-10-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData("2025-12", WhenPrecision.Month, "2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z")]
    [InlineData("2015-early", WhenPrecision.YearPart, "2015-01-01T00:00:00Z", "2015-05-01T00:00:00Z")]
    [InlineData("2015-mid", WhenPrecision.YearPart, "2015-05-01T00:00:00Z", "2015-09-01T00:00:00Z")]
    [InlineData("2015-late", WhenPrecision.YearPart, "2015-09-01T00:00:00Z", "2016-01-01T00:00:00Z")]
    [InlineData("2015-21", WhenPrecision.Season, "2015-03-01T00:00:00Z", "2015-06-01T00:00:00Z")]
    [InlineData("2015-22", WhenPrecision.Season, "2015-06-01T00:00:00Z", "2015-09-01T00:00:00Z")]
    [InlineData("2015-23", WhenPrecision.Season, "2015-09-01T00:00:00Z", "2015-12-01T00:00:00Z")]
    [InlineData("2015-24", WhenPrecision.Season, "2015-12-01T00:00:00Z", "2016-03-01T00:00:00Z")]
    [InlineData("2016-24", WhenPrecision.Season, "2016-12-01T00:00:00Z", "2017-03-01T00:00:00Z")]
    [InlineData("2026-01-early", WhenPrecision.MonthPart, "2026-01-01T00:00:00Z", "2026-01-11T00:00:00Z")]
    [InlineData("2026-01-mid", WhenPrecision.MonthPart, "2026-01-11T00:00:00Z", "2026-01-21T00:00:00Z")]
    [InlineData("2026-01-late", WhenPrecision.MonthPart, "2026-01-21T00:00:00Z", "2026-02-01T00:00:00Z")]
    [InlineData("2024-02-late", WhenPrecision.MonthPart, "2024-02-21T00:00:00Z", "2024-03-01T00:00:00Z")]
    [InlineData("2025-W52", WhenPrecision.Week, "2025-12-22T00:00:00Z", "2025-12-29T00:00:00Z")]
    [InlineData("2025-W01", WhenPrecision.Week, "2024-12-30T00:00:00Z", "2025-01-06T00:00:00Z")]
    [InlineData("2026-W53", WhenPrecision.Week, "2026-12-28T00:00:00Z", "2027-01-04T00:00:00Z")]
    [InlineData("2025-12-28", WhenPrecision.Day, "2025-12-28T00:00:00Z", "2025-12-29T00:00:00Z")]
    [InlineData("2024-02-29", WhenPrecision.Day, "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z")]
    [InlineData("2025-12-28Tnight", WhenPrecision.DayPart, "2025-12-28T00:00:00Z", "2025-12-28T06:00:00Z")]
    [InlineData("2025-12-28Tmorning", WhenPrecision.DayPart, "2025-12-28T06:00:00Z", "2025-12-28T12:00:00Z")]
    [InlineData("2025-12-28Tafternoon", WhenPrecision.DayPart, "2025-12-28T12:00:00Z", "2025-12-28T18:00:00Z")]
    [InlineData("2025-12-28Tevening", WhenPrecision.DayPart, "2025-12-28T18:00:00Z", "2025-12-29T00:00:00Z")]
    [InlineData("2025-12-28T14", WhenPrecision.Hour, "2025-12-28T14:00:00Z", "2025-12-28T15:00:00Z")]
    [InlineData("2025-12-28T14:05", WhenPrecision.Minute, "2025-12-28T14:05:00Z", "2025-12-28T14:06:00Z")]
    [InlineData("2025-12-29T02:36:00Z", WhenPrecision.Second, "2025-12-29T02:36:00Z", "2025-12-29T02:36:01Z")]
    public void Each_precision_names_one_unit_and_floating_values_are_read_in_UTC_by_default(string text, WhenPrecision precision, string earliest, string latest)
    {
        var value = (CalendarWhen)When.Parse(text);

        value.Precision.Should().Be(precision);
        value.Resolve().ToString().Should().Be($"{earliest}/{latest}");
    }

    [Fact]
    public void The_late_part_of_December_ends_at_midnight_on_1_January_local_time()
    {
        var late = When.Parse("2025-12-late[Asia/Tokyo]");

        late.Resolve().Should().Be(Window(Utc(2025, 12, 20, 15), Utc(2025, 12, 31, 15)));
        late.Resolve().Latest!.Value.InZone(Tokyo).LocalDateTime.Should().Be(new LocalDateTime(2026, 1, 1, 0, 0));
    }

    [Fact]
    public void A_year_in_a_zone_runs_from_local_new_year_to_local_new_year()
    {
        Resolve("2025[Asia/Tokyo]").Should().Be(Window(Utc(2024, 12, 31, 15), Utc(2025, 12, 31, 15)));
    }

    [Fact]
    public void A_local_time_skipped_by_daylight_saving_covers_both_readings_of_it()
    {
        // 2025-03-09 02:00 EST -> 03:00 EDT: 02:30 never happened; with the old offset it is 07:30Z, with the new one 06:30Z.
        Resolve("2025-03-09T02:30[America/New_York]").Should().Be(Window(Utc(2025, 3, 9, 6, 30), Utc(2025, 3, 9, 7, 31)));
        Resolve("2025-03-09T02[America/New_York]").Should().Be(Window(Utc(2025, 3, 9, 6), Utc(2025, 3, 9, 8)));
    }

    [Fact]
    public void A_span_that_ends_in_the_gap_ends_at_the_transition()
    {
        Resolve("2025-03-09T01[America/New_York]").Should().Be(Window(Utc(2025, 3, 9, 6), Utc(2025, 3, 9, 7)));
        Resolve("2025-03-09Tnight[America/New_York]").Should().Be(Window(Utc(2025, 3, 9, 5), Utc(2025, 3, 9, 10)), "00:00 to 06:00 lasts five hours that night");
        Resolve("2025-03-09[America/New_York]").Length.Should().Be(Duration.FromHours(23));
    }

    [Fact]
    public void A_day_whose_midnight_is_skipped_starts_at_the_first_valid_instant()
    {
        // Chile moves from -04 to -03 at midnight: 2025-09-07 starts at 01:00 local.
        var day = Resolve("2025-09-07[America/Santiago]");

        day.Earliest!.Value.InZone(Santiago).LocalDateTime.Should().Be(new LocalDateTime(2025, 9, 7, 1, 0));
        day.Should().Be(Window(Utc(2025, 9, 7, 4), Utc(2025, 9, 8, 3)));
    }

    [Fact]
    public void An_ambiguous_local_time_covers_both_of_its_occurrences()
    {
        // 2025-11-02 02:00 EDT -> 01:00 EST: 01:30 happened at 05:30Z and again at 06:30Z.
        Resolve("2025-11-02T01:30[America/New_York]").Should().Be(Window(Utc(2025, 11, 2, 5, 30), Utc(2025, 11, 2, 6, 31)));
        Resolve("2025-11-02T01[America/New_York]").Should().Be(Window(Utc(2025, 11, 2, 5), Utc(2025, 11, 2, 7)));
        Resolve("2025-11-02[America/New_York]").Length.Should().Be(Duration.FromHours(25));
    }

    [Fact]
    public void A_span_ending_where_the_repeated_hour_starts_does_not_take_in_the_repeat()
    {
        Resolve("2025-11-02T00[America/New_York]").Should().Be(Window(Utc(2025, 11, 2, 4), Utc(2025, 11, 2, 5)));
    }

    [Fact]
    public void An_offset_with_the_zone_picks_one_occurrence_of_an_ambiguous_time()
    {
        Resolve("2025-11-02T01:30-04:00[America/New_York]").Should().Be(Window(Utc(2025, 11, 2, 5, 30), Utc(2025, 11, 2, 5, 31)));
        Resolve("2025-11-02T01:30-05:00[America/New_York]").Should().Be(Window(Utc(2025, 11, 2, 6, 30), Utc(2025, 11, 2, 6, 31)));
    }

    [Fact]
    public void An_approximate_value_is_widened_by_one_unit_on_each_side()
    {
        Resolve("2025-12-28~").Should().Be(Window(Utc(2025, 12, 27), Utc(2025, 12, 30)));
        Resolve("2026-01-early~").Should().Be(Window(Utc(2025, 12, 21), Utc(2026, 1, 21)));
        Resolve("2025%").Should().Be(Window(Utc(2024, 1, 1), Utc(2027, 1, 1)));
        Resolve("2025?").Should().Be(Resolve("2025"), "an uncertain value keeps its window");
    }

    [Fact]
    public void A_floating_value_is_read_in_the_context_zone_or_anywhere_on_Earth()
    {
        var day = When.Parse("2025-12-28");

        day.Resolve(new WhenContext { FloatingZone = Tokyo }).Should().Be(Window(Utc(2025, 12, 27, 15), Utc(2025, 12, 28, 15)));
        day.Resolve(WhenContext.Anywhere).Should().Be(Window(Utc(2025, 12, 27, 10), Utc(2025, 12, 29, 12)));
        When.Parse("2025-12-28[UTC]").Resolve(WhenContext.Anywhere).Should().Be(Window(Utc(2025, 12, 28), Utc(2025, 12, 29)), "a stated zone is not floating");
    }

    [Fact]
    public void The_ends_of_the_supported_years_resolve_without_failing()
    {
        Resolve("0001").Should().Be(Window(Utc(1, 1, 1), Utc(2, 1, 1)));
        Resolve("9999").Should().Be(Window(Utc(9999, 1, 1), null), "the end of 9999 is beyond NodaTime's range");
        Resolve("9999-12-31T23:59:59-05:00").Should().Be(Window(Instant.MaxValue, null));
        Resolve("9999-12-31[America/New_York]").Earliest.Should().Be(Utc(9999, 12, 31, 5));
        Resolve("9999~", WhenContext.Anywhere).Should().Be(Window(Utc(9997, 12, 31, 10), null));
    }

    [Fact]
    public void The_factories_build_the_values_the_parser_reads()
    {
        CalendarWhen.OfYear(2025).Should().Be(When.Parse("2025"));
        CalendarWhen.OfQuarter(2025, 4).Should().Be(When.Parse("2025-Q4"));
        CalendarWhen.OfMonth(2025, 12, Tokyo).Should().Be(When.Parse("2025-12[Asia/Tokyo]"));
        CalendarWhen.OfMonthPart(2026, 1, MonthPart.Early, Moscow).Should().Be(When.Parse("2026-01-early[Europe/Moscow]"));
        CalendarWhen.OfWeek(2025, 52).Should().Be(When.Parse("2025-W52"));
        CalendarWhen.OfYearPart(2015, YearPart.Mid).Should().Be(When.Parse("2015-mid"));
        CalendarWhen.OfSeason(2015, Season.Winter, Moscow).Should().Be(When.Parse("2015-24[Europe/Moscow]"));
        CalendarWhen.OfDay(new LocalDate(2025, 12, 28), NewYork).Should().Be(When.Parse("2025-12-28[America/New_York]"));
        CalendarWhen.OfDayPart(new LocalDate(2025, 12, 28), DayPart.Afternoon, NewYork).Should().Be(When.Parse(Meeting));
        CalendarWhen.OfInstant(Utc(2025, 12, 29, 2, 36) + Duration.FromMilliseconds(999)).Should().Be(When.Parse("2025-12-29T02:36:00Z"));
        CalendarWhen.Create(WhenPrecision.Minute, new LocalDateTime(2025, 12, 29, 11, 36), utcOffset: Offset.FromHours(9)).Should().Be(When.Parse("2025-12-29T11:36+09:00"));
    }

    [Fact]
    public void Its_parts_are_exposed()
    {
        var meeting = (CalendarWhen)When.Parse(Meeting);

        meeting.LocalStart.Should().Be(new LocalDateTime(2025, 12, 28, 12, 0));
        meeting.Zone.Should().BeSameAs(NewYork);
        meeting.UtcOffset.Should().BeNull();
        meeting.IsFloating.Should().BeFalse();
        meeting.PartOfDay.Should().Be(DayPart.Afternoon);
        meeting.PartOfMonth.Should().BeNull();
        ((CalendarWhen)When.Parse("2026-01-mid")).PartOfMonth.Should().Be(MonthPart.Mid);
        ((CalendarWhen)When.Parse("2026-01-mid")).IsFloating.Should().BeTrue();
        ((CalendarWhen)When.Parse("2025-12-29T11:36+09:00")).UtcOffset.Should().Be(Offset.FromHours(9));
    }

    [Fact]
    public void Values_with_equal_parts_are_equal_and_a_change_makes_them_unequal()
    {
        var one = CalendarWhen.OfDayPart(new LocalDate(2025, 12, 28), DayPart.Afternoon, NewYork);
        var other = CalendarWhen.OfDayPart(new LocalDate(2025, 12, 28), DayPart.Afternoon, DateTimeZoneProviders.Tzdb["America/New_York"]);

        one.Should().Be(other);
        one.GetHashCode().Should().Be(other.GetHashCode());
        one.Should().NotBe(one with { Qualifiers = WhenQualifiers.Approximate });
        one.Should().NotBe(one.WithZone(Tokyo));
        one.Should().NotBe(one.WithZone(null));
        When.Parse("2025-12-29T02:36Z").Should().NotBe(When.Parse("2025-12-29T11:36+09:00"), "the stated offset is part of the value");
        When.Parse("2025-12-29T02:36Z").Resolve().Should().Be(When.Parse("2025-12-29T11:36+09:00").Resolve());
    }

    [Fact]
    public void A_local_start_that_does_not_start_the_unit_is_rejected()
    {
        var create = () => CalendarWhen.Create(WhenPrecision.DayPart, new LocalDateTime(2025, 12, 28, 13, 0));

        create.Should().Throw<ArgumentException>().WithMessage("*a part of a day starts at 00:00, 06:00, 12:00 or 18:00*").And.ParamName.Should().Be("localStart");
        CalendarWhen.Create(WhenPrecision.DayPart, new LocalDateTime(2025, 12, 28, 12, 0)).PartOfDay.Should().Be(DayPart.Afternoon);
    }

    [Theory]
    [InlineData(WhenPrecision.Year, 2025, 2, 1, 0)]
    [InlineData(WhenPrecision.Quarter, 2025, 2, 1, 0)]
    [InlineData(WhenPrecision.Month, 2025, 2, 2, 0)]
    [InlineData(WhenPrecision.MonthPart, 2025, 1, 31, 0)]
    [InlineData(WhenPrecision.Week, 2025, 12, 28, 0)]
    [InlineData(WhenPrecision.Day, 2025, 12, 28, 1)]
    [InlineData(WhenPrecision.YearPart, 2015, 4, 1, 0)]
    [InlineData(WhenPrecision.YearPart, 2015, 5, 2, 0)]
    [InlineData(WhenPrecision.Season, 2015, 1, 1, 0)]
    [InlineData(WhenPrecision.Season, 2015, 3, 1, 6)]
    public void Each_precision_checks_its_alignment(WhenPrecision precision, int year, int month, int day, int hour)
    {
        var create = () => CalendarWhen.Create(precision, new LocalDateTime(year, month, day, hour, 0));

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("localStart");
    }

    [Fact]
    public void Years_outside_1_to_9999_are_rejected()
    {
        var yearZero = () => CalendarWhen.Create(WhenPrecision.Year, new LocalDateTime(0, 1, 1, 0, 0));
        var factory = () => CalendarWhen.OfYear(0);

        yearZero.Should().Throw<ArgumentException>().And.ParamName.Should().Be("localStart");
        factory.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("year");
        CalendarWhen.OfYear(1).ToString().Should().Be("0001");
    }

    [Fact]
    public void An_offset_needs_a_time_of_day_whole_minutes_and_a_zone_that_has_it()
    {
        var onDay = () => CalendarWhen.Create(WhenPrecision.Day, new LocalDateTime(2025, 12, 28, 0, 0), utcOffset: Offset.FromHours(9));
        var seconds = () => CalendarWhen.Create(WhenPrecision.Hour, new LocalDateTime(2025, 12, 28, 14, 0), utcOffset: Offset.FromSeconds(30));
        var wrongZone = () => CalendarWhen.Create(WhenPrecision.Hour, new LocalDateTime(2025, 12, 28, 14, 0), Tokyo, Offset.FromHours(-5));

        onDay.Should().Throw<ArgumentException>().And.ParamName.Should().Be("utcOffset");
        seconds.Should().Throw<ArgumentException>().And.ParamName.Should().Be("utcOffset");
        wrongZone.Should().Throw<ArgumentException>().WithMessage("*not one of Asia/Tokyo's offsets*").And.ParamName.Should().Be("utcOffset");
        CalendarWhen.Create(WhenPrecision.Hour, new LocalDateTime(2025, 12, 28, 14, 0), Tokyo, Offset.FromHours(9)).ToString().Should().Be("2025-12-28T14+09:00[Asia/Tokyo]");
    }

    [Fact]
    public void A_zone_must_come_from_the_TZDB_provider()
    {
        var create = () => CalendarWhen.OfYear(2025, DateTimeZone.ForOffset(Offset.FromHours(9)));

        create.Should().Throw<ArgumentException>().WithMessage("*not a time zone identifier of the TZDB provider*").And.ParamName.Should().Be("zone");
        CalendarWhen.OfYear(2025, DateTimeZone.Utc).ToString().Should().Be("2025[UTC]");
    }

    [Fact]
    public void The_factories_check_their_ranges()
    {
        var quarter = () => CalendarWhen.OfQuarter(2025, 5);
        var month = () => CalendarWhen.OfMonth(2025, 13);
        var week = () => CalendarWhen.OfWeek(2025, 53);
        var part = () => CalendarWhen.OfMonthPart(2025, 1, (MonthPart)4);

        quarter.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("quarter");
        month.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("month");
        week.Should().Throw<ArgumentOutOfRangeException>().And.ParamName.Should().Be("week");
        part.Should().Throw<ArgumentException>().And.ParamName.Should().Be("part");
        CalendarWhen.OfWeek(2026, 53).ToString().Should().Be("2026-W53");
    }

    [Fact]
    public void Thirds_of_a_year_and_seasons_expose_their_part_and_take_no_offset()
    {
        var late = (CalendarWhen)When.Parse("2015-late");
        var winter = (CalendarWhen)When.Parse("2015-24");
        var withOffset = () => CalendarWhen.Create(WhenPrecision.Season, new LocalDateTime(2015, 3, 1, 0, 0), utcOffset: Offset.FromHours(2));
        var part = () => CalendarWhen.OfYearPart(2015, (YearPart)4);
        var season = () => CalendarWhen.OfSeason(2015, (Season)0);

        late.PartOfYear.Should().Be(YearPart.Late);
        late.SeasonOfYear.Should().BeNull();
        late.PartOfMonth.Should().BeNull();
        winter.SeasonOfYear.Should().Be(Season.Winter);
        winter.LocalStart.Should().Be(new LocalDateTime(2015, 12, 1, 0, 0), "the winter 2015-24 starts in December 2015");
        winter.PartOfYear.Should().BeNull();
        withOffset.Should().Throw<ArgumentException>().And.ParamName.Should().Be("utcOffset");
        part.Should().Throw<ArgumentException>().And.ParamName.Should().Be("part");
        season.Should().Throw<ArgumentException>().And.ParamName.Should().Be("season");
    }

    [Fact]
    public void An_approximate_season_or_third_takes_in_its_neighbours()
    {
        Resolve("2015-21~").Should().Be(Window(Utc(2014, 12, 1), Utc(2015, 9, 1)), "winter 2014–15 to summer 2015");
        Resolve("2015-early~").Should().Be(Window(Utc(2014, 9, 1), Utc(2015, 9, 1)), "late 2014 to mid-2015");
        Resolve("2015-21?").Should().Be(Resolve("2015-21"));
        Resolve("9999-24").Should().Be(Window(Utc(9999, 12, 1), null), "the end of the winter 9999–10000 is beyond the supported years");
    }

    [Fact]
    public void With_expressions_keep_the_qualifier_invariant()
    {
        var year = CalendarWhen.OfYear(2025);

        var undefined = () => year with { Qualifiers = (WhenQualifiers)8 };

        undefined.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Qualifiers");
        (year with { Qualifiers = WhenQualifiers.Uncertain | WhenQualifiers.Inferred }).ToString().Should().Be("2025?!");
    }
}
