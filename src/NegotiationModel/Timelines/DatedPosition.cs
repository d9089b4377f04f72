using Ardalis.GuardClauses;
using NegotiationModel.Positions;
using NegotiationModel.Time;

namespace NegotiationModel.Timelines;

/// <summary>A position with the window its <see cref="Position.When"/> resolves to in its record: one step of a <see cref="PositionHistory"/>.</summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record DatedPosition
{
    /// <summary>Initializes a new dated position.</summary>
    /// <param name="position">The position.</param>
    /// <param name="window">When the position was taken, resolved; <see cref="TimeWindow.Unbounded"/> when it is not dated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="position"/> is null.</exception>
    public DatedPosition(Position position, TimeWindow window)
    {
        Position = position;
        Window = window;
    }

    /// <summary>Gets the position.</summary>
    public Position Position { get; init => field = Guard.Against.Null(value, nameof(Position)); }

    /// <summary>Gets when the position was taken, resolved; <see cref="TimeWindow.Unbounded"/> when it is not dated.</summary>
    public TimeWindow Window { get; init; }

    /// <summary>Gets the stance taken.</summary>
    public Stance Stance => Position.Stance;

    /// <summary>Returns the window, holder, stance and subject, such as <c>2025-12-27T21:00:00Z/2025-12-28T21:00:00Z russia Opposes proposal:ukraine-europe-ceasefire</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Window} {Position}";
}
