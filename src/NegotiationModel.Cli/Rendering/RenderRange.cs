using NodaTime;

namespace NegotiationModel.Cli.Rendering;

/// <summary>
/// The instants a renderer may compute with and show in any zone: NodaTime's range less two days at each end
/// (the margin <see cref="NegotiationModel.Time.WhenFormatter"/> also keeps), so that no padding, tick or local
/// time near year −9998 or 9999 overflows <see cref="Instant"/> or <see cref="LocalDateTime"/>.
/// </summary>
internal static class RenderRange
{
    public static readonly Instant Start = Instant.MinValue + Duration.FromDays(2);

    public static readonly Instant End = Instant.MaxValue - Duration.FromDays(2);

    public static Instant Clamp(Instant instant) => instant < Start ? Start : instant > End ? End : instant;

    /// <summary>The instant <paramref name="duration"/> after <paramref name="instant"/>, clamped to the range.</summary>
    public static Instant Plus(Instant instant, Duration duration)
    {
        var from = Clamp(instant);
        if (duration >= Duration.Zero)
        {
            return duration >= End - from ? End : from + duration;
        }

        return -duration >= from - Start ? Start : from + duration;
    }

    /// <summary>
    /// The local date and time of <paramref name="instant"/> in <paramref name="zone"/>, or the first or last
    /// local date and time NodaTime holds when the offset carries it beyond them (an instant in the last hours
    /// of year 9999 east of Greenwich).
    /// </summary>
    public static LocalDateTime LocalIn(Instant instant, DateTimeZone zone)
    {
        var shift = Duration.FromSeconds(zone.GetUtcOffset(instant).Seconds);
        if (shift > Duration.Zero && instant > Instant.MaxValue - shift)
        {
            return LocalDateTime.MaxIsoValue;
        }

        if (shift < Duration.Zero && instant < Instant.MinValue - shift)
        {
            return LocalDateTime.MinIsoValue;
        }

        return instant.InZone(zone).LocalDateTime;
    }

    /// <summary>
    /// The instant at which the clocks of <paramref name="zone"/> show <paramref name="local"/> (the end of a
    /// daylight-saving gap for a time in it, the earlier instant for one shown twice); null when that instant
    /// lies beyond NodaTime's range (1 January −9998 at midnight east of Greenwich).
    /// </summary>
    public static Instant? InstantOf(LocalDateTime local, DateTimeZone zone)
    {
        var zoned = zone.AtLeniently(local);
        var asUtc = zoned.LocalDateTime.InUtc().ToInstant();
        var offset = Duration.FromSeconds(zoned.Offset.Seconds);
        if ((offset > Duration.Zero && asUtc - Instant.MinValue < offset) || (offset < Duration.Zero && Instant.MaxValue - asUtc < -offset))
        {
            return null;
        }

        return asUtc - offset;
    }
}
