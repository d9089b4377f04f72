namespace NegotiationModel.Storage;

/// <summary>
/// The order of the entities of one kind, kept as integer keys with gaps: an entity keeps its key while the order around it
/// holds, an added entity takes a key between its neighbours', so appending or inserting writes no new version of the others.
/// Only when a gap is used up are the kind's keys spread again.
/// </summary>
internal static class PositionKeys
{
    /// <summary>The distance between the keys of neighbours when keys are spread, and from the last key to an appended entity's.</summary>
    public const long Gap = 1L << 20;

    /// <summary>Sets <see cref="EntityRow.Position"/> of <paramref name="rows"/> (one kind, in the record's order) from the current keys.</summary>
    public static void Assign(IReadOnlyList<EntityRow> rows, IReadOnlyDictionary<string, long> current)
    {
        // Keep the keys of stored entities that are still in increasing order; the others get new keys.
        var kept = new bool[rows.Count];
        var last = long.MinValue;
        for (var i = 0; i < rows.Count; i++)
        {
            if (current.TryGetValue(rows[i].Id, out var key) && key > last)
            {
                kept[i] = true;
                rows[i].Position = key;
                last = key;
            }
        }

        var start = 0;
        while (start < rows.Count)
        {
            if (kept[start])
            {
                start++;
                continue;
            }

            var end = start;
            while (end < rows.Count && !kept[end])
            {
                end++;
            }

            var low = start == 0 ? 0 : rows[start - 1].Position;
            var high = end == rows.Count ? low + ((end - start + 1) * Gap) : rows[end].Position;
            var step = (high - low) / (end - start + 1);
            if (step < 1 || high < low)
            {
                Spread(rows);
                return;
            }

            for (var i = start; i < end; i++)
            {
                rows[i].Position = low + ((i - start + 1) * step);
            }

            start = end;
        }
    }

    private static void Spread(IReadOnlyList<EntityRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Position = (i + 1) * Gap;
        }
    }
}
