using NodaTime;

namespace NegotiationModel.Time;

/// <summary>
/// What resolving a <see cref="When"/> to a <see cref="TimeWindow"/> needs besides the value itself:
/// where to place values stated without a zone, and how to find the anchors of relative values.
/// </summary>
/// <remarks>
/// <para>
/// A value with neither a zone nor an offset, such as <c>2025-12-28</c>, is <em>floating</em>: the text
/// does not say where on Earth the day was. <see cref="FloatingZone"/> says where to place it; it is UTC
/// by default. With <see cref="FloatingZone"/> set to <see langword="null"/> the window is widened to
/// cover every civil time zone (UTC−12:00 to UTC+14:00), which is the honest answer when nothing is known.
/// </para>
/// <para>Equality: by <see cref="FloatingZone"/>'s identifier and by <see cref="Anchors"/>' reference.</para>
/// <para>This type is immutable and thread-safe when its <see cref="Anchors"/> is.</para>
/// </remarks>
public sealed record WhenContext
{
    /// <summary>Gets the default context: floating values in UTC, no anchors (relative values resolve to <see cref="TimeWindow.Unbounded"/>).</summary>
    public static WhenContext Default { get; } = new();

    /// <summary>Gets a context that places floating values anywhere on Earth (UTC−12:00 to UTC+14:00), without anchors.</summary>
    public static WhenContext Anywhere { get; } = new() { FloatingZone = null };

    /// <summary>
    /// Gets the zone in which values without a zone or offset are read, or <see langword="null"/> to
    /// widen their windows to every civil zone. Defaults to <see cref="DateTimeZone.Utc"/>.
    /// </summary>
    public DateTimeZone? FloatingZone { get; init; } = DateTimeZone.Utc;

    /// <summary>Gets what resolves the anchors of relative values, or <see langword="null"/> when none are known.</summary>
    public IWhenAnchorResolver? Anchors { get; init; }

    /// <inheritdoc />
    public bool Equals(WhenContext? other)
        => other is not null && FloatingZone?.Id == other.FloatingZone?.Id && ReferenceEquals(Anchors, other.Anchors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FloatingZone?.Id, Anchors is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Anchors));

    /// <summary>Returns a description such as <c>floating values in UTC, with anchors</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
        => $"floating values in {FloatingZone?.Id ?? "any zone"}, {(Anchors is null ? "without" : "with")} anchors";
}
