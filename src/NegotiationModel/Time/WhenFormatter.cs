using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Time;

/// <summary>
/// Shows time values to people, in any zone, keeping their precision: for example
/// <c>29 Dec 2025 02:00–08:00 JST (28 Dec 2025 afternoon, America/New_York)</c> for the Miami meeting
/// shown in Tokyo. The output is English and culture-invariant, the same on every machine.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Format(When, DateTimeZone, WhenContext?)"/> writes the value's window in the display zone
/// and, in parentheses, the value as it was stated (<see cref="Describe(When)"/>). A window of whole local
/// days shows dates and the zone's identifier (<c>1–10 Jan 2026 Asia/Tokyo</c>); any other window shows
/// clock times with the zone's abbreviations (<c>JST</c>, <c>EST</c>), the end exclusive
/// (<c>18:00–24:00</c>), a second abbreviation when the offset changes inside the window, and a single
/// minute or second as a point (<c>29 Dec 2025 11:36 JST</c>). A window that reaches within two days of
/// NodaTime's range limits is shown in ISO form (<see cref="TimeWindow.ToString"/>).
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class WhenFormatter
{
    private static readonly LocalDatePattern DayMonthYear = LocalDatePattern.Create("d MMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern DayMonth = LocalDatePattern.Create("d MMM", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern DayOnly = LocalDatePattern.Create("%d", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern MonthYear = LocalDatePattern.Create("MMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern Minutes = LocalTimePattern.Create("HH':'mm", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern Seconds = LocalTimePattern.Create("HH':'mm':'ss", CultureInfo.InvariantCulture);
    private static readonly Duration ExtremeMargin = Duration.FromDays(2);
    private static readonly LocalTimePattern Fractions = LocalTimePattern.Create("HH':'mm':'ss.FFFFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>Shows a value's window in a zone, followed by the value as stated.</summary>
    /// <param name="value">The value.</param>
    /// <param name="zone">The zone to show the window in, such as Asia/Tokyo for a Japanese reader.</param>
    /// <param name="context">Where to place floating values and how to find anchors; <see langword="null"/> for <see cref="WhenContext.Default"/>.</param>
    /// <returns>A text such as <c>29 Dec 2025 02:00–08:00 JST (28 Dec 2025 afternoon, America/New_York)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="zone"/> is null.</exception>
    public static string Format(When value, DateTimeZone zone, WhenContext? context = null)
    {
        Guard.Against.Null(value);
        Guard.Against.Null(zone);
        return $"{FormatWindow(value.Resolve(context), zone)} ({Describe(value)})";
    }

    /// <summary>Shows a window in a zone.</summary>
    /// <param name="window">The window.</param>
    /// <param name="zone">The zone to show it in.</param>
    /// <returns>A text such as <c>29 Dec 2025 02:00–08:00 JST</c>, <c>1–10 Jan 2026 Asia/Tokyo</c>, <c>before 29 Dec 2025 08:00 JST</c> or <c>any time</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static string FormatWindow(TimeWindow window, DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        if (IsExtreme(window.Earliest) || IsExtreme(window.Latest))
        {
            // Local times this close to NodaTime's limits may not exist in the zone.
            return window.ToString();
        }

        switch (window.Earliest, window.Latest)
        {
            case (null, null):
                return "any time";
            case (null, { } end):
                return $"before {Point(end.InZone(zone))}";
            case ({ } start, null):
                return $"from {Point(start.InZone(zone))}";
        }

        var first = window.Earliest!.Value.InZone(zone);
        var last = window.Latest!.Value.InZone(zone);
        if (first.TimeOfDay == LocalTime.Midnight && last.TimeOfDay == LocalTime.Midnight)
        {
            return $"{Dates(first.Date, last.Date.PlusDays(-1))} {zone.Id}";
        }

        var length = window.Length!.Value;
        var firstTime = first.TimeOfDay;
        if (length == Duration.FromMinutes(1) && firstTime.Second == 0 && firstTime.NanosecondOfSecond == 0)
        {
            return Point(first, Minutes);
        }

        if (length == Duration.FromSeconds(1) && firstTime.NanosecondOfSecond == 0)
        {
            return Point(first, Seconds);
        }

        var pattern = TimePattern(firstTime, last.TimeOfDay);
        var startText = pattern.Format(firstTime);
        var sameDay = last.Date == first.Date || (last.Date == first.Date.PlusDays(1) && last.TimeOfDay == LocalTime.Midnight);
        var endText = sameDay && last.Date != first.Date ? "24:00" + pattern.Format(LocalTime.Midnight)[5..] : pattern.Format(last.TimeOfDay);
        var firstName = first.GetZoneInterval().Name;
        var lastName = last.GetZoneInterval().Name;
        var date = DayMonthYear.Format(first.Date);
        if (sameDay)
        {
            return firstName == lastName
                ? $"{date} {startText}–{endText} {firstName}"
                : $"{date} {startText} {firstName} – {endText} {lastName}";
        }

        var endDate = DayMonthYear.Format(last.Date);
        return firstName == lastName
            ? $"{date} {startText} – {endDate} {endText} {firstName}"
            : $"{date} {startText} {firstName} – {endDate} {endText} {lastName}";
    }

    /// <summary>Describes a value as it was stated, with its precision, zone or offset and qualifiers.</summary>
    /// <param name="value">The value.</param>
    /// <returns>A text such as <c>28 Dec 2025 afternoon, America/New_York</c>, <c>early Jan 2026, zone not stated</c> or <c>between 2 weeks and 6 weeks after statement:trump-few-weeks</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Describe(When value)
    {
        Guard.Against.Null(value);
        var builder = new StringBuilder();
        Describe(builder, value);
        return builder.ToString();
    }

    private static void Describe(StringBuilder builder, When value)
    {
        switch (value)
        {
            case CalendarWhen calendar:
                DescribeCalendar(builder, calendar);
                break;
            case RelativeWhen relative:
                DescribeRelative(builder, relative);
                break;
            case RangeWhen { Start: null } range:
                builder.Append("until ");
                Describe(builder, range.End!);
                break;
            case RangeWhen { End: null } range:
                builder.Append("from ");
                Describe(builder, range.Start!);
                break;
            case RangeWhen range:
                Describe(builder, range.Start!);
                builder.Append(" to ");
                Describe(builder, range.End!);
                break;
        }
    }

    private static void DescribeCalendar(StringBuilder builder, CalendarWhen value)
    {
        var start = value.LocalStart;
        var date = start.Date;
        builder.Append(value.Precision switch
        {
            WhenPrecision.Year => date.Year.ToString("D4", CultureInfo.InvariantCulture),
            WhenPrecision.Quarter => string.Create(CultureInfo.InvariantCulture, $"Q{((date.Month - 1) / 3) + 1} {date.Year:D4}"),
            WhenPrecision.YearPart => string.Create(CultureInfo.InvariantCulture, $"{(value.PartOfYear == YearPart.Mid ? "mid-" : WhenText.YearPartName(value.PartOfYear!.Value) + " ")}{date.Year:D4}"),
            WhenPrecision.Season when value.SeasonOfYear == Season.Winter => string.Create(CultureInfo.InvariantCulture, $"winter {date.Year:D4}–{(date.Year + 1) % 100:D2}"),
            WhenPrecision.Season => string.Create(CultureInfo.InvariantCulture, $"{WhenText.SeasonName(value.SeasonOfYear!.Value)} {date.Year:D4}"),
            WhenPrecision.Month => MonthYear.Format(date),
            WhenPrecision.MonthPart => $"{WhenText.MonthPartName(value.PartOfMonth!.Value)} {MonthYear.Format(date)}",
            WhenPrecision.Week => string.Create(CultureInfo.InvariantCulture, $"week {NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(date)} of {NodaTime.Calendars.WeekYearRules.Iso.GetWeekYear(date):D4}"),
            WhenPrecision.Day => DayMonthYear.Format(date),
            WhenPrecision.DayPart => $"{DayMonthYear.Format(date)} {WhenText.DayPartName(value.PartOfDay!.Value)}",
            WhenPrecision.Hour => string.Create(CultureInfo.InvariantCulture, $"{DayMonthYear.Format(date)} {start.Hour:D2}h"),
            WhenPrecision.Minute => $"{DayMonthYear.Format(date)} {Minutes.Format(start.TimeOfDay)}",
            _ => $"{DayMonthYear.Format(date)} {Seconds.Format(start.TimeOfDay)}",
        });

        builder.Append(", ");
        if (value.UtcOffset is { } offset)
        {
            builder.Append("UTC");
            if (offset != Offset.Zero)
            {
                WhenText.AppendOffset(builder, offset);
            }

            if (value.Zone is { } zone)
            {
                builder.Append(", ").Append(zone.Id);
            }
        }
        else
        {
            builder.Append(value.Zone?.Id ?? "zone not stated");
        }

        DescribeQualifiers(builder, value.Qualifiers);
    }

    private static void DescribeRelative(StringBuilder builder, RelativeWhen value)
    {
        var side = value.Direction == RelativeDirection.After ? "after" : "before";
        var (least, most) = (value.AtLeast, value.AtMost);
        if (least is null)
        {
            builder.Append(side);
        }
        else if (most is null)
        {
            builder.Append("at least ").Append(Words(least)).Append(' ').Append(side);
        }
        else if (least.Equals(Period.Zero))
        {
            builder.Append("within ").Append(Words(most)).Append(' ').Append(side);
        }
        else if (least.Equals(most))
        {
            builder.Append(Words(least)).Append(' ').Append(side);
        }
        else
        {
            builder.Append("between ").Append(Words(least)).Append(" and ").Append(Words(most)).Append(' ').Append(side);
        }

        builder.Append(' ').Append(value.Anchor.ToString());
        DescribeQualifiers(builder, value.Qualifiers);
    }

    private static void DescribeQualifiers(StringBuilder builder, WhenQualifiers qualifiers)
    {
        if ((qualifiers & WhenQualifiers.Uncertain) != 0)
        {
            builder.Append(", uncertain");
        }

        if ((qualifiers & WhenQualifiers.Approximate) != 0)
        {
            builder.Append(", approximate");
        }

        if ((qualifiers & WhenQualifiers.Inferred) != 0)
        {
            builder.Append(", inferred");
        }
    }

    private static string Words(Period period)
    {
        var parts = new List<string>(5);
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        Add(period.Hours, "hour");
        Add(period.Minutes, "minute");
        Add(period.Seconds, "second");
        return parts.Count == 0 ? "0 days" : string.Join(' ', parts);

        void Add(long count, string unit)
        {
            if (count != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}"));
            }
        }
    }

    private static bool IsExtreme(Instant? instant)
        => instant is { } value && (value < Instant.MinValue + ExtremeMargin || value > Instant.MaxValue - ExtremeMargin);

    private static string Point(ZonedDateTime value, LocalTimePattern? pattern = null)
    {
        var time = value.TimeOfDay;
        return $"{DayMonthYear.Format(value.Date)} {(pattern ?? TimePattern(time, time)).Format(time)} {value.GetZoneInterval().Name}";
    }

    private static LocalTimePattern TimePattern(LocalTime first, LocalTime last)
        => first.NanosecondOfSecond != 0 || last.NanosecondOfSecond != 0 ? Fractions
            : first.Second != 0 || last.Second != 0 ? Seconds
            : Minutes;

    private static string Dates(LocalDate first, LocalDate last)
    {
        if (first == last)
        {
            return DayMonthYear.Format(first);
        }

        if (first.Year == last.Year && first.Month == last.Month)
        {
            return $"{DayOnly.Format(first)}–{DayMonthYear.Format(last)}";
        }

        return first.Year == last.Year
            ? $"{DayMonth.Format(first)} – {DayMonthYear.Format(last)}"
            : $"{DayMonthYear.Format(first)} – {DayMonthYear.Format(last)}";
    }
}
