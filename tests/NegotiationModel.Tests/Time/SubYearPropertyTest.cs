using CsCheck;
using NegotiationModel.Time;
using NodaTime;
using NodaTime.Calendars;

namespace NegotiationModel.Tests.Time;

/// <summary>
/// Properties of the thirds of a year (<c>2015-mid</c>) and the seasons (<c>2015-21</c>) against the other precisions:
/// their windows nest in the coarser units and hold the finer ones, and their order is the order of their windows.
/// </summary>
public sealed class SubYearPropertyTest
{
    private static readonly string?[] ZoneIds = [null, "UTC", "Europe/Kyiv", "Europe/Minsk", "America/Santiago", "Australia/Lord_Howe", "Pacific/Apia"];

    private static readonly Gen<LocalDateTime> GenLocal =
        from year in Gen.Frequency((1, Gen.Int[1, 9999]), (1, Gen.OneOf(1, 9999)), (6, Gen.Int[1900, 2100]))
        from month in Gen.Int[1, 12]
        from day in Gen.Int[1, 31]
        from hour in Gen.Int[0, 23]
        from minute in Gen.Int[0, 59]
        from second in Gen.Int[0, 59]
        select new LocalDateTime(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)), hour, minute, second);

    [Fact]
    public void A_value_holds_the_windows_of_the_finer_values_inside_it_in_every_zone_and_context()
    {
        var contexts = new[] { WhenContext.Default, WhenContext.Anywhere, new WhenContext { FloatingZone = DateTimeZoneProviders.Tzdb["Asia/Tokyo"] } };
        Gen.Select(GenLocal.Where(local => local.Year > 1 || local.Month > 2), Gen.OneOf(ZoneIds), Gen.Int[0, contexts.Length - 1], Gen.OneOf(WhenQualifiers.None, WhenQualifiers.Approximate))
            .Sample((local, zoneId, context, qualifiers) =>
            {
                var zone = zoneId is null ? null : DateTimeZoneProviders.Tzdb[zoneId];
                TimeWindow Window(WhenPrecision precision) => Unit(precision, local, zone, qualifiers).Resolve(contexts[context]);

                // From the year down to the second, each unit holding the given local time lies within the coarser one.
                WhenPrecision[] chain = [WhenPrecision.Year, WhenPrecision.YearPart, WhenPrecision.Month, WhenPrecision.MonthPart, WhenPrecision.Day,
                    WhenPrecision.DayPart, WhenPrecision.Hour, WhenPrecision.Minute, WhenPrecision.Second];
                for (var i = 1; i < chain.Length; i++)
                {
                    Holds(Window(chain[i - 1]), Window(chain[i])).Should().BeTrue($"{Unit(chain[i - 1], local, zone, qualifiers)} holds {Unit(chain[i], local, zone, qualifiers)}");
                }

                Holds(Window(WhenPrecision.Year), Window(WhenPrecision.Quarter)).Should().BeTrue();
                Holds(Window(WhenPrecision.Season), Window(WhenPrecision.Month)).Should().BeTrue($"{Unit(WhenPrecision.Season, local, zone, qualifiers)} holds {Unit(WhenPrecision.Month, local, zone, qualifiers)}");
            });
    }

    [Fact]
    public void Thirds_and_seasons_are_ordered_as_their_windows_and_follow_each_other_without_gaps()
    {
        var precisions = Gen.OneOf(WhenPrecision.YearPart, WhenPrecision.Season);
        Gen.Select(precisions, Gen.Int[1, 9998], Gen.Int[1, 3], Gen.Int[0, 7], Gen.OneOf("UTC", "Asia/Tokyo")).Sample((precision, year, part, distance, zoneId) =>
        {
            var zone = DateTimeZoneProviders.Tzdb[zoneId];
            var first = precision == WhenPrecision.YearPart ? CalendarWhen.OfYearPart(year, (YearPart)part, zone) : CalendarWhen.OfSeason(year, (Season)part, zone);
            var later = CalendarWhen.Create(precision, CalendarWhen.Step(precision, first.LocalStart, distance)!.Value, zone);
            var a = first.Resolve();
            var b = later.Resolve();

            if (distance == 0)
            {
                TimeWindowComparer.Instance.Compare(a, b).Should().Be(0);
                return;
            }

            TimeWindow.Compare(a, b).Should().Be(TemporalRelation.DefinitelyBefore, $"{first} comes before {later}");
            TimeWindowComparer.Instance.Compare(a, b).Should().BeNegative();
            if (distance == 1)
            {
                a.Latest.Should().Be(b.Earliest, $"{later} starts where {first} ends");
            }
        });
    }

    [Fact]
    public void Only_the_forms_added_in_1_1_need_format_1_1()
    {
        var genPrecision = Gen.Enum<WhenPrecision>().Where(precision => precision != WhenPrecision.Week);
        Gen.Select(genPrecision, GenLocal, Gen.Bool).Sample((precision, local, asRange) =>
        {
            var value = Unit(precision, local, null, WhenQualifiers.None);
            When when = asRange ? new RangeWhen(CalendarWhen.OfYear(1), value) : value;
            var expected = precision is WhenPrecision.YearPart or WhenPrecision.Season ? new SchemaVersion(1, 1) : new SchemaVersion(1, 0);

            WhenFormatVersions.Of(when).Should().Be(expected, when.ToString());
        });
    }

    private static bool Holds(TimeWindow outer, TimeWindow inner)
        => (outer.Earliest is not { } start || (inner.Earliest is { } innerStart && start <= innerStart))
            && (outer.Latest is not { } end || (inner.Latest is { } innerEnd && innerEnd <= end));

    // The unit of a precision that holds a local time; a season holding January or February is the previous year's winter.
    private static CalendarWhen Unit(WhenPrecision precision, LocalDateTime local, DateTimeZone? zone, WhenQualifiers qualifiers)
    {
        var date = local.Date;
        var start = precision switch
        {
            WhenPrecision.Year => new LocalDateTime(date.Year, 1, 1, 0, 0),
            WhenPrecision.YearPart => new LocalDateTime(date.Year, ((date.Month - 1) / 4 * 4) + 1, 1, 0, 0),
            WhenPrecision.Season when date.Month <= 2 => new LocalDateTime(Math.Max(date.Year - 1, 1), 12, 1, 0, 0),
            WhenPrecision.Season => new LocalDateTime(date.Year, date.Month / 3 * 3, 1, 0, 0),
            WhenPrecision.Quarter => new LocalDateTime(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1, 0, 0),
            WhenPrecision.Month => new LocalDateTime(date.Year, date.Month, 1, 0, 0),
            WhenPrecision.MonthPart => new LocalDateTime(date.Year, date.Month, ((Math.Min(date.Day, 21) - 1) / 10 * 10) + 1, 0, 0),
            WhenPrecision.Week => date.PlusDays(1 - (int)date.DayOfWeek).AtMidnight(),
            WhenPrecision.Day => date.AtMidnight(),
            WhenPrecision.DayPart => date.At(new LocalTime(local.Hour / 6 * 6, 0)),
            WhenPrecision.Hour => date.At(new LocalTime(local.Hour, 0)),
            WhenPrecision.Minute => date.At(new LocalTime(local.Hour, local.Minute)),
            _ => local,
        };
        return CalendarWhen.Create(precision, start, zone) with { Qualifiers = qualifiers };
    }
}
