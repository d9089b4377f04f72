using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace NegotiationModel.Time;

/// <content>Below the year: month, day or part of the year, time of day, offset and zone.</content>
internal ref partial struct WhenParser
{
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
}
