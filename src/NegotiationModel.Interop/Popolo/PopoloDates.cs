using System.Globalization;
using System.Text.RegularExpressions;
using NegotiationModel.Time;

namespace NegotiationModel.Interop.Popolo;

/// <summary>
/// Writes a <see cref="When"/> as the date forms Popolo's schemas allow: its own text when that fits, else the finest
/// Popolo precision that contains it (a quarter becomes its year, a time in a zone its day), which the report counts.
/// </summary>
internal static partial class PopoloDates
{
    /// <summary>What births, deaths, foundings and dissolutions allow: a year, a month or a day.</summary>
    [GeneratedRegex("^[0-9]{4}(-[0-9]{2}){0,2}$", RegexOptions.CultureInvariant)]
    public static partial Regex DatePattern();

    /// <summary>What memberships, events and posts allow: those, or a day with a time at UTC or an offset.</summary>
    [GeneratedRegex("^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$", RegexOptions.CultureInvariant)]
    public static partial Regex DateOrTimePattern();

    /// <summary>What a speech's <c>date</c> (format date-time, RFC 3339) allows.</summary>
    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    public static partial Regex TimestampPattern();

    /// <summary>The text to write, whether it is the value's own (exact), or null when nothing Popolo allows contains it.</summary>
    public static (string? Text, bool Exact) Write(When when, Regex allowed)
    {
        var text = when.ToString();
        if (allowed.IsMatch(text))
        {
            return (text, true);
        }

        if (when is not CalendarWhen calendar || allowed == TimestampPattern())
        {
            return (null, false);
        }

        var start = calendar.LocalStart;
        var coarser = calendar.Precision switch
        {
            WhenPrecision.Month or WhenPrecision.MonthPart => start.ToString("yyyy'-'MM", CultureInfo.InvariantCulture),
            WhenPrecision.Day or WhenPrecision.DayPart or WhenPrecision.Hour or WhenPrecision.Minute or WhenPrecision.Second => start.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
            _ => start.ToString("yyyy", CultureInfo.InvariantCulture),
        };

        // A season's winter starts in one year and ends in the next; no coarser Popolo value holds it.
        return calendar.Precision == WhenPrecision.Season && start.Month == 12 ? (null, false) : (coarser, false);
    }
}
