namespace NegotiationModel.Validation;

/// <summary>
/// The language tags found well-formed (<see cref="Bcp47"/>) so far: a record holds a handful of tags many thousand times
/// over, so each distinct tag is matched once, and most are the tag met just before, compared faster than hashed.
/// </summary>
/// <remarks>Not thread-safe: one per walk or rule.</remarks>
internal sealed class WellFormedTags
{
    private readonly HashSet<string> wellFormed = new(StringComparer.Ordinal);
    private string? last;

    /// <summary>Tells whether a tag is well-formed.</summary>
    public bool Contains(string tag)
    {
        if (string.Equals(tag, last, StringComparison.Ordinal))
        {
            return true;
        }

        if (wellFormed.Contains(tag))
        {
            last = tag;
            return true;
        }

        if (!Bcp47.IsWellFormed(tag))
        {
            return false;
        }

        wellFormed.Add(tag);
        last = tag;
        return true;
    }
}
