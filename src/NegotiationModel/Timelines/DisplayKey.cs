namespace NegotiationModel.Timelines;

/// <summary>
/// What the display order of <see cref="TimelineEntryComparer"/> compares, taken out of an entry, with the
/// entry's place in the order it was given in as the last tie-break: a timeline sorts these rather than its entries.
/// </summary>
/// <remarks>
/// The window's start and end are held as the parts of their <see cref="TimePoint"/>s, the two bytes and the
/// identifier's kind beside the place, so that a key takes 32 bytes and holds everything the order compares: sorting reaches no entry.
/// </remarks>
internal readonly struct DisplayKey
{
    public DisplayKey(TimePoint start, TimePoint end, byte idKind, string idText, int index)
    {
        StartKey = start.Key;
        EndKey = end.Key;
        IdText = idText;
        Index = index;
        StartRest = start.Rest;
        EndRest = end.Rest;
        IdKind = idKind;
    }

    /// <summary>Gets the <see cref="TimePoint.Key"/> of the start of the entry's window.</summary>
    public long StartKey { get; }

    /// <summary>Gets the <see cref="TimePoint.Key"/> of the end of the entry's window.</summary>
    public long EndKey { get; }

    /// <summary>Gets the entry's identifier after the prefix of <see cref="IdKind"/> (<see cref="TimelineEntry.IdText"/>).</summary>
    public string IdText { get; }

    /// <summary>Gets the entry's place in the order it was given in.</summary>
    public int Index { get; }

    /// <summary>Gets the <see cref="TimePoint.Rest"/> of the start.</summary>
    public byte StartRest { get; }

    /// <summary>Gets the <see cref="TimePoint.Rest"/> of the end.</summary>
    public byte EndRest { get; }

    /// <summary>Gets the kind whose reference prefix begins the entry's identifier, or 0 for none (<see cref="TimelineEntry.IdKind"/>).</summary>
    public byte IdKind { get; }

    /// <summary>Gets the start of the entry's window.</summary>
    public TimePoint Start => new(StartKey, StartRest);

    /// <summary>Gets the end of the entry's window.</summary>
    public TimePoint End => new(EndKey, EndRest);
}
