using NodaTime;
using NodaTime.TimeZones;

namespace NegotiationModel.Time;

/// <summary>
/// The arithmetic behind windows: local spans mapped to instants in a zone or at an offset, and
/// instants shifted by durations, saturating at the ends of NodaTime's range instead of throwing.
/// </summary>
internal static class TimeArithmetic
{
    /// <summary>Local dates on or after this one are mapped with the zone's last offset, away from NodaTime's range limit.</summary>
    private static readonly LocalDateTime NearMaximum = new(9999, 12, 31, 0, 0);

    private static readonly Duration TransitionMargin = Duration.FromDays(2);

    /// <summary>Adds a duration to an instant; <see langword="null"/> when the result is beyond NodaTime's range (in either direction).</summary>
    public static Instant? Add(Instant instant, Duration duration)
    {
        if (duration >= Duration.Zero)
        {
            return Instant.MaxValue - instant < duration ? null : instant + duration;
        }

        return instant - Instant.MinValue < -duration ? null : instant + duration;
    }

    /// <summary>Moves the earliest end of a window; an open end stays open, a result before the start of time opens it.</summary>
    public static Instant? ShiftEarliest(Instant? earliest, Duration duration, out bool beyondEnd)
    {
        beyondEnd = false;
        if (earliest is not { } value)
        {
            return null;
        }

        var shifted = Add(value, duration);
        if (shifted is null && duration > Duration.Zero)
        {
            beyondEnd = true;
            return Instant.MaxValue;
        }

        return shifted;
    }

    /// <summary>Moves the latest end of a window; an open end stays open, a result after the end of time opens it.</summary>
    public static Instant? ShiftLatest(Instant? latest, Duration duration)
    {
        if (latest is not { } value)
        {
            return null;
        }

        return Add(value, duration) ?? (duration < Duration.Zero ? Instant.MinValue : null);
    }

    /// <summary>Builds a window from shifted ends, keeping it non-empty at the ends of NodaTime's range.</summary>
    public static TimeWindow Window(Instant? earliest, Instant? latest, bool earliestBeyondEnd)
    {
        if (earliestBeyondEnd)
        {
            return new TimeWindow(Instant.MaxValue, null);
        }

        if (earliest is { } start && latest is { } end && end <= start)
        {
            // Only reachable when both ends were clamped to the start of time.
            return new TimeWindow(null, end);
        }

        return new TimeWindow(earliest, latest);
    }

    /// <summary>Maps a local span, read at a fixed offset, to a window.</summary>
    public static TimeWindow AtOffset(LocalDateTime? start, LocalDateTime? end, Offset offset)
    {
        Instant? earliest = null;
        if (start is { } s)
        {
            earliest = Add(s.InUtc().ToInstant(), Duration.FromSeconds(-offset.Seconds));
            if (earliest is null)
            {
                return new TimeWindow(Instant.MaxValue, null);
            }
        }

        Instant? latest = end is { } e ? Add(e.InUtc().ToInstant(), Duration.FromSeconds(-offset.Seconds)) : null;
        return new TimeWindow(earliest, latest);
    }

    /// <summary>
    /// Maps a local span in a zone to the smallest window holding every instant whose local time lies in
    /// the span. An ambiguous boundary (a repeated hour) is taken at whichever mapping widens the window;
    /// a boundary in a gap maps to the transition. A span lying wholly in a gap, which no instant has,
    /// covers both readings of it, with the offset before and the offset after the gap.
    /// </summary>
    public static TimeWindow InZone(DateTimeZone zone, LocalDateTime? start, LocalDateTime? end)
    {
        if (start is { } s && s >= NearMaximum || end is { } e && e >= NearMaximum)
        {
            return AtOffset(start, end, zone.GetUtcOffset(Instant.MaxValue));
        }

        return MapsOnce(zone, start, out var fastStart) && MapsOnce(zone, end, out var fastEnd) && (fastStart is null || fastEnd is null || fastStart < fastEnd)
            ? new TimeWindow(fastStart, fastEnd)
            : InZoneByMapping(zone, start, end);
    }

    /// <summary><see cref="InZone"/> through <see cref="DateTimeZone.MapLocal"/> at both ends: right near transitions too.</summary>
    internal static TimeWindow InZoneByMapping(DateTimeZone zone, LocalDateTime? start, LocalDateTime? end)
    {
        ZoneLocalMapping? startMapping = start is { } localStart ? zone.MapLocal(localStart) : null;
        ZoneLocalMapping? endMapping = end is { } localEnd ? zone.MapLocal(localEnd) : null;
        Instant? earliest = startMapping is null ? null : Earliest(startMapping);
        Instant? latest = endMapping is null ? null : Latest(endMapping);
        if (earliest is { } first && latest is { } last && last <= first)
        {
            // The span lies wholly in a gap (the start is skipped, so it has the gap's two intervals):
            // no instant has a local time in it. Cover the reading with the offset after the gap
            // (earlier instants) and the one with the offset before it (later instants).
            earliest = startMapping!.LocalDateTime.WithOffset(startMapping.LateInterval.WallOffset).ToInstant();
            latest = endMapping!.LocalDateTime.WithOffset(startMapping.EarlyInterval.WallOffset).ToInstant();
        }

        return new TimeWindow(earliest, latest);
    }

    /// <summary>
    /// Maps a local time that lies two days or more from any transition of the zone: it has exactly one
    /// instant, found without <see cref="DateTimeZone.MapLocal"/>, which allocates a mapping (a sixth of what
    /// validating a record allocated, docs/performance-log.md). Two days is more than the widest difference of
    /// two offsets (36 hours), so no other offset can give the same local time.
    /// </summary>
    /// <returns><see langword="false"/> when the local time is near a transition or the ends of time: map it with <see cref="DateTimeZone.MapLocal"/>.</returns>
    private static bool MapsOnce(DateTimeZone zone, LocalDateTime? local, out Instant? instant)
    {
        instant = null;
        if (local is not { } value)
        {
            return true;
        }

        if (value.Year is < -9990 or > 9990)
        {
            return false;
        }

        var asUtc = value.InUtc().ToInstant();
        var interval = zone.GetZoneInterval(asUtc);
        var mapped = asUtc - Duration.FromSeconds(interval.WallOffset.Seconds);
        if ((interval.HasStart && mapped - interval.Start < TransitionMargin) || (interval.HasEnd && interval.End - mapped < TransitionMargin))
        {
            return false;
        }

        instant = mapped;
        return true;
    }

    private static Instant Earliest(ZoneLocalMapping mapping)
        => mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();

    private static Instant Latest(ZoneLocalMapping mapping) => mapping.Count switch
    {
        0 => mapping.LateInterval.Start,
        1 => mapping.Single().ToInstant(),

        // Instants after the transition have local times from the late interval's start: when the
        // span ends exactly there, none of them lies in it.
        _ => mapping.LocalDateTime == mapping.LateInterval.IsoLocalStart ? mapping.First().ToInstant() : mapping.Last().ToInstant(),
    };
}
