namespace NegotiationModel.Timelines;

/// <summary>
/// What the display order of <see cref="TimelineEntryComparer"/> compares, taken out of an entry, with the
/// entry's place in the given order as the last tie-break: a timeline sorts these rather than its entries.
/// </summary>
/// <remarks>
/// The start and end come first as <see cref="TimePoint.Key"/>s, whole longs that most comparisons settle on; only
/// keys in the same tick reach the points themselves (<see cref="DisplayOrder"/>).
/// </remarks>
/// <param name="StartKey">The key of the start of the entry's window.</param>
/// <param name="EndKey">The key of the end of the entry's window.</param>
/// <param name="Id">The entry's identifier.</param>
/// <param name="Index">The entry's place in the order it was given in.</param>
internal readonly record struct DisplayKey(long StartKey, long EndKey, string Id, int Index);
