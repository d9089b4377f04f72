using System.Text;
using NodaTime;
using NodaTime.Calendars;

namespace NegotiationModel.Time;

/// <summary>
/// A time stated on the calendar or the clock, at a precision: a year, a third of a year, a season, a quarter,
/// a month, a part of a month, an ISO week, a day, a part of a day, an hour, a minute or a second; in an IANA zone
/// (<c>2025-12-28Tafternoon[America/New_York]</c>), at a UTC offset (<c>2025-12-29T11:36+09:00</c>,
/// an exact instant), at both, or floating (<c>2025-12-28</c>).
/// </summary>
/// <remarks>
/// <para>
/// The value names one unit of its <see cref="Precision"/>, starting at <see cref="LocalStart"/> on the
/// local clock; its window is that unit, mapped to instants (see <see cref="When.Resolve"/>):
/// at <see cref="UtcOffset"/> when there is one, else in <see cref="Zone"/>, else in the context's
/// floating zone. An approximate value (<c>~</c>) is widened by one unit on each side.
/// </para>
/// <para>
/// Only <c>Qualifiers</c> has an <c>init</c> accessor: the other members are set when the value is
/// created, because their rules involve several members at once, which a <c>with</c> expression would
/// check one member at a time.
/// </para>
/// <para>Equality: by value over the precision, local start, zone identifier, offset and qualifiers.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial record CalendarWhen : When
{
    private readonly string? zoneId;

    private CalendarWhen(WhenPrecision precision, LocalDateTime localStart, string? zoneId, Offset? utcOffset)
    {
        Precision = precision;
        LocalStart = localStart;
        this.zoneId = zoneId;
        UtcOffset = utcOffset;
    }

    /// <summary>Gets the unit the value names: how precisely it is known.</summary>
    public WhenPrecision Precision { get; }

    /// <summary>Gets the local date and time at which the named unit starts, such as 2025-12-28T12:00 for an afternoon.</summary>
    public LocalDateTime LocalStart { get; }

    /// <summary>Gets the IANA zone the value is stated in, from <see cref="DateTimeZoneProviders.Tzdb"/>, or <see langword="null"/>.</summary>
    public DateTimeZone? Zone => zoneId is null ? null : DateTimeZoneProviders.Tzdb[zoneId];

    /// <summary>Gets the UTC offset the value is stated at, such as +09:00, or <see langword="null"/>; only values with a time of day have one.</summary>
    public Offset? UtcOffset { get; }

    /// <summary>Gets a value indicating whether the value has neither a zone nor an offset: where it happened is not stated.</summary>
    public bool IsFloating => zoneId is null && UtcOffset is null;

    /// <summary>Gets the part of the day, when <see cref="Precision"/> is <see cref="WhenPrecision.DayPart"/>.</summary>
    public DayPart? PartOfDay => Precision == WhenPrecision.DayPart ? (DayPart)((LocalStart.Hour / 6) + 1) : null;

    /// <summary>Gets the part of the month, when <see cref="Precision"/> is <see cref="WhenPrecision.MonthPart"/>.</summary>
    public MonthPart? PartOfMonth => Precision == WhenPrecision.MonthPart ? (MonthPart)((LocalStart.Day / 10) + 1) : null;

    /// <summary>Gets the third of the year, when <see cref="Precision"/> is <see cref="WhenPrecision.YearPart"/>.</summary>
    public YearPart? PartOfYear => Precision == WhenPrecision.YearPart ? (YearPart)(((LocalStart.Month - 1) / 4) + 1) : null;

    /// <summary>Gets the season, when <see cref="Precision"/> is <see cref="WhenPrecision.Season"/>.</summary>
    public Season? SeasonOfYear => Precision == WhenPrecision.Season ? (Season)(LocalStart.Month / 3) : null;

    /// <summary>Gets how sure the record is of the value.</summary>
    /// <exception cref="ArgumentException">The value holds undefined flags.</exception>
    public WhenQualifiers Qualifiers { get; init => field = WhenText.CheckQualifiers(value, nameof(Qualifiers)); }

    /// <inheritdoc />
    internal override WhenQualifiers AllQualifiers => Qualifiers;

    /// <summary>Creates a value of any precision from the local start of the unit it names.</summary>
    /// <param name="precision">The unit the value names.</param>
    /// <param name="localStart">
    /// The local start of the unit, in the ISO calendar, aligned to it: midnight on 1 January for a year,
    /// on the 1st of January, May or September for a third of a year, of March, June, September or December for a
    /// season (winter starts in December of the year it is named by), of January, April, July or October for a quarter, on the 1st, 11th or 21st for a part of
    /// a month, on a Monday for a week, at 00, 06, 12 or 18 o'clock for a part of a day, and on the whole
    /// hour, minute or second. The named year (the week-based year for a week) is 1 to 9999.
    /// </param>
    /// <param name="zone">The zone, which must be one of <see cref="DateTimeZoneProviders.Tzdb"/>'s identifiers; or <see langword="null"/>.</param>
    /// <param name="utcOffset">The UTC offset, in whole minutes; only for a part of a day, an hour, a minute or a second; with a zone, one of the zone's offsets at <paramref name="localStart"/>.</param>
    /// <returns>The value, without qualifiers.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public static CalendarWhen Create(WhenPrecision precision, LocalDateTime localStart, DateTimeZone? zone = null, Offset? utcOffset = null)
    {
        Guard.Against.UndefinedEnum(precision);
        Guard.Against.Invalid(localStart.Calendar != CalendarSystem.Iso, nameof(localStart), "The local start must be in the ISO calendar.");

        var problem = Misalignment(precision, localStart);
        Guard.Against.Invalid(problem is not null, nameof(localStart), $"The local start {WhenText.Format(localStart)} does not start a {WhenText.PrecisionName(precision)}: {problem}.");

        var namedYear = precision == WhenPrecision.Week ? WeekYearRules.Iso.GetWeekYear(localStart.Date) : localStart.Year;
        Guard.Against.Invalid(namedYear is < 1 or > 9999, nameof(localStart), $"The year {namedYear} is outside 1 to 9999.");

        if (utcOffset is { } offset)
        {
            Guard.Against.Invalid(!WhenText.HasTimeOfDay(precision), nameof(utcOffset), "Only a value with a time of day (a part of a day, an hour, a minute or a second) can have a UTC offset.");
            Guard.Against.Invalid(offset.Seconds % 60 != 0, nameof(utcOffset), $"The offset {WhenText.Format(offset)} is not a whole number of minutes.");
        }

        string? id = null;
        if (zone is not null)
        {
            id = Guard.Against.Invalid(zone.Id, !WhenText.IsZoneId(zone.Id), nameof(zone), $"'{zone.Id}' is not a time zone identifier of the TZDB provider.");
            Guard.Against.Invalid(utcOffset is { } zoneOffset && !IsValidOffset(DateTimeZoneProviders.Tzdb[id], localStart, zoneOffset), nameof(utcOffset), $"The offset {WhenText.Format(utcOffset.GetValueOrDefault())} is not one of {id}'s offsets at {WhenText.Format(localStart)}.");
        }

        return new CalendarWhen(precision, localStart, id, utcOffset);
    }

    /// <summary>Returns the same value in another zone, keeping the local time, the offset and the qualifiers.</summary>
    /// <param name="zone">The zone, or <see langword="null"/> to remove it.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The zone is not a TZDB zone, or the value's offset is not one of its offsets.</exception>
    public CalendarWhen WithZone(DateTimeZone? zone) => Create(Precision, LocalStart, zone, UtcOffset) with { Qualifiers = Qualifiers };

    /// <summary>Creates a value from parts the parser has checked.</summary>
    internal static CalendarWhen CreateTrusted(WhenPrecision precision, LocalDateTime localStart, string? zoneId, Offset? utcOffset, WhenQualifiers qualifiers)
        => new(precision, localStart, zoneId, utcOffset) { Qualifiers = qualifiers };

    /// <summary>Tells whether <paramref name="offset"/> is one of the offsets <paramref name="zone"/> has at <paramref name="local"/>.</summary>
    internal static bool IsValidOffset(DateTimeZone zone, LocalDateTime local, Offset offset)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count switch
        {
            0 => false,
            1 => mapping.EarlyInterval.WallOffset == offset,
            _ => mapping.EarlyInterval.WallOffset == offset || mapping.LateInterval.WallOffset == offset,
        };
    }

    /// <summary>Returns the local start of the unit <paramref name="count"/> units after the one starting at <paramref name="start"/>, or <see langword="null"/> beyond the year 9999.</summary>
    internal static LocalDateTime? Step(WhenPrecision precision, LocalDateTime start, int count)
    {
        try
        {
            return precision switch
            {
                WhenPrecision.Year => start.PlusYears(count),
                WhenPrecision.Quarter or WhenPrecision.Season => start.PlusMonths(3 * count),
                WhenPrecision.YearPart => start.PlusMonths(4 * count),
                WhenPrecision.Month => start.PlusMonths(count),
                WhenPrecision.MonthPart => StepMonthPart(start, count),
                WhenPrecision.Week => start.PlusWeeks(count),
                WhenPrecision.Day => start.PlusDays(count),
                WhenPrecision.DayPart => start.PlusHours(6 * count),
                WhenPrecision.Hour => start.PlusHours(count),
                WhenPrecision.Minute => start.PlusMinutes(count),
                _ => start.PlusSeconds(count),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    internal override TimeWindow ResolveCore(WhenContext context)
    {
        LocalDateTime? start = LocalStart;
        LocalDateTime? end;
        if ((Qualifiers & WhenQualifiers.Approximate) != 0)
        {
            start = Step(Precision, LocalStart, -1);
            end = Step(Precision, LocalStart, 2);
        }
        else
        {
            end = Step(Precision, LocalStart, 1);
        }

        if (UtcOffset is { } offset)
        {
            return TimeArithmetic.AtOffset(start, end, offset);
        }

        if ((zoneId is null ? context.FloatingZone : DateTimeZoneProviders.Tzdb[zoneId]) is { } zone)
        {
            return TimeArithmetic.InZone(zone, start, end);
        }

        // Floating, and the context does not say where: every civil zone, UTC-12:00 to UTC+14:00.
        var utc = TimeArithmetic.InZone(DateTimeZone.Utc, start, end);
        var earliest = TimeArithmetic.ShiftEarliest(utc.Earliest, -Duration.FromSeconds(WhenText.LargestOffset.Seconds), out _);
        var latest = TimeArithmetic.ShiftLatest(utc.Latest, -Duration.FromSeconds(WhenText.SmallestOffset.Seconds));
        return new TimeWindow(earliest, latest);
    }

    /// <inheritdoc />
    internal override void AppendTo(StringBuilder builder)
    {
        var date = LocalStart.Date;
        if (Precision == WhenPrecision.Week)
        {
            WhenText.AppendDigits(builder, WeekYearRules.Iso.GetWeekYear(date), 4);
            builder.Append("-W");
            WhenText.AppendDigits(builder, WeekYearRules.Iso.GetWeekOfWeekYear(date), 2);
        }
        else
        {
            WhenText.AppendDigits(builder, date.Year, 4);
            AppendBelowYear(builder, date);
        }

        if (UtcOffset is { } offset)
        {
            WhenText.AppendOffset(builder, offset);
        }

        if (zoneId is not null)
        {
            builder.Append('[').Append(zoneId).Append(']');
        }

        WhenText.AppendQualifiers(builder, Qualifiers);
    }

    private void AppendBelowYear(StringBuilder builder, LocalDate date)
    {
        switch (Precision)
        {
            case WhenPrecision.Year:
                return;
            case WhenPrecision.Quarter:
                builder.Append("-Q").Append((char)('1' + ((date.Month - 1) / 3)));
                return;
            case WhenPrecision.YearPart:
                builder.Append('-').Append(WhenText.YearPartName(PartOfYear!.Value));
                return;
            case WhenPrecision.Season:
                builder.Append('-');
                WhenText.AppendDigits(builder, WhenText.SeasonCode(SeasonOfYear!.Value), 2);
                return;
        }

        builder.Append('-');
        WhenText.AppendDigits(builder, date.Month, 2);
        switch (Precision)
        {
            case WhenPrecision.Month:
                return;
            case WhenPrecision.MonthPart:
                builder.Append('-').Append(WhenText.MonthPartName(PartOfMonth!.Value));
                return;
        }

        builder.Append('-');
        WhenText.AppendDigits(builder, date.Day, 2);
        if (Precision == WhenPrecision.Day)
        {
            return;
        }

        builder.Append('T');
        if (Precision == WhenPrecision.DayPart)
        {
            builder.Append(WhenText.DayPartName(PartOfDay!.Value));
            return;
        }

        WhenText.AppendDigits(builder, LocalStart.Hour, 2);
        if (Precision >= WhenPrecision.Minute)
        {
            builder.Append(':');
            WhenText.AppendDigits(builder, LocalStart.Minute, 2);
        }

        if (Precision == WhenPrecision.Second)
        {
            builder.Append(':');
            WhenText.AppendDigits(builder, LocalStart.Second, 2);
        }
    }

    private static LocalDateTime StepMonthPart(LocalDateTime start, int count)
    {
        var index = (((start.Year * 12) + start.Month - 1) * 3) + (start.Day / 10) + count;
        var monthIndex = Math.DivRem(index, 3, out var part);
        return new LocalDateTime(monthIndex / 12, (monthIndex % 12) + 1, (part * 10) + 1, 0, 0);
    }

    private static string? Misalignment(WhenPrecision precision, LocalDateTime start)
    {
        var time = start.TimeOfDay;
        var midnight = time == LocalTime.Midnight;
        return precision switch
        {
            WhenPrecision.Year when start.Month != 1 || start.Day != 1 || !midnight => "a year starts at midnight on 1 January",
            WhenPrecision.YearPart when start.Month % 4 != 1 || start.Day != 1 || !midnight => "a third of a year starts at midnight on 1 January, May or September",
            WhenPrecision.Season when start.Month % 3 != 0 || start.Day != 1 || !midnight => "a season starts at midnight on 1 March, June, September or December",
            WhenPrecision.Quarter when start.Month % 3 != 1 || start.Day != 1 || !midnight => "a quarter starts at midnight on 1 January, April, July or October",
            WhenPrecision.Month when start.Day != 1 || !midnight => "a month starts at midnight on the 1st",
            WhenPrecision.MonthPart when start.Day % 10 != 1 || start.Day == 31 || !midnight => "a part of a month starts at midnight on the 1st, 11th or 21st",
            WhenPrecision.Week when start.DayOfWeek != IsoDayOfWeek.Monday || !midnight => "an ISO week starts at midnight on a Monday",
            WhenPrecision.Day when !midnight => "a day starts at midnight",
            WhenPrecision.DayPart when time.Hour % 6 != 0 || time.Minute != 0 || time.Second != 0 || time.NanosecondOfSecond != 0 => "a part of a day starts at 00:00, 06:00, 12:00 or 18:00",
            WhenPrecision.Hour when time.Minute != 0 || time.Second != 0 || time.NanosecondOfSecond != 0 => "an hour starts on the hour",
            WhenPrecision.Minute when time.Second != 0 || time.NanosecondOfSecond != 0 => "a minute starts on the minute",
            WhenPrecision.Second when time.NanosecondOfSecond != 0 => "a second starts on the second",
            _ => null,
        };
    }

}
