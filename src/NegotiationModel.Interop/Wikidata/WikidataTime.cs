using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationModel.Time;
using NodaTime;
using NodaTime.Calendars;

namespace NegotiationModel.Interop.Wikidata;

/// <summary>
/// Reads a Wikidata time value (<c>{"time": "+2019-05-20T00:00:00Z", "precision": 11, "calendarmodel": …}</c>) as a
/// <see cref="When"/> of the same precision, or says why it cannot without shifting it.
/// </summary>
/// <remarks>
/// Day, month and year precision (11, 10, 9) become a day, a month and a year; a decade (8) becomes the range of its
/// ten years. Coarser precisions (century and beyond) have no honest <see cref="When"/>: the model's years are 1 to 9999
/// and a Wikidata century is written with inconsistent years, so they are reported. A day of the Julian calendar is
/// converted to the same day in the Gregorian calendar (NodaTime) and counted; a Julian month or year is reported, as
/// its Gregorian window differs by days at each end. Times are floating (no zone): Wikidata's <c>Z</c> and its
/// unused <c>timezone</c> describe a calendar date, not an instant.
/// </remarks>
internal static partial class WikidataTime
{
    [GeneratedRegex("^([+-])([0-9]{4,16})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    /// <summary>The value read, or the reason (a key for the report) why it was not kept.</summary>
    public readonly record struct Result(When? When, string? NotKept, string? Note);

    /// <exception cref="InteropFormatException">The value is not a Wikidata time (the message says where and why).</exception>
    public static Result Read(JsonElement value, string where)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new InteropFormatException(where, $"expected a time value (an object), found {JsonInput.Describe(value.ValueKind)}");
        }

        var text = JsonInput.Text(value, "time", where) ?? throw new InteropFormatException(where, "a time value needs 'time'");
        var precision = Number(value, "precision", where) ?? throw new InteropFormatException(where, "a time value needs 'precision'");
        var calendar = JsonInput.Text(value, "calendarmodel", where) ?? WikidataVocabulary.GregorianCalendar;
        var match = Timestamp().Match(text);
        if (!match.Success)
        {
            throw new InteropFormatException($"{where}.time", $"'{JsonInput.Shorten(text)}' is not a Wikidata time (+YYYY-MM-DDT00:00:00Z)");
        }

        if (precision is < 0 or > 14)
        {
            throw new InteropFormatException($"{where}.precision", $"{precision} is not a Wikidata precision (0 to 14)");
        }

        var negative = match.Groups[1].Value == "-";
        var digits = match.Groups[2].Value.TrimStart('0');
        var month = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        if (month > 12 || day > 31 || (precision >= 10 && month == 0) || (precision >= 11 && day == 0))
        {
            throw new InteropFormatException($"{where}.time", $"'{JsonInput.Shorten(text)}' is not a date: month {month:D2}, day {day:D2} at precision {precision}");
        }

        if (precision < 8)
        {
            return new Result(null, "time (precision coarser than a decade)", null);
        }

        if (negative || digits.Length is 0 or > 4)
        {
            return new Result(null, "time (year outside 1 to 9999)", null);
        }

        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        var julian = calendar.EndsWith("/" + WikidataVocabulary.JulianCalendar, StringComparison.Ordinal) || calendar == WikidataVocabulary.JulianCalendar;
        if (!julian && !calendar.EndsWith("/" + WikidataVocabulary.GregorianCalendar, StringComparison.Ordinal) && calendar != WikidataVocabulary.GregorianCalendar)
        {
            return new Result(null, "time (calendar model neither Gregorian nor Julian)", null);
        }

        if (julian && precision < 11)
        {
            return new Result(null, "time (Julian calendar at month precision or coarser)", null);
        }

        string? note = null;
        if (Number(value, "before", where) is > 0 || Number(value, "after", where) is > 0)
        {
            note = "time.before/after (uncertainty not kept)";
        }

        switch (precision)
        {
            case 8:
                var decade = year - (year % 10);
                return decade < 1 || decade + 9 > 9999
                    ? new Result(null, "time (year outside 1 to 9999)", null)
                    : new Result(new RangeWhen(CalendarWhen.OfYear(decade), CalendarWhen.OfYear(decade + 9)), null, note ?? "time (decade, kept as the range of its years)");
            case 9:
                return new Result(CalendarWhen.OfYear(year), null, note);
            case 10:
                return new Result(CalendarWhen.OfMonth(year, month), null, note);
            default:
                var calendarSystem = julian ? CalendarSystem.Julian : CalendarSystem.Iso;
                if (day > calendarSystem.GetDaysInMonth(year, month))
                {
                    throw new InteropFormatException($"{where}.time", $"'{JsonInput.Shorten(text)}' is not a date: {year:D4}-{month:D2} has no day {day}");
                }

                var date = new LocalDate(year, month, day, calendarSystem).WithCalendar(CalendarSystem.Iso);
                if (date.Year is < 1 or > 9999)
                {
                    return new Result(null, "time (year outside 1 to 9999)", null);
                }

                note ??= julian ? "time (Julian calendar day, converted to Gregorian)" : precision > 11 ? "time (precision finer than a day, kept as its day)" : null;
                return new Result(CalendarWhen.OfDay(date), null, note);
        }
    }

    /// <summary>Reads an entity's <c>modified</c> time (an instant such as <c>2024-05-01T12:00:00Z</c>), or null when it is not one.</summary>
    public static When? Modified(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parsed = NodaTime.Text.InstantPattern.ExtendedIso.Parse(text);
        return parsed.Success ? CalendarWhen.OfInstant(parsed.Value) : null;
    }

    private static long? Number(JsonElement owner, string member, string where)
    {
        if (!owner.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // The JSON format allows numbers as decimal strings.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new InteropFormatException($"{where}.{member}", $"expected a whole number, found {JsonInput.Describe(value.ValueKind)}");
    }
}
