using NodaTime;

namespace NegotiationModel.Storage;

/// <summary>Instants as stored: integer microseconds since the Unix epoch (the resolution of PostgreSQL's <c>timestamptz</c>).</summary>
internal static class Micros
{
    /// <summary>Gets the value that stands for an open start ("always", "since ever").</summary>
    public const long OpenStart = long.MinValue;

    /// <summary>Gets the value that stands for an open end.</summary>
    public const long OpenEnd = long.MaxValue;

    /// <summary>The instant's microseconds, rounded down (a start).</summary>
    public static long Floor(Instant instant) => Math.DivRem(instant.ToUnixTimeTicks(), 10, out var rest) - (rest < 0 ? 1 : 0);

    /// <summary>The instant's microseconds, rounded up (an exclusive end).</summary>
    public static long Ceiling(Instant instant) => -Floor(Instant.FromUnixTimeTicks(-instant.ToUnixTimeTicks()));

    /// <summary>The instant of a stored value.</summary>
    public static Instant ToInstant(long micros) => Instant.FromUnixTimeTicks(micros * 10);

    /// <summary>A stored start, or <see langword="null"/> when open.</summary>
    public static Instant? Start(long micros) => micros == OpenStart ? null : ToInstant(micros);

    /// <summary>A stored end, or <see langword="null"/> when open.</summary>
    public static Instant? End(long micros) => micros == OpenEnd ? null : ToInstant(micros);
}
