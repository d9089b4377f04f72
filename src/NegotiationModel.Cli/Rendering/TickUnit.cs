using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Cli.Rendering;

/// <summary>
/// A step between axis ticks on the local calendar of a zone: n hours, a day, a week (Mondays), n months or
/// n years. Ticks fall on local boundaries (midnight, the first of a month, 1 January), so they never drift
/// across daylight-saving changes, and each label says as much of the date as changed since the previous one.
/// </summary>
internal sealed class TickUnit
{
    private static readonly LocalDatePattern DayMonth = LocalDatePattern.Create("d MMM", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern Month = LocalDatePattern.Create("MMM", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern Year = LocalDatePattern.Create("uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.Create("HH':'mm", CultureInfo.InvariantCulture);
    private static readonly LocalDate FirstDate = new(-9998, 1, 1);
    private static readonly LocalDate LastDate = new(9999, 12, 31);

    private readonly Kind kind;
    private readonly int count;

    private TickUnit(Kind kind, int count, double nominalDays, string typicalLabel)
    {
        this.kind = kind;
        this.count = count;
        NominalSeconds = nominalDays * 86_400;
        TypicalLabel = typicalLabel;
    }

    private enum Kind
    {
        Hours,
        Days,
        Weeks,
        Months,
        Years,
    }

    /// <summary>From the finest step to the coarsest; the last one spans NodaTime's whole range in two ticks.</summary>
    public static IReadOnlyList<TickUnit> Ladder { get; } =
    [
        new(Kind.Hours, 1, 1 / 24.0, "00:00"),
        new(Kind.Hours, 3, 3 / 24.0, "00:00"),
        new(Kind.Hours, 6, 6 / 24.0, "00:00"),
        new(Kind.Hours, 12, 12 / 24.0, "00:00"),
        new(Kind.Days, 1, 1, "28 Dec"),
        new(Kind.Weeks, 1, 7, "28 Dec"),
        new(Kind.Months, 1, 30.4, "Dec"),
        new(Kind.Months, 3, 91.3, "Dec"),
        new(Kind.Months, 6, 182.6, "Dec"),
        .. new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 }.Select(years => new TickUnit(Kind.Years, years, years * 365.25, "2025")),
    ];

    /// <summary>The usual length of one step, for choosing a step that leaves room for its labels.</summary>
    public double NominalSeconds { get; }

    /// <summary>A label of the usual length for this step.</summary>
    public string TypicalLabel { get; }

    /// <summary>The local boundaries of this step from <paramref name="from"/> to <paramref name="to"/> (both within <see cref="RenderRange"/>), as instants in increasing order.</summary>
    public IEnumerable<(Instant At, LocalDateTime Local)> Boundaries(Instant from, Instant to, DateTimeZone zone)
    {
        var end = RenderRange.LocalIn(to, zone);
        LocalDateTime? local = Floor(RenderRange.LocalIn(from, zone));
        Instant? previous = null;
        while (local is { } current && current <= end)
        {
            // A boundary in a daylight-saving gap moves to the end of the gap; one in an overlap takes the earlier instant.
            if (RenderRange.InstantOf(current, zone) is { } at && at >= from && at <= to && (previous is null || at > previous))
            {
                yield return (at, current);
                previous = at;
            }

            local = Next(current);
        }
    }

    /// <summary>The label of a tick at <paramref name="local"/>: the date when it changed since the previous label, the year when that changed.</summary>
    public string Label(LocalDateTime local, LocalDateTime? previous)
    {
        var yearChanged = previous is not { } before || before.Year != local.Year;
        var dateChanged = previous is not { } earlier || earlier.Date != local.Date;
        var date = DayMonth.Format(local.Date) + (yearChanged ? " " + Year.Format(local.Date) : string.Empty);
        return kind switch
        {
            Kind.Years => Year.Format(local.Date),
            Kind.Months => Month.Format(local.Date) + (yearChanged ? " " + Year.Format(local.Date) : string.Empty),
            Kind.Days or Kind.Weeks => date,
            _ when local.TimeOfDay == LocalTime.Midnight => date,
            _ when dateChanged => date + " " + HourMinute.Format(local.TimeOfDay),
            _ => HourMinute.Format(local.TimeOfDay),
        };
    }

    /// <summary>Whether a tick at <paramref name="local"/> starts a larger unit (a day, a month, a year) and is drawn stronger.</summary>
    public bool IsMajor(LocalDateTime local) => kind switch
    {
        Kind.Hours => local.TimeOfDay == LocalTime.Midnight,
        Kind.Days or Kind.Weeks => local.Day == 1,
        Kind.Months => local.Month == 1,
        _ => true,
    };

    private LocalDateTime? Floor(LocalDateTime local)
    {
        var date = local.Date;
        switch (kind)
        {
            case Kind.Hours:
                return date.At(new LocalTime(local.Hour / count * count, 0));
            case Kind.Days:
                return date.AtMidnight();
            case Kind.Weeks:
                var daysSinceMonday = ((int)date.DayOfWeek) - 1;
                return (date < FirstDate.PlusDays(daysSinceMonday) ? date.PlusDays(7 - daysSinceMonday) : date.PlusDays(-daysSinceMonday)).AtMidnight();
            case Kind.Months:
                return new LocalDate(date.Year, ((date.Month - 1) / count * count) + 1, 1).AtMidnight();
            default:
                var year = (int)Math.Floor(date.Year / (double)count) * count;
                return YearStart(year < FirstDate.Year ? year + count : year);
        }
    }

    private LocalDateTime? Next(LocalDateTime local) => kind switch
    {
        Kind.Hours => local.Date == LastDate && local.Hour + count > 23 ? null : local.PlusHours(count),
        Kind.Days => local.Date == LastDate ? null : local.PlusDays(1),
        Kind.Weeks => local.Date > LastDate.PlusDays(-7) ? null : local.PlusDays(7),
        Kind.Months => local.Year == LastDate.Year && local.Month + count > 12 ? null : local.PlusMonths(count),
        _ => YearStart(local.Year + count),
    };

    private static LocalDateTime? YearStart(int year) => year > LastDate.Year ? null : new LocalDate(year, 1, 1).AtMidnight();
}
