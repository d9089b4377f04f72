using System.Globalization;
using NegotiationModel.Time;
using NodaTime.Text;

namespace NegotiationModel.Interop.Pax;

/// <summary>
/// An agreement's date from <c>Dat</c> and <c>Day</c>, <c>Month</c>, <c>Year</c>: the parts say how precise it is (a day
/// or month PA-X leaves empty or 0 is unknown), so that an agreement known by its month is not made to fall on the 1st.
/// </summary>
internal static class PaxDates
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu"),
    ];

    private static readonly YearMonthPattern YearMonthPattern = YearMonthPattern.Iso;

    public static When? Read(string dat, string day, string month, string year, string where)
    {
        var full = dat.Length == 0 ? ((int Year, int? Month, int? Day)?)null : ParseDat(dat, $"{where}, column Dat");
        var yearPart = Part(year, 1, 9999, $"{where}, column Year");
        var monthPart = Part(month, 1, 12, $"{where}, column Month");
        var dayPart = Part(day, 1, 31, $"{where}, column Day");
        if (yearPart is null)
        {
            if (monthPart is not null || dayPart is not null)
            {
                throw new InteropFormatException($"{where}, column Year", "a day or month without a year is not a date");
            }

            return full is { } only ? When(only.Year, only.Month, only.Day, $"{where}, column Dat") : null;
        }

        if (monthPart is null && dayPart is not null)
        {
            throw new InteropFormatException($"{where}, column Month", "a day without a month is not a date");
        }

        if (full is { } date && (date.Year != yearPart || Disagree(date.Month, monthPart) || Disagree(date.Day, dayPart)))
        {
            throw new InteropFormatException($"{where}, column Dat", $"'{dat}' disagrees with Day, Month and Year ({day}/{month}/{year})");
        }

        return When(yearPart.Value, monthPart, dayPart, $"{where}, column Day");
    }

    private static bool Disagree(int? first, int? second) => first is { } one && second is { } other && one != other;

    private static When When(int year, int? month, int? day, string where)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{year:D4}");
        if (month is { } knownMonth)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"-{knownMonth:D2}");
            if (day is { } knownDay)
            {
                text += string.Create(CultureInfo.InvariantCulture, $"-{knownDay:D2}");
            }
        }

        if (!Time.When.TryParse(text, out var when, out var error))
        {
            throw new InteropFormatException(where, $"{text} is not a date ({error.Message})");
        }

        return when;
    }

    private static (int Year, int? Month, int? Day) ParseDat(string text, string where)
    {
        foreach (var pattern in DatePatterns)
        {
            if (pattern.Parse(text) is { Success: true } result)
            {
                return (result.Value.Year, result.Value.Month, result.Value.Day);
            }
        }

        if (YearMonthPattern.Parse(text) is { Success: true } yearMonth)
        {
            return (yearMonth.Value.Year, yearMonth.Value.Month, null);
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var yearOnly) && yearOnly > 0)
        {
            return (yearOnly, null, null);
        }

        throw new InteropFormatException(where, $"'{JsonInput.Shorten(text)}' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    private static int? Part(string text, int min, int max, string where)
    {
        if (text.Length == 0 || text == "0")
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new InteropFormatException(where, $"'{JsonInput.Shorten(text)}' is not a number from {min} to {max}");
        }

        return value;
    }
}
