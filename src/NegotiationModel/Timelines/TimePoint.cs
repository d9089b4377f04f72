using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Timelines;

/// <summary>
/// An end of a <see cref="Time.TimeWindow"/> on a line extended by the two infinities, so that the
/// open ends of windows compare like any other: an open start is before every instant, an open end
/// after every instant.
/// </summary>
/// <remarks>
/// An instant is held exactly as its ticks since the Unix epoch (rounded towards the past) and the nanoseconds past
/// that tick (0 to 99), so that points compare as two integers and take 16 bytes; minus infinity is
/// <see cref="long.MinValue"/> ticks, plus infinity <see cref="long.MaxValue"/>, which no instant of NodaTime's range reaches.
/// </remarks>
internal readonly struct TimePoint : IEquatable<TimePoint>, IComparable<TimePoint>
{
    private const long NanosecondsPerTick = 100;

    public TimePoint(long key, byte rest)
    {
        Key = key;
        Rest = rest;
    }

    public static TimePoint NegativeInfinity => new(long.MinValue, 0);

    public static TimePoint PositiveInfinity => new(long.MaxValue, 0);

    /// <summary>
    /// Gets a long that orders as the point does, but coarser: minus infinity is <see cref="long.MinValue"/>, plus
    /// infinity <see cref="long.MaxValue"/>, an instant its ticks since the Unix epoch (rounded towards the past, so
    /// every instant of NodaTime's range stays strictly between the two). A point before another never has a greater
    /// key; points with equal keys compare by <see cref="Rest"/>.
    /// </summary>
    public long Key { get; }

    /// <summary>Gets the nanoseconds of an instant past the tick of <see cref="Key"/>, 0 to 99; 0 for the infinities.</summary>
    public byte Rest { get; }

    /// <summary>Gets the point of a window's start: an open start is minus infinity.</summary>
    public static TimePoint Start(Instant? earliest) => earliest is { } value ? Of(value) : NegativeInfinity;

    /// <summary>Gets the point of a window's end: an open end is plus infinity.</summary>
    public static TimePoint End(Instant? latest) => latest is { } value ? Of(value) : PositiveInfinity;

    public static bool operator <(TimePoint left, TimePoint right) => Compare(left, right) < 0;

    public static bool operator >(TimePoint left, TimePoint right) => Compare(left, right) > 0;

    public static bool operator <=(TimePoint left, TimePoint right) => Compare(left, right) <= 0;

    public static bool operator >=(TimePoint left, TimePoint right) => Compare(left, right) >= 0;

    public static bool operator ==(TimePoint left, TimePoint right) => left.Equals(right);

    public static bool operator !=(TimePoint left, TimePoint right) => !left.Equals(right);

    public static int Compare(TimePoint left, TimePoint right)
        => left.Key != right.Key ? (left.Key < right.Key ? -1 : 1) : left.Rest.CompareTo(right.Rest);

    public int CompareTo(TimePoint other) => Compare(this, other);

    public bool Equals(TimePoint other) => Key == other.Key && Rest == other.Rest;

    public override bool Equals(object? obj) => obj is TimePoint other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Key, Rest);

    public override string ToString() => Key switch
    {
        long.MinValue => "-∞",
        long.MaxValue => "+∞",
        _ => InstantPattern.General.Format(ToInstant().GetValueOrDefault()),
    };

    /// <summary>Returns the instant the point is, exactly; <see langword="null"/> for the infinities (a window's open end).</summary>
    public Instant? ToInstant() => Key is long.MinValue or long.MaxValue ? null : Instant.FromUnixTimeTicks(Key).PlusNanoseconds(Rest);

    /// <summary>Gives the point's parts, to be kept apart.</summary>
    public void Deconstruct(out long key, out byte rest)
    {
        key = Key;
        rest = Rest;
    }

    // A day is a whole number of ticks, so the nanoseconds past the tick are those of the day's nanosecond modulo a tick;
    // before the epoch that nanosecond is negative, counted back from the day's end, and its remainder too.
    private static TimePoint Of(Instant instant)
    {
        var rest = (instant - NodaConstants.UnixEpoch).NanosecondOfDay % NanosecondsPerTick;
        return new(instant.ToUnixTimeTicks(), (byte)(rest < 0 ? rest + NanosecondsPerTick : rest));
    }
}
