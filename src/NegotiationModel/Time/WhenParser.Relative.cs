using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;

namespace NegotiationModel.Time;

/// <content>Times relative to another entity's (<c>after event:x+P2D</c>) and the distances they are given in.</content>
internal ref partial struct WhenParser
{
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
}
