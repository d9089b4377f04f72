using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Time;

namespace NegotiationModel.Timelines;

/// <summary>
/// One actor's stances on one subject over time: the dated sequence of its positions and the points where
/// the stance shifted. <see cref="NegotiationRecordTimeExtensions.PositionHistory"/> builds it from a record.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Positions"/> are in display order (by window: earliest, then latest; then by identifier), so
/// undated positions, whose window is unbounded, come first. Positions of rank
/// <see cref="FactRank.Deprecated"/> are left out. A shift is a position whose stance differs from the
/// previous one's; a change of conditions under the same stance is not a shift.
/// </para>
/// <para>
/// Like <see cref="Timeline"/>, a history is a view computed from a record, not part of the JSON contract:
/// compare histories by their <see cref="Positions"/> and <see cref="Shifts"/>, which are equal by value.
/// </para>
/// <para>Equality: by reference.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PositionHistory
{
    /// <summary>Initializes a new history from positions in the order they were taken; the shifts follow from them.</summary>
    /// <param name="holder">The actor; not the default value.</param>
    /// <param name="subject">What the positions are on; not the default value.</param>
    /// <param name="positions">The positions, in the order they were taken.</param>
    /// <exception cref="ArgumentException"><paramref name="holder"/> or <paramref name="subject"/> is the default value.</exception>
    public PositionHistory(ActorId holder, EntityReference subject, ValueList<DatedPosition> positions)
    {
        Holder = Guard.Against.Default(holder, nameof(holder));
        Subject = Guard.Against.Default(subject, nameof(subject));
        Positions = positions;
        Shifts = ShiftsIn(positions);
    }

    /// <summary>Gets the actor.</summary>
    public ActorId Holder { get; }

    /// <summary>Gets what the positions are on.</summary>
    public EntityReference Subject { get; }

    /// <summary>Gets the positions, in the order they were taken.</summary>
    public ValueList<DatedPosition> Positions { get; }

    /// <summary>Gets the points where the stance shifted, in order: each position whose stance differs from the previous one's.</summary>
    public ValueList<StanceShift> Shifts { get; }

    /// <summary>Gets the latest position, or <see langword="null"/> when there is none.</summary>
    public DatedPosition? Current => Positions.IsEmpty ? null : Positions[^1];

    /// <summary>Returns the holder, subject and the sequence of stances, such as <c>russia on proposal:x: Opposes → Conditional</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
        => $"{Holder} on {Subject}: {(Positions.IsEmpty ? "no positions" : string.Join(" → ", Positions.Select(p => p.Stance)))}";

    private static ValueList<StanceShift> ShiftsIn(ValueList<DatedPosition> positions)
    {
        var shifts = new List<StanceShift>();
        for (var i = 1; i < positions.Count; i++)
        {
            if (positions[i].Stance != positions[i - 1].Stance)
            {
                shifts.Add(new StanceShift(positions[i - 1], positions[i]));
            }
        }

        return ValueList.From(shifts);
    }
}
