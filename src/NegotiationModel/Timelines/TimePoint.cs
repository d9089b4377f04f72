using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Timelines;

/// <summary>
/// An end of a <see cref="Time.TimeWindow"/> on a line extended by the two infinities, so that the
/// open ends of windows compare like any other: an open start is before every instant, an open end
/// after every instant.
/// </summary>
internal readonly struct TimePoint : IEquatable<TimePoint>, IComparable<TimePoint>
{
    private readonly sbyte rank;
    private readonly Instant instant;

    private TimePoint(sbyte rank, Instant instant)
    {
        this.rank = rank;
        this.instant = instant;
    }

    public static TimePoint NegativeInfinity => new(-1, default);

    public static TimePoint PositiveInfinity => new(1, default);

    /// <summary>Gets the point of a window's start: an open start is minus infinity.</summary>
    public static TimePoint Start(Instant? earliest) => earliest is { } value ? new(0, value) : NegativeInfinity;

    /// <summary>Gets the point of a window's end: an open end is plus infinity.</summary>
    public static TimePoint End(Instant? latest) => latest is { } value ? new(0, value) : PositiveInfinity;

    /// <summary>
    /// Gets a long that orders as the point does, but coarser: minus infinity is <see cref="long.MinValue"/>, plus
    /// infinity <see cref="long.MaxValue"/>, an instant its ticks since the Unix epoch (rounded towards the past, so
    /// every instant of NodaTime's range stays strictly between the two). A point before another never has a greater
    /// key; points with equal keys compare by <see cref="Compare"/>.
    /// </summary>
    public long Key => rank switch
    {
        < 0 => long.MinValue,
        > 0 => long.MaxValue,
        _ => instant.ToUnixTimeTicks(),
    };

    public static bool operator <(TimePoint left, TimePoint right) => Compare(left, right) < 0;

    public static bool operator >(TimePoint left, TimePoint right) => Compare(left, right) > 0;

    public static bool operator <=(TimePoint left, TimePoint right) => Compare(left, right) <= 0;

    public static bool operator >=(TimePoint left, TimePoint right) => Compare(left, right) >= 0;

    public static bool operator ==(TimePoint left, TimePoint right) => left.Equals(right);

    public static bool operator !=(TimePoint left, TimePoint right) => !left.Equals(right);

    public static int Compare(TimePoint left, TimePoint right)
    {
        if (left.rank != right.rank)
        {
            return left.rank.CompareTo(right.rank);
        }

        return left.rank == 0 ? left.instant.CompareTo(right.instant) : 0;
    }

    public int CompareTo(TimePoint other) => Compare(this, other);

    public bool Equals(TimePoint other) => Compare(this, other) == 0;

    public override bool Equals(object? obj) => obj is TimePoint other && Equals(other);

    public override int GetHashCode() => rank == 0 ? instant.GetHashCode() : rank;

    public override string ToString() => rank switch
    {
        < 0 => "-∞",
        > 0 => "+∞",
        _ => InstantPattern.General.Format(instant),
    };
}
