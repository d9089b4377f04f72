namespace NegotiationModel.Time;

/// <summary>
/// How two <see cref="TimeWindow"/>s relate in time: the partial order that
/// <see cref="TimeWindow.Compare(TimeWindow, TimeWindow)"/> computes. Only windows that do not
/// overlap are ordered; overlapping windows might describe things that happened in either order.
/// </summary>
public enum TemporalRelation
{
    /// <summary>The first window ends no later than the second begins: whatever happened in the first happened before whatever happened in the second.</summary>
    DefinitelyBefore = 1,

    /// <summary>The first window begins no earlier than the second ends: whatever happened in the first happened after whatever happened in the second.</summary>
    DefinitelyAfter = 2,

    /// <summary>The windows overlap: the things they describe may have happened in either order, or at the same time.</summary>
    PossiblyConcurrent = 3,
}
