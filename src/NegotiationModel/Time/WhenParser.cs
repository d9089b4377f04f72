using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace NegotiationModel.Time;

/// <summary>
/// Reads the canonical text form of a <see cref="When"/>; see <c>docs/time.md</c> for the grammar.
/// Never throws: a failure records what was wrong and the zero-based position.
/// </summary>
/// <remarks>
/// A ref struct over the characters, so that a reader can parse a time value from a buffer of its own without making
/// a string of it (<c>WhenJsonConverter</c> does, from JSON's UTF-8 bytes): what the value keeps (a zone identifier,
/// an anchor's identifier) is made a string, the rest is read in place.
/// </remarks>
internal ref partial struct WhenParser
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly ReadOnlySpan<char> text;
    private int position;
    private int errorPosition;
    private string? problem;

    private WhenParser(ReadOnlySpan<char> text) => this.text = text;

    private readonly bool AtEnd => position >= text.Length;

    private readonly char Current => position < text.Length ? text[position] : '\0';

    public static bool TryParse(string text, [NotNullWhen(true)] out When? value, [NotNullWhen(false)] out WhenParseException? error)
    {
        var parser = new WhenParser(text);
        if (parser.ParseWhen(out value))
        {
            error = null;
            return true;
        }

        error = new WhenParseException(parser.problem!, text, parser.errorPosition);
        value = null;
        return false;
    }

    /// <summary>Parses a value from characters that need not be a string; a failure says only that it failed (parse the text as a string for what is wrong).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out When? value) => new WhenParser(text).ParseWhen(out value);

    private bool ParseWhen([NotNullWhen(true)] out When? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return Fail(0, "the text is empty");
        }

        if (text.Length > When.MaxTextLength)
        {
            return Fail(When.MaxTextLength, string.Create(CultureInfo.InvariantCulture, $"the text is longer than {When.MaxTextLength} characters"));
        }

        When? start = null;
        if (IsOpenEnd())
        {
            position += 2;
            if (Current != '/')
            {
                return Fail(position, "an open start '..' must be followed by '/' and the end of the range");
            }
        }
        else
        {
            if (!ParseSingle(out start))
            {
                return false;
            }

            if (AtEnd)
            {
                value = start;
                return true;
            }

            if (Current != '/')
            {
                return Fail(position, $"unexpected {DescribeCurrent()} after the value; a range is written as start/end");
            }
        }

        position++;
        var endPosition = position;
        When? end = null;
        if (IsOpenEnd())
        {
            if (start is null)
            {
                return Fail(position, "a range needs at least one end that is not open ('..')");
            }

            position += 2;
        }
        else if (!ParseSingle(out end))
        {
            return false;
        }

        if (!AtEnd)
        {
            return Fail(position, $"unexpected {DescribeCurrent()} after the end of the range");
        }

        if (RangeWhen.IsReversed(start, end))
        {
            return Fail(endPosition, $"the range ends at {end}, which begins before its start {start}");
        }

        value = new RangeWhen(start, end);
        return true;
    }

    private readonly bool IsOpenEnd() => At("..");

    // Whether the text continues with the given characters at the current position.
    private readonly bool At(string expected) => text[Math.Min(position, text.Length)..].StartsWith(expected, StringComparison.Ordinal);

    private bool ParseSingle([NotNullWhen(true)] out When? value)
    {
        value = null;
        if (char.IsAsciiDigit(Current))
        {
            if (!ParseCalendar(out var calendar))
            {
                return false;
            }

            value = calendar;
            return true;
        }

        if (char.IsAsciiLetterLower(Current))
        {
            if (!ParseRelative(out var relative))
            {
                return false;
            }

            value = relative;
            return true;
        }

        return AtEnd
            ? Fail(position, "expected a time value, such as 2025-12-28 or after(event:miami-meeting), or '..' for an open end")
            : Fail(position, $"unexpected {DescribeCurrent()}; expected a time value, such as 2025-12-28 or after(event:miami-meeting)");
    }

    private bool ParseCalendar([NotNullWhen(true)] out CalendarWhen? value)
    {
        value = null;
        var yearPosition = position;
        if (!ReadNumber(4, "a year of four digits (0001 to 9999)", out var year))
        {
            return false;
        }

        if (year == 0)
        {
            return Fail(yearPosition, "the year 0000 is not supported; years run from 0001 to 9999");
        }

        var precision = WhenPrecision.Year;
        var start = new LocalDateTime(year, 1, 1, 0, 0);
        Offset? offset = null;
        var offsetPosition = 0;
        if (Current == '-')
        {
            position++;
            if (Current == 'Q')
            {
                position++;
                if (Current is < '1' or > '4')
                {
                    return Fail(position, "expected a quarter, Q1 to Q4");
                }

                precision = WhenPrecision.Quarter;
                start = new LocalDateTime(year, ((Current - '1') * 3) + 1, 1, 0, 0);
                position++;
            }
            else if (Current == 'W')
            {
                position++;
                var weekPosition = position;
                if (!ReadNumber(2, "a week of two digits (01 to 53)", out var week))
                {
                    return false;
                }

                var weeks = WeekYearRules.Iso.GetWeeksInWeekYear(year);
                if (week < 1 || week > weeks)
                {
                    return Fail(weekPosition, string.Create(CultureInfo.InvariantCulture, $"the ISO week-based year {year:D4} has weeks 01 to {weeks}, so week {week:D2} does not exist"));
                }

                precision = WhenPrecision.Week;
                start = WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday).AtMidnight();
            }
            else if (char.IsAsciiLetterLower(Current))
            {
                if (!ParseYearPart(year, out start))
                {
                    return false;
                }

                precision = WhenPrecision.YearPart;
            }
            else if (char.IsAsciiDigit(Current))
            {
                if (!ParseMonthAndBelow(year, ref precision, ref start, ref offset, ref offsetPosition))
                {
                    return false;
                }
            }
            else
            {
                return Fail(position, "expected a month (01 to 12), a quarter (Q1 to Q4), an ISO week (W01 to W53), a season (21 to 24) or a part of the year (early, mid or late) after the year");
            }
        }

        string? zoneId = null;
        if (Current == '[')
        {
            if (!ParseZone(out zoneId))
            {
                return false;
            }

            if (offset is { } zoneOffset && !CalendarWhen.IsValidOffset(DateTimeZoneProviders.Tzdb[zoneId], start, zoneOffset))
            {
                return Fail(offsetPosition, $"the offset {WhenText.Format(zoneOffset)} is not one of {zoneId}'s offsets at {WhenText.Format(start)}");
            }
        }

        if (!ParseQualifiers(out var qualifiers))
        {
            return false;
        }

        value = CalendarWhen.CreateTrusted(precision, start, zoneId, offset, qualifiers);
        return true;
    }

    private bool ParseQualifiers(out WhenQualifiers qualifiers)
    {
        qualifiers = Current switch
        {
            '?' => WhenQualifiers.Uncertain,
            '~' => WhenQualifiers.Approximate,
            '%' => WhenQualifiers.Uncertain | WhenQualifiers.Approximate,
            _ => WhenQualifiers.None,
        };
        if (qualifiers != WhenQualifiers.None)
        {
            position++;
            if (Current is '?' or '~' or '%')
            {
                return Fail(position, "only one of '?', '~' and '%' may follow a value; '%' means both uncertain and approximate");
            }
        }

        if (Current == '!')
        {
            qualifiers |= WhenQualifiers.Inferred;
            position++;
            if (Current is '?' or '~' or '%' or '!')
            {
                return Fail(position, "'!' (inferred) comes last, after any '?', '~' or '%', and only once");
            }
        }

        return true;
    }

    // Reads an hour, a minute or a second: two digits, from 00 to max; the message of a value past it names the unit.
    private bool ReadClockField(string expected, string unit, int max, string note, out int value)
    {
        var fieldPosition = position;
        if (!ReadNumber(2, expected, out value))
        {
            return false;
        }

        return value <= max
            || Fail(fieldPosition, string.Create(CultureInfo.InvariantCulture, $"{unit} {value:D2} does not exist; {unit}s run from 00 to {max:D2}{note}"));
    }

    private bool ReadNumber(int digits, string expected, out int value)
    {
        value = 0;
        var start = position;
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsAsciiDigit(Current))
            {
                return Fail(position, $"expected {expected}");
            }

            value = (value * 10) + (Current - '0');
            position++;
        }

        if (char.IsAsciiDigit(Current))
        {
            return Fail(start, $"expected {expected}, but there are more than {digits} digits");
        }

        return true;
    }

    /// <summary>Reads a word of the grammar (<c>afternoon</c>, <c>early</c>, <c>after</c>): lower-case letters, so that an offset's <c>Z</c> is not taken in.</summary>
    private ReadOnlySpan<char> ReadWord()
    {
        var start = position;
        while (char.IsAsciiLetterLower(Current))
        {
            position++;
        }

        return text[start..position];
    }

    private readonly string DescribeCurrent()
        => AtEnd ? "end of text"
            : Current == ' ' ? "space (spaces are not allowed)"
            : Current is > ' ' and < '\u007f' ? $"'{Current}'"
            : string.Create(CultureInfo.InvariantCulture, $"character U+{(int)Current:X4}");

    private bool Fail(int at, string message)
    {
        errorPosition = at;
        problem = message;
        return false;
    }
}
