namespace NegotiationModel.Timelines;

/// <summary>
/// A timeline entry's identifier as the parts it is made of, compared ordinally as its text would be, without making
/// the text: an entry that is about a whole entity is identified by the entity's reference (<c>statement:s-12</c>), which
/// it makes only when asked, so its parts are the kind's prefix (<c>statement:</c>) and the entity's identifier; an
/// entry given its identifier has one part, the identifier, and no prefix.
/// </summary>
/// <remarks>
/// The display order breaks ties between equal windows on identifiers, and a timeline of a record has a million of
/// them: comparing the parts costs what comparing the texts did, where making the texts would allocate at every comparison.
/// </remarks>
internal static class EntryIds
{
    /// <summary>The text of a reference of each kind before its identifier, indexed by <see cref="EntityKind"/>; empty at 0, the prefix of an identifier given whole.</summary>
    private static readonly string[] Prefixes = MakePrefixes();

    /// <summary>Returns the text a reference of <paramref name="kind"/> has before its identifier, such as <c>statement:</c>; empty for 0.</summary>
    public static string PrefixOf(byte kind) => Prefixes[kind];

    /// <summary>
    /// Compares the identifiers <c>prefix(<paramref name="xKind"/>) + <paramref name="x"/></c> and
    /// <c>prefix(<paramref name="yKind"/>) + <paramref name="y"/></c> as <see cref="string.CompareOrdinal(string, string)"/> would
    /// compare the texts (by sign).
    /// </summary>
    public static int Compare(byte xKind, string x, byte yKind, string y)
    {
        if (xKind == yKind)
        {
            return string.CompareOrdinal(x, y);
        }

        ReadOnlySpan<char> xFirst = Prefixes[xKind];
        ReadOnlySpan<char> yFirst = Prefixes[yKind];
        ReadOnlySpan<char> xRest = x;
        ReadOnlySpan<char> yRest = y;

        // Each side is two runs of characters; compare run against run, as far as both go, until one side ends.
        while (true)
        {
            if (xFirst.IsEmpty)
            {
                xFirst = xRest;
                xRest = default;
            }

            if (yFirst.IsEmpty)
            {
                yFirst = yRest;
                yRest = default;
            }

            if (xFirst.IsEmpty || yFirst.IsEmpty)
            {
                return xFirst.IsEmpty ? (yFirst.IsEmpty ? 0 : -1) : 1;
            }

            var length = Math.Min(xFirst.Length, yFirst.Length);
            var order = xFirst[..length].SequenceCompareTo(yFirst[..length]);
            if (order != 0)
            {
                return order;
            }

            xFirst = xFirst[length..];
            yFirst = yFirst[length..];
        }
    }

    // Derived from the references' own text, so that there is one description of it: what a reference of the kind
    // writes before an identifier of one letter.
    private static string[] MakePrefixes()
    {
        var kinds = Enum.GetValues<EntityKind>();
        Guard.Against.Invalid((int)kinds.Max() > byte.MaxValue, nameof(EntityKind), "An entity kind's number must fit a byte, which entries keep their identifier's kind in.");
        var prefixes = new string[(int)kinds.Max() + 1];
        Array.Fill(prefixes, string.Empty);
        foreach (var kind in kinds)
        {
            var text = EntityReference.Trusted(kind, "a").ToString();
            prefixes[(int)kind] = text[..^1];
        }

        return prefixes;
    }
}
