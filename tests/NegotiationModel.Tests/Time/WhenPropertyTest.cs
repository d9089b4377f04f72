using CsCheck;
using NegotiationModel.Time;
using NodaTime;
using NodaTime.Calendars;

namespace NegotiationModel.Tests.Time;

/// <summary>Properties that hold for every value: generated with CsCheck, which shrinks a failure to a small example and prints its seed.</summary>
public sealed class WhenPropertyTest
{
    private static readonly string?[] ZoneIds =
    [
        null, null, "UTC", "America/New_York", "Asia/Tokyo", "Europe/Moscow", "America/Santiago",
        "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia", "Europe/London", "Pacific/Kiritimati", "Etc/GMT+12",
    ];

    private static readonly Gen<LocalDateTime> GenLocal =
        from year in Gen.Frequency((2, Gen.Int[1, 9999]), (1, Gen.OneOf(1, 2, 9998, 9999)), (6, Gen.Int[1900, 2100]))
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        from hour in Gen.Int[0, 23]
        from minute in Gen.Int[0, 59]
        from second in Gen.Int[0, 59]
        select new LocalDateTime(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)), hour, minute, second);

    private static readonly Gen<CalendarWhen> GenCalendar =
        from precision in Gen.Enum<WhenPrecision>()
        from local in GenLocal
        from zoneId in Gen.OneOf(ZoneIds)
        from withOffset in Gen.Bool
        from offsetMinutes in Gen.Int[-18 * 60, 18 * 60]
        from qualifiers in Gen.Int[0, 7]
        select Calendar(precision, local, zoneId, withOffset, offsetMinutes, (WhenQualifiers)qualifiers);

    private static readonly Gen<Period> GenPeriod =
        from weeks in Gen.Int[0, 3]
        from days in Gen.Int[0, 3]
        from hours in Gen.Int[0, 30]
        from minutes in Gen.Int[0, 90]
        from big in Gen.Frequency((9, Gen.Const(0)), (1, Gen.Int[0, WhenText.MaxDistanceComponent]))
        select new PeriodBuilder { Weeks = weeks + big, Days = days, Hours = hours, Minutes = minutes }.Build();

    private static readonly Gen<RelativeWhen> GenRelative =
        from direction in Gen.Enum<RelativeDirection>()
        from kind in Gen.Enum<EntityKind>()
        from id in Gen.OneOf("miami-meeting", "a/b", "x.y_z:1", "9", "trump-few-weeks")
        from distances in Gen.Int[0, 2]
        from first in GenPeriod
        from second in GenPeriod
        from qualifiers in Gen.Int[0, 7]
        select Relative(direction, new EntityReference(kind, id), distances, first, second, (WhenQualifiers)qualifiers);

    private static readonly Gen<When> GenSingle = Gen.Frequency((4, GenCalendar.Select(value => (When)value)), (1, GenRelative.Select(value => (When)value)));

    private static readonly Gen<When> GenWhen = Gen.Frequency(
        (3, GenSingle),
        (1, Gen.Select(GenSingle.Null(0.2), GenSingle.Null(0.2))
            .Where((start, end) => (start is not null || end is not null) && !RangeWhen.IsReversed(start, end))
            .Select((start, end) => (When)new RangeWhen(start, end))));

    /// <summary>Every anchor resolves to a window derived from its identifier, some of them open.</summary>
    private static readonly IWhenAnchorResolver Anchors = new HashAnchors();

    private static readonly WhenContext[] Contexts =
    [
        WhenContext.Default,
        WhenContext.Anywhere,
        new() { FloatingZone = DateTimeZoneProviders.Tzdb["Pacific/Apia"], Anchors = Anchors },
        new() { Anchors = Anchors },
    ];

    [Fact]
    public void Parsing_the_text_of_a_value_gives_the_value_back()
    {
        GenWhen.Sample(value =>
        {
            var text = value.ToString();
            When.Parse(text).Should().Be(value);
            When.Parse(text).ToString().Should().Be(text);
        });
    }

    [Fact]
    public void Every_value_resolves_to_a_window_that_ends_after_it_starts()
    {
        Gen.Select(GenWhen, Gen.Int[0, Contexts.Length - 1]).Sample((value, context) =>
        {
            var window = value.Resolve(Contexts[context]);
            if (window.Earliest is { } earliest && window.Latest is { } latest)
            {
                earliest.Should().BeLessThan(latest);
            }
        });
    }

    [Fact]
    public void A_calendar_value_in_a_zone_holds_every_occurrence_of_its_local_start()
    {
        GenCalendar.Where(value => value.Zone is not null && value.UtcOffset is null).Sample(value =>
        {
            var window = value.Resolve();
            var mapping = value.Zone!.MapLocal(value.LocalStart);
            if (mapping.Count > 0 && value.LocalStart.Year < 9999)
            {
                window.Contains(mapping.First().ToInstant()).Should().BeTrue();
                window.Contains(mapping.Last().ToInstant()).Should().BeTrue();
            }
        });
    }

    [Fact]
    public void A_floating_value_in_UTC_is_exactly_its_unit()
    {
        GenCalendar.Select(value => CalendarWhen.Create(value.Precision, value.LocalStart)).Where(value => value.LocalStart.Year < 9999).Sample(value =>
        {
            var window = value.Resolve();
            window.Earliest.Should().Be(value.LocalStart.InUtc().ToInstant());
            window.Latest.Should().Be(CalendarWhen.Step(value.Precision, value.LocalStart, 1)!.Value.InUtc().ToInstant());
        });
    }

    [Fact]
    public void The_display_order_agrees_with_the_partial_order()
    {
        Gen.Select(GenWhen, GenWhen, Gen.Int[0, Contexts.Length - 1]).Sample((first, second, context) =>
        {
            var a = first.Resolve(Contexts[context]);
            var b = second.Resolve(Contexts[context]);
            var relation = TimeWindow.Compare(a, b);
            var order = TimeWindowComparer.Instance.Compare(a, b);

            if (relation == TemporalRelation.DefinitelyBefore)
            {
                order.Should().BeNegative();
                TimeWindow.Compare(b, a).Should().Be(TemporalRelation.DefinitelyAfter);
            }

            if (relation == TemporalRelation.DefinitelyAfter)
            {
                order.Should().BePositive();
            }

            Math.Sign(TimeWindowComparer.Instance.Compare(b, a)).Should().Be(-Math.Sign(order));
        });
    }

    [Fact]
    public void Every_value_can_be_displayed_in_any_zone()
    {
        Gen.Select(GenWhen, Gen.OneOf("UTC", "Asia/Tokyo", "America/New_York", "Pacific/Kiritimati")).Sample((value, zone) =>
        {
            WhenFormatter.Format(value, DateTimeZoneProviders.Tzdb[zone], Contexts[3]).Should().NotBeNullOrWhiteSpace();
        });
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59+14:00[Pacific/Kiritimati]")]
    [InlineData("9999-12-31T23:59:59-12:00[Etc/GMT+12]")]
    [InlineData("9999-12-31T23:59:59Z~")]
    [InlineData("9999-12-31Tevening[America/New_York]%")]
    [InlineData("9999-12-late[Pacific/Kiritimati]~")]
    [InlineData("9999-W52[Etc/GMT+12]~")]
    [InlineData("9999-Q4~")]
    [InlineData("0001-01-01T00:00-12:00")]
    [InlineData("0001-01-01Tnight[Pacific/Kiritimati]~")]
    [InlineData("0001-W01[Asia/Tokyo]~")]
    [InlineData("0001-01-early~")]
    [InlineData("0001~/9999~")]
    public void Values_at_the_ends_of_the_calendar_resolve_and_display_in_every_context(string text)
    {
        var value = When.Parse(text);

        foreach (var context in Contexts)
        {
            var window = value.Resolve(context);
            if (window.Earliest is { } earliest && window.Latest is { } latest)
            {
                earliest.Should().BeLessThan(latest);
            }

            foreach (var zone in new[] { "Pacific/Kiritimati", "Etc/GMT+12", "UTC" })
            {
                WhenFormatter.Format(value, DateTimeZoneProviders.Tzdb[zone], context).Should().NotBeNullOrWhiteSpace();
            }
        }
    }

    [Fact]
    public void TryParse_never_throws_and_whatever_it_accepts_is_canonical()
    {
        var chars = Gen.Char["0123456789-T:WQ[]/._?~%!(), PDHMSZ+aefilmnortvybgkw"];
        var noise = chars.Array[0, 40].Select(array => new string(array));
        var mutated =
            from value in GenWhen
            from position in Gen.Int[0, 1000]
            from replacement in chars
            from delete in Gen.Bool
            select Mutate(value.ToString(), position, replacement, delete);

        Gen.Frequency((1, noise), (3, mutated)).Sample(text =>
        {
            if (When.TryParse(text, out var value, out var error))
            {
                value.ToString().Should().Be(text);
            }
            else
            {
                error!.Position!.Value.Should().BeInRange(0, text.Length);
            }
        });
    }

    private static string Mutate(string text, int position, char replacement, bool delete)
    {
        var at = position % (text.Length + 1);
        return delete && at < text.Length ? text.Remove(at, 1) : text.Insert(at, replacement.ToString());
    }

    private static CalendarWhen Calendar(WhenPrecision precision, LocalDateTime local, string? zoneId, bool withOffset, int offsetMinutes, WhenQualifiers qualifiers)
    {
        var start = Truncate(precision, local);
        var zone = zoneId is null ? null : DateTimeZoneProviders.Tzdb[zoneId];
        Offset? offset = null;
        if (withOffset && precision is WhenPrecision.DayPart or WhenPrecision.Hour or WhenPrecision.Minute or WhenPrecision.Second)
        {
            if (zone is null)
            {
                offset = Offset.FromSeconds(offsetMinutes * 60);
            }
            else if (zone.MapLocal(start) is { Count: > 0 } mapping)
            {
                offset = offsetMinutes % 2 == 0 ? mapping.EarlyInterval.WallOffset : mapping.LateInterval.WallOffset;
                offset = offset.Value.Seconds % 60 == 0 ? offset : null;
            }
        }

        return CalendarWhen.Create(precision, start, zone, offset) with { Qualifiers = qualifiers };
    }

    private static LocalDateTime Truncate(WhenPrecision precision, LocalDateTime local)
    {
        var date = local.Date;
        return precision switch
        {
            WhenPrecision.Year => new LocalDateTime(date.Year, 1, 1, 0, 0),
            WhenPrecision.Quarter => new LocalDateTime(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1, 0, 0),
            WhenPrecision.YearPart => new LocalDateTime(date.Year, ((date.Month - 1) / 4 * 4) + 1, 1, 0, 0),
            WhenPrecision.Season => new LocalDateTime(date.Year, Math.Max(date.Month / 3, 1) * 3, 1, 0, 0),
            WhenPrecision.Month => new LocalDateTime(date.Year, date.Month, 1, 0, 0),
            WhenPrecision.MonthPart => new LocalDateTime(date.Year, date.Month, (Math.Min(date.Day, 21) - 1) / 10 * 10 + 1, 0, 0),
            WhenPrecision.Week => Monday(date).AtMidnight(),
            WhenPrecision.Day => date.AtMidnight(),
            WhenPrecision.DayPart => date.At(new LocalTime(local.Hour / 6 * 6, 0)),
            WhenPrecision.Hour => date.At(new LocalTime(local.Hour, 0)),
            WhenPrecision.Minute => date.At(new LocalTime(local.Hour, local.Minute)),
            _ => local,
        };
    }

    private static LocalDate Monday(LocalDate date)
    {
        var monday = date.PlusDays(1 - (int)date.DayOfWeek);
        var weekYear = WeekYearRules.Iso.GetWeekYear(monday);
        return weekYear < 1 ? monday.PlusWeeks(1) : weekYear > 9999 ? monday.PlusWeeks(-1) : monday;
    }

    private static RelativeWhen Relative(RelativeDirection direction, EntityReference anchor, int distances, Period first, Period second, WhenQualifiers qualifiers)
    {
        var (least, most) = WhenText.ToDuration(first) <= WhenText.ToDuration(second) ? (first, second) : (second, first);
        var value = distances switch
        {
            0 => new RelativeWhen(direction, anchor),
            1 when least.Equals(Period.Zero) => new RelativeWhen(direction, anchor, most.Equals(Period.Zero) ? Period.FromDays(1) : most),
            1 => new RelativeWhen(direction, anchor, least),
            _ => new RelativeWhen(direction, anchor, least, most),
        };
        return value with { Qualifiers = qualifiers };
    }

    private sealed class HashAnchors : IWhenAnchorResolver
    {
        public TimeWindow? ResolveAnchor(EntityReference anchor)
        {
            var hash = (uint)anchor.Id.Sum(c => c * 31) % 1000;
            var start = Instant.FromUtc(2025, 12, 28, 17, 0) + Duration.FromHours(hash);
            return (hash % 5) switch
            {
                0 => null,
                1 => new TimeWindow(null, start),
                2 => new TimeWindow(start, null),
                _ => new TimeWindow(start, start + Duration.FromHours(1 + (hash % 7))),
            };
        }
    }
}
