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

    private bool ParseMonthAndBelow(int year, ref WhenPrecision precision, ref LocalDateTime start, ref Offset? offset, ref int offsetPosition)
    {
        var monthPosition = position;
        if (!ReadNumber(2, "a month of two digits (01 to 12)", out var month))
        {
            return false;
        }

        if (month is >= 21 and <= 24)
        {
            precision = WhenPrecision.Season;
            start = new LocalDateTime(year, (month - 20) * 3, 1, 0, 0);
            return true;
        }

        if (month is < 1 or > 12)
        {
            return Fail(monthPosition, string.Create(CultureInfo.InvariantCulture, $"month {month:D2} does not exist; months run from 01 to 12{SubYearHint(year, month)}"));
        }

        precision = WhenPrecision.Month;
        start = new LocalDateTime(year, month, 1, 0, 0);
        if (Current != '-')
        {
            return true;
        }

        position++;
        if (char.IsAsciiLetterLower(Current))
        {
            var wordPosition = position;
            var word = ReadWord();
            var part = word switch
            {
                "early" => 1,
                "mid" => 11,
                "late" => 21,
                _ => 0,
            };
            if (part == 0)
            {
                return Fail(wordPosition, $"'{word}' is not a part of a month; expected early, mid or late");
            }

            precision = WhenPrecision.MonthPart;
            start = new LocalDateTime(year, month, part, 0, 0);
            return true;
        }

        var dayPosition = position;
        if (!ReadNumber(2, "a day of two digits (01 to 31), or early, mid or late", out var day))
        {
            return false;
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            return Fail(dayPosition, string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {year:D4} has {days} days, so day {day:D2} does not exist"));
        }

        precision = WhenPrecision.Day;
        start = new LocalDateTime(year, month, day, 0, 0);
        if (Current != 'T')
        {
            return true;
        }

        position++;
        if (!ParseTime(ref precision, ref start))
        {
            return false;
        }

        if (Current is 'Z' or '+' or '-')
        {
            offsetPosition = position;
            if (!ParseOffset(out var parsed))
            {
                return false;
            }

            offset = parsed;
        }

        return true;
    }

    private bool ParseTime(ref WhenPrecision precision, ref LocalDateTime start)
    {
        if (char.IsAsciiLetterLower(Current))
        {
            var wordPosition = position;
            var word = ReadWord();
            var hour = word switch
            {
                "night" => 0,
                "morning" => 6,
                "afternoon" => 12,
                "evening" => 18,
                _ => -1,
            };
            if (hour < 0)
            {
                return Fail(wordPosition, $"'{word}' is not a part of a day; expected night, morning, afternoon or evening");
            }

            precision = WhenPrecision.DayPart;
            start = start.Date.At(new LocalTime(hour, 0));
            return true;
        }

        if (!ReadClockField("a time such as T14:30, or a part of the day such as Tafternoon", "hour", 23, string.Empty, out var hours))
        {
            return false;
        }

        precision = WhenPrecision.Hour;
        var minutes = 0;
        var seconds = 0;
        if (Current == ':')
        {
            position++;
            if (!ReadClockField("minutes of two digits (00 to 59)", "minute", 59, string.Empty, out minutes))
            {
                return false;
            }

            precision = WhenPrecision.Minute;
            if (Current == ':')
            {
                position++;
                if (!ReadClockField("seconds of two digits (00 to 59)", "second", 59, " (leap seconds are not supported)", out seconds))
                {
                    return false;
                }

                precision = WhenPrecision.Second;
                if (Current is '.' or ',')
                {
                    return Fail(position, "fractions of a second are not supported; use a NodaTime Instant for machine timestamps");
                }
            }
        }

        start = start.Date.At(new LocalTime(hours, minutes, seconds));
        return true;
    }

    private bool ParseOffset(out Offset offset)
    {
        offset = Offset.Zero;
        var offsetPosition = position;
        if (Current == 'Z')
        {
            position++;
            return true;
        }

        var sign = Current == '-' ? -1 : 1;
        position++;
        if (!ReadNumber(2, "the hours of the offset, such as +09:00", out var hours))
        {
            return false;
        }

        if (Current != ':')
        {
            return Fail(position, "expected ':' and the minutes of the offset, such as +09:00");
        }

        position++;
        if (!ReadNumber(2, "the minutes of the offset, such as +09:00", out var minutes))
        {
            return false;
        }

        if (minutes > 59 || hours > 18 || (hours == 18 && minutes > 0))
        {
            return Fail(offsetPosition, "an offset runs from -18:00 to +18:00");
        }

        if (hours == 0 && minutes == 0)
        {
            return Fail(offsetPosition, "write the offset zero as Z");
        }

        offset = Offset.FromHoursAndMinutes(sign * hours, sign * minutes);
        return true;
    }

    private bool ParseZone([NotNullWhen(true)] out string? zoneId)
    {
        zoneId = null;
        position++;
        var idPosition = position;
        var close = text[position..].IndexOf(']');
        if (close < 0)
        {
            return Fail(text.Length, "the zone has no closing ']'");
        }

        close += position;

        if (Current == '!')
        {
            return Fail(idPosition, "critical flags ('[!…]') are not supported; write the zone alone, such as [America/New_York]");
        }

        var id = text[idPosition..close];
        if (id.Contains('='))
        {
            return Fail(idPosition, "suffix tags such as [u-ca=…] are not supported; only an IANA time zone may follow in brackets");
        }

        if (!WhenText.TryGetZoneId(id, out var known))
        {
            return Fail(idPosition, $"'{id}' is not an IANA time zone known to the TZDB provider (identifiers are case-sensitive, such as America/New_York)");
        }

        position = close + 1;
        if (Current == '[')
        {
            return Fail(position, "only one bracketed suffix, the time zone, is supported");
        }

        zoneId = known;
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

    private bool ParseRelative([NotNullWhen(true)] out RelativeWhen? value)
    {
        value = null;
        var wordPosition = position;
        var word = ReadWord();
        RelativeDirection direction;
        if (word is "after")
        {
            direction = RelativeDirection.After;
        }
        else if (word is "before")
        {
            direction = RelativeDirection.Before;
        }
        else
        {
            return Fail(wordPosition, $"'{word}' is not a relative time; expected after(…) or before(…)");
        }

        if (Current != '(')
        {
            return Fail(position, $"expected '(' after '{word}'");
        }

        position++;
        var kindPosition = position;
        while (char.IsAsciiLetterLower(Current) || Current == '-')
        {
            position++;
        }

        var kindName = text[kindPosition..position];
        if (!WhenText.TryGetKind(kindName, out var kind))
        {
            return Fail(kindPosition, $"'{kindName}' is not an entity kind; expected one of {WhenText.KindNames}");
        }

        if (Current != ':')
        {
            return Fail(position, "expected ':' between the entity kind and its identifier, such as event:miami-meeting");
        }

        position++;
        var idPosition = position;
        while (char.IsAsciiLetterOrDigit(Current) || Current is '.' or '_' or ':' or '/' or '-')
        {
            position++;
        }

        var id = text[idPosition..position];
        if (!EntityId.IsValid(id))
        {
            return Fail(idPosition, $"'{id}' is not a valid identifier: {EntityId.Rule}");
        }

        Period? atLeast = null;
        Period? atMost = null;
        var atLeastPosition = 0;
        var atMostPosition = 0;
        for (var count = 0; Current == ','; count++)
        {
            position++;
            if (Current != ' ')
            {
                return Fail(position, "write ', ' (a comma and one space) before a distance");
            }

            position++;
            if (count == 2)
            {
                return Fail(position, "a relative time has at most two distances: the least and the greatest");
            }

            if (count == 0)
            {
                atLeastPosition = position;
                if (!ParsePeriod(out atLeast))
                {
                    return false;
                }
            }
            else
            {
                atMostPosition = position;
                if (!ParsePeriod(out atMost))
                {
                    return false;
                }
            }
        }

        if (Current != ')')
        {
            return AtEnd
                ? Fail(position, "the relative time has no closing ')'")
                : Fail(position, $"unexpected {DescribeCurrent()}; expected ', ' and a distance, or ')'");
        }

        position++;
        if (atLeast is not null && atMost is null && atLeast.Equals(Period.Zero))
        {
            return Fail(atLeastPosition, "a least distance of P0D says nothing without a greatest distance; leave it out");
        }

        if (atLeast is not null && atMost is not null && WhenText.ToDuration(atMost) < WhenText.ToDuration(atLeast))
        {
            return Fail(atMostPosition, $"the greatest distance {WhenText.FormatPeriod(atMost)} is shorter than the least distance {WhenText.FormatPeriod(atLeast)}");
        }

        if (!ParseQualifiers(out var qualifiers))
        {
            return false;
        }

        value = new RelativeWhen(direction, new EntityReference(kind, id.ToString()), atLeast, atMost) { Qualifiers = qualifiers };
        return true;
    }

    private bool ParsePeriod([NotNullWhen(true)] out Period? value)
    {
        value = null;
        var start = position;
        if (Current != 'P')
        {
            return Fail(position, "expected a distance as an ISO 8601 duration, such as P2W, P3D or PT1H15M");
        }

        position++;
        if (At("0D"))
        {
            position += 2;
            value = Period.Zero;
            return true;
        }

        const string Units = "WDHMS";
        var builder = new PeriodBuilder();
        var lastUnit = -1;
        var inTime = false;
        var any = false;
        while (true)
        {
            if (Current == 'T' && !inTime)
            {
                inTime = true;
                position++;
                if (!char.IsAsciiDigit(Current))
                {
                    return Fail(position, "expected hours, minutes or seconds after 'T', such as PT1H15M");
                }
            }

            if (!char.IsAsciiDigit(Current))
            {
                break;
            }

            var numberPosition = position;
            if (Current == '0')
            {
                return Fail(numberPosition, "leave zero components out and write no leading zeros; a zero distance is P0D");
            }

            long number = 0;
            while (char.IsAsciiDigit(Current))
            {
                if (position - numberPosition == 6)
                {
                    return Fail(numberPosition, string.Create(CultureInfo.InvariantCulture, $"a component of a distance is at most {WhenText.MaxDistanceComponent}"));
                }

                number = (number * 10) + (Current - '0');
                position++;
            }

            var unit = inTime ? Units.IndexOf(Current, 2) : Units.IndexOf(Current, 0, 2);
            if (unit < 0)
            {
                var expected = inTime ? "H, M or S" : "W or D (months and years vary in length and are not supported; write T before hours, minutes and seconds)";
                return Fail(position, $"expected a unit, {expected}");
            }

            if (unit <= lastUnit)
            {
                return Fail(position, "write each unit once, in the order W, D, T, H, M, S");
            }

            switch (unit)
            {
                case 0: builder.Weeks = (int)number; break;
                case 1: builder.Days = (int)number; break;
                case 2: builder.Hours = number; break;
                case 3: builder.Minutes = number; break;
                default: builder.Seconds = number; break;
            }

            lastUnit = unit;
            any = true;
            position++;
        }

        if (!any)
        {
            return Fail(start + 1, "expected a distance as an ISO 8601 duration, such as P2W, P3D or PT1H15M");
        }

        value = builder.Build();
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
