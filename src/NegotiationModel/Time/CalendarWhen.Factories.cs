using NodaTime;
using NodaTime.Calendars;

namespace NegotiationModel.Time;

/// <content>The factories of the common precisions, each checking its own ranges before <see cref="Create"/> checks the rest.</content>
public sealed partial record CalendarWhen
{
    /// <summary>Creates a year, such as <c>2025</c>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The year is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfYear(int year, DateTimeZone? zone = null)
        => Create(WhenPrecision.Year, new LocalDateTime(CheckYear(year, nameof(year)), 1, 1, 0, 0), zone);

    /// <summary>Creates a third of a year, such as <c>2015-mid</c> (May to August 2015).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="part">The third of the year.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfYearPart(int year, YearPart part, DateTimeZone? zone = null)
    {
        Guard.Against.UndefinedEnum(part);
        return Create(WhenPrecision.YearPart, new LocalDateTime(CheckYear(year, nameof(year)), (((int)part - 1) * 4) + 1, 1, 0, 0), zone);
    }

    /// <summary>Creates a season, such as <c>2015-21</c> (spring 2015: March to May; winter runs into the next year).</summary>
    /// <param name="year">The year the season is named by (winter: the year of its December), 1 to 9999.</param>
    /// <param name="season">The season.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfSeason(int year, Season season, DateTimeZone? zone = null)
    {
        Guard.Against.UndefinedEnum(season);
        return Create(WhenPrecision.Season, new LocalDateTime(CheckYear(year, nameof(year)), (int)season * 3, 1, 0, 0), zone);
    }

    /// <summary>Creates a quarter, such as <c>2025-Q4</c>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfQuarter(int year, int quarter, DateTimeZone? zone = null)
    {
        Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4);
        return Create(WhenPrecision.Quarter, new LocalDateTime(CheckYear(year, nameof(year)), ((quarter - 1) * 3) + 1, 1, 0, 0), zone);
    }

    /// <summary>Creates a month, such as <c>2025-12</c>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfMonth(int year, int month, DateTimeZone? zone = null)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12);
        return Create(WhenPrecision.Month, new LocalDateTime(CheckYear(year, nameof(year)), month, 1, 0, 0), zone);
    }

    /// <summary>Creates a part of a month, such as <c>2026-01-early</c> (1 to 10 January).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="part">The part of the month.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfMonthPart(int year, int month, MonthPart part, DateTimeZone? zone = null)
    {
        Guard.Against.OutOfRange(month, nameof(month), 1, 12);
        Guard.Against.UndefinedEnum(part);
        return Create(WhenPrecision.MonthPart, new LocalDateTime(CheckYear(year, nameof(year)), month, ((int)part * 10) - 9, 0, 0), zone);
    }

    /// <summary>Creates an ISO week, such as <c>2025-W52</c>.</summary>
    /// <param name="weekYear">The ISO week-based year, 1 to 9999.</param>
    /// <param name="week">The week, 1 to the number of weeks in the week-based year (52 or 53).</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfWeek(int weekYear, int week, DateTimeZone? zone = null)
    {
        CheckYear(weekYear, nameof(weekYear));
        Guard.Against.OutOfRange(week, nameof(week), 1, WeekYearRules.Iso.GetWeeksInWeekYear(weekYear));
        return Create(WhenPrecision.Week, WeekYearRules.Iso.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday).AtMidnight(), zone);
    }

    /// <summary>Creates a day, such as <c>2025-12-28[America/New_York]</c>.</summary>
    /// <param name="date">The date, in the ISO calendar, in the years 1 to 9999.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The date is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfDay(LocalDate date, DateTimeZone? zone = null)
        => Create(WhenPrecision.Day, date.AtMidnight(), zone);

    /// <summary>Creates a part of a day, such as <c>2025-12-28Tafternoon[America/New_York]</c>.</summary>
    /// <param name="date">The date, in the ISO calendar, in the years 1 to 9999.</param>
    /// <param name="part">The part of the day.</param>
    /// <param name="zone">The zone, or <see langword="null"/> for a floating value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">An argument is out of range or the zone is not a TZDB zone.</exception>
    public static CalendarWhen OfDayPart(LocalDate date, DayPart part, DateTimeZone? zone = null)
    {
        Guard.Against.UndefinedEnum(part);
        return Create(WhenPrecision.DayPart, date.At(new LocalTime(((int)part - 1) * 6, 0)), zone);
    }

    /// <summary>Creates the exact second of an instant in UTC, such as <c>2025-12-29T02:36:00Z</c>; a fraction of a second is dropped.</summary>
    /// <param name="instant">The instant, in the years 1 to 9999.</param>
    /// <returns>The value, at offset zero.</returns>
    /// <exception cref="ArgumentException">The instant is before the year 1.</exception>
    public static CalendarWhen OfInstant(Instant instant)
    {
        var local = instant.InUtc().LocalDateTime;
        return Create(WhenPrecision.Second, local.PlusNanoseconds(-local.NanosecondOfSecond), null, Offset.Zero);
    }

    private static int CheckYear(int year, string parameterName)
        => Guard.Against.OutOfRange(year, year is < 1 or > 9999, parameterName, "The year must be 1 to 9999.");
}
