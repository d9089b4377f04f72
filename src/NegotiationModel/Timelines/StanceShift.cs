using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Time;

namespace NegotiationModel.Timelines;

/// <summary>
/// A point where an actor's stance on a subject shifted: from the stance of one position to a different
/// stance in the next, at the time of the later one, with the evidence of the later one.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record StanceShift
{
    /// <summary>Initializes a new shift.</summary>
    /// <param name="from">The position before the shift.</param>
    /// <param name="to">The position after the shift.</param>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    public StanceShift(DatedPosition from, DatedPosition to)
    {
        From = from;
        To = to;
    }

    /// <summary>Gets the position before the shift.</summary>
    public DatedPosition From { get; init => field = Guard.Against.Null(value, nameof(From)); }

    /// <summary>Gets the position after the shift.</summary>
    public DatedPosition To { get; init => field = Guard.Against.Null(value, nameof(To)); }

    /// <summary>Gets the stance before the shift.</summary>
    public Stance FromStance => From.Stance;

    /// <summary>Gets the stance after the shift.</summary>
    public Stance ToStance => To.Stance;

    /// <summary>Gets when the shift was seen: the later position's time as stated, or <see langword="null"/> when it is not dated.</summary>
    public When? When => To.Position.When;

    /// <summary>Gets the window of the later position: the shift happened before its end, and (when <see cref="Order"/> is <see cref="TemporalRelation.DefinitelyBefore"/>) after the earlier position's start.</summary>
    public TimeWindow Window => To.Window;

    /// <summary>Gets the statements that show the new stance: the later position's evidence.</summary>
    public ValueList<StatementId> Evidence => To.Position.Evidence;

    /// <summary>
    /// Gets how the two positions relate in time: <see cref="TemporalRelation.DefinitelyBefore"/> when the
    /// earlier position's window ends before the later one's starts, so the order is certain;
    /// <see cref="TemporalRelation.PossiblyConcurrent"/> when the windows overlap and the order is only the display order's.
    /// </summary>
    public TemporalRelation Order => TimeWindow.Compare(From.Window, To.Window);

    /// <summary>Returns the stances and when, such as <c>Opposes → Conditional at 2026-01-05</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{FromStance} → {ToStance} at {(When is null ? "an unknown time" : When.ToString())}";
}
