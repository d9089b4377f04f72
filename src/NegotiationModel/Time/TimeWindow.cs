using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Time;

/// <summary>
/// The span of the global time line in which something happened: from <see cref="Earliest"/>
/// (inclusive) to <see cref="Latest"/> (exclusive). Every <see cref="When"/> resolves to one.
/// </summary>
/// <remarks>
/// <para>
/// A window is an honest bound, not a duration: whatever it describes happened (entirely) inside it.
/// An open end (<see langword="null"/>) stretches to the start or the end of time, as in
/// <c>before(event:miami-meeting)</c>. A window is never empty: when both ends are known,
/// <see cref="Earliest"/> is strictly before <see cref="Latest"/>. The default value is
/// <see cref="Unbounded"/>, the window of something whose time is not known at all.
/// </para>
/// <para>
/// Windows are partially ordered by <see cref="Compare(TimeWindow, TimeWindow)"/>; for a total
/// display order use <see cref="TimeWindowComparer"/>.
/// </para>
/// <para>Equality: by <see cref="Earliest"/> and <see cref="Latest"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct TimeWindow
{
    /// <summary>Initializes a new window.</summary>
    /// <param name="earliest">The earliest instant (inclusive), or <see langword="null"/> for an open start.</param>
    /// <param name="latest">The instant the window ends (exclusive), or <see langword="null"/> for an open end.</param>
    /// <exception cref="ArgumentException"><paramref name="latest"/> is not after <paramref name="earliest"/>.</exception>
    public TimeWindow(Instant? earliest, Instant? latest)
    {
        Guard.Against.Invalid(earliest is { } start && latest is { } end && end <= start, nameof(latest), $"A time window must end after it starts, but {InstantPattern.General.Format(latest.GetValueOrDefault())} is not after {InstantPattern.General.Format(earliest.GetValueOrDefault())}.");

        Earliest = earliest;
        Latest = latest;
    }

    /// <summary>Gets the window of something whose time is not known at all: open at both ends.</summary>
    public static TimeWindow Unbounded => default;

    /// <summary>Gets the earliest instant of the window (inclusive), or <see langword="null"/> when it is open towards the past.</summary>
    public Instant? Earliest { get; }

    /// <summary>Gets the instant at which the window ends (exclusive), or <see langword="null"/> when it is open towards the future.</summary>
    public Instant? Latest { get; }

    /// <summary>Gets a value indicating whether both ends of the window are known.</summary>
    public bool IsBounded => Earliest.HasValue && Latest.HasValue;

    /// <summary>Gets the length of the window, or <see langword="null"/> when an end is open.</summary>
    public Duration? Length => Latest - Earliest;

    /// <summary>Relates two windows in the partial order of time.</summary>
    /// <param name="first">The first window.</param>
    /// <param name="second">The second window.</param>
    /// <returns>
    /// <see cref="TemporalRelation.DefinitelyBefore"/> when <paramref name="first"/> ends no later than
    /// <paramref name="second"/> starts, <see cref="TemporalRelation.DefinitelyAfter"/> when it starts no
    /// earlier than <paramref name="second"/> ends, and <see cref="TemporalRelation.PossiblyConcurrent"/>
    /// when the windows overlap.
    /// </returns>
    public static TemporalRelation Compare(TimeWindow first, TimeWindow second)
    {
        if (first.Latest is { } firstEnd && second.Earliest is { } secondStart && firstEnd <= secondStart)
        {
            return TemporalRelation.DefinitelyBefore;
        }

        if (second.Latest is { } secondEnd && first.Earliest is { } firstStart && secondEnd <= firstStart)
        {
            return TemporalRelation.DefinitelyAfter;
        }

        return TemporalRelation.PossiblyConcurrent;
    }

    /// <summary>Tells whether an instant lies in the window.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <paramref name="instant"/> is at or after <see cref="Earliest"/> and before <see cref="Latest"/>.</returns>
    public bool Contains(Instant instant) => (Earliest is not { } start || start <= instant) && (Latest is not { } end || instant < end);

    /// <summary>Converts the window to a NodaTime <see cref="Interval"/>, whose open ends are open too.</summary>
    /// <returns>The interval from <see cref="Earliest"/> to <see cref="Latest"/>.</returns>
    public Interval ToInterval() => new(Earliest, Latest);

    /// <summary>Returns the window in ISO 8601 interval form, such as <c>2025-12-28T17:00:00Z/2025-12-28T23:00:00Z</c>, with <c>..</c> for an open end.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Format(Earliest)}/{Format(Latest)}";

    /// <summary>Returns the smallest window that contains both windows.</summary>
    internal TimeWindow Hull(TimeWindow other) => new(
        Earliest is { } a && other.Earliest is { } b ? Instant.Min(a, b) : null,
        Latest is { } c && other.Latest is { } d ? Instant.Max(c, d) : null);

    private static string Format(Instant? instant) => instant is { } value ? InstantPattern.General.Format(value) : "..";
}
