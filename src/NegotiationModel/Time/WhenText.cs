using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Time;

/// <summary>The pieces of the text form shared by the parser, the formatter and the display.</summary>
internal static class WhenText
{
    /// <summary>The largest civil UTC offset in use (Kiribati, Line Islands).</summary>
    public static readonly Offset LargestOffset = Offset.FromHours(14);

    /// <summary>The smallest civil UTC offset in use (Baker and Howland Islands).</summary>
    public static readonly Offset SmallestOffset = Offset.FromHours(-12);

    /// <summary>The largest number a component of a distance may have.</summary>
    public const int MaxDistanceComponent = 999_999;

    private static readonly FrozenSet<string> ZoneIds = DateTimeZoneProviders.Tzdb.Ids.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ZoneIdsBySpan = ZoneIds.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Gets the kebab-case names of the entity kinds, for messages.</summary>
    public static string KindNames { get; } = string.Join(", ", EnumNames<EntityKind>.All);

    /// <summary>Tells whether <paramref name="id"/> is a zone identifier of the TZDB provider (case-sensitive).</summary>
    public static bool IsZoneId(string id) => ZoneIds.Contains(id);

    /// <summary>Finds the zone identifier spelled <paramref name="id"/> (case-sensitive), as the provider's own string, so that reading one makes none.</summary>
    public static bool TryGetZoneId(ReadOnlySpan<char> id, [NotNullWhen(true)] out string? zoneId) => ZoneIdsBySpan.TryGetValue(id, out zoneId);

    /// <summary>Finds the entity kind with a kebab-case name, such as <c>working-group</c>.</summary>
    public static bool TryGetKind(ReadOnlySpan<char> name, out EntityKind kind) => EnumNames<EntityKind>.TryParse(name, out kind);

    /// <summary>Returns the kebab-case name of an entity kind, as in JSON and in <see cref="EntityReference.ToString"/>.</summary>
    public static string KindName(EntityKind kind) => EnumNames<EntityKind>.Of(kind);

    public static WhenQualifiers CheckQualifiers(WhenQualifiers value, string parameterName)
        => Guard.Against.Invalid(value, (value & ~(WhenQualifiers.Uncertain | WhenQualifiers.Approximate | WhenQualifiers.Inferred)) != 0, parameterName, $"{(int)value} holds flags that are not defined in {nameof(WhenQualifiers)}.");

    public static string PrecisionName(WhenPrecision precision) => precision switch
    {
        WhenPrecision.Year => "year",
        WhenPrecision.Quarter => "quarter",
        WhenPrecision.Month => "month",
        WhenPrecision.MonthPart => "part of a month",
        WhenPrecision.Week => "week",
        WhenPrecision.Day => "day",
        WhenPrecision.DayPart => "part of a day",
        WhenPrecision.Hour => "hour",
        WhenPrecision.Minute => "minute",
        WhenPrecision.YearPart => "part of a year",
        WhenPrecision.Season => "season",
        _ => "second",
    };

    /// <summary>Tells whether a precision names a time of day (a part of a day, an hour, a minute or a second), which alone may have a UTC offset.</summary>
    public static bool HasTimeOfDay(WhenPrecision precision)
        => precision is WhenPrecision.DayPart or WhenPrecision.Hour or WhenPrecision.Minute or WhenPrecision.Second;

    /// <summary>The word of a part of a year in the text form: <c>early</c>, <c>mid</c>, <c>late</c>.</summary>
    public static string YearPartName(YearPart part) => part switch
    {
        YearPart.Early => "early",
        YearPart.Mid => "mid",
        _ => "late",
    };

    /// <summary>The EDTF code of a season: 21 (spring) to 24 (winter).</summary>
    public static int SeasonCode(Season season) => 20 + (int)season;

    /// <summary>The English name of a season, lower case.</summary>
    public static string SeasonName(Season season) => season switch
    {
        Season.Spring => "spring",
        Season.Summer => "summer",
        Season.Autumn => "autumn",
        _ => "winter",
    };

    public static string MonthPartName(MonthPart part) => part switch
    {
        MonthPart.Early => "early",
        MonthPart.Mid => "mid",
        _ => "late",
    };

    public static string DayPartName(DayPart part) => part switch
    {
        DayPart.Night => "night",
        DayPart.Morning => "morning",
        DayPart.Afternoon => "afternoon",
        _ => "evening",
    };

    public static string Format(LocalDateTime value) => LocalDateTimePattern.ExtendedIso.Format(value);

    public static string Format(Offset value)
    {
        var builder = new StringBuilder(6);
        AppendOffset(builder, value);
        return builder.ToString();
    }

    public static void AppendDigits(StringBuilder builder, long value, int width)
        => builder.Append(value.ToString(width == 2 ? "D2" : "D4", CultureInfo.InvariantCulture));

    /// <summary>Appends an offset as <c>Z</c> or <c>±hh:mm</c>.</summary>
    public static void AppendOffset(StringBuilder builder, Offset offset)
    {
        if (offset == Offset.Zero)
        {
            builder.Append('Z');
            return;
        }

        var seconds = offset.Seconds;
        builder.Append(seconds < 0 ? '-' : '+');
        seconds = Math.Abs(seconds);
        AppendDigits(builder, seconds / 3600, 2);
        builder.Append(':');
        AppendDigits(builder, seconds / 60 % 60, 2);
    }

    /// <summary>Appends the qualifier suffix: <c>?</c>, <c>~</c> or <c>%</c>, then <c>!</c>.</summary>
    public static void AppendQualifiers(StringBuilder builder, WhenQualifiers qualifiers)
    {
        var uncertain = (qualifiers & WhenQualifiers.Uncertain) != 0;
        var approximate = (qualifiers & WhenQualifiers.Approximate) != 0;
        if (uncertain && approximate)
        {
            builder.Append('%');
        }
        else if (uncertain)
        {
            builder.Append('?');
        }
        else if (approximate)
        {
            builder.Append('~');
        }

        if ((qualifiers & WhenQualifiers.Inferred) != 0)
        {
            builder.Append('!');
        }
    }

    /// <summary>Appends a distance as an ISO 8601 duration: <c>P2W</c>, <c>PT1H15M</c>, <c>P0D</c>.</summary>
    public static void AppendPeriod(StringBuilder builder, Period period)
    {
        if (period.Equals(Period.Zero))
        {
            builder.Append("P0D");
            return;
        }

        builder.Append('P');
        AppendComponent(builder, period.Weeks, 'W');
        AppendComponent(builder, period.Days, 'D');
        if (period.Hours != 0 || period.Minutes != 0 || period.Seconds != 0)
        {
            builder.Append('T');
            AppendComponent(builder, period.Hours, 'H');
            AppendComponent(builder, period.Minutes, 'M');
            AppendComponent(builder, period.Seconds, 'S');
        }
    }

    /// <summary>
    /// Converts a distance (weeks, days, hours, minutes, seconds) to an exact duration: a day is 24 hours.
    /// Unlike <see cref="Period.ToDuration"/>, it does not overflow for the largest distances the text allows.
    /// </summary>
    public static Duration ToDuration(Period period)
        => Duration.FromDays((period.Weeks * 7) + period.Days)
            + Duration.FromHours(period.Hours)
            + Duration.FromMinutes(period.Minutes)
            + Duration.FromSeconds(period.Seconds);

    public static string FormatPeriod(Period period)
    {
        var builder = new StringBuilder();
        AppendPeriod(builder, period);
        return builder.ToString();
    }

    private static void AppendComponent(StringBuilder builder, long value, char unit)
    {
        if (value != 0)
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
