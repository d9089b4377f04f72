namespace NegotiationModel.Sources;

/// <summary>
/// One update of a published source: NHK's article was updated at 11:36 and again at 19:31 Japan
/// time, and its lead sentence changed. Citations name the revision a fact was taken from.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that revisions are numbered and
/// dated in order, after the source's first publication.</para>
/// </remarks>
public sealed record SourceRevision : ExtensibleObject
{
    /// <summary>Initializes a new revision.</summary>
    /// <param name="number">The revision's number, 1 for the first update after publication.</param>
    /// <param name="at">When the revision was published.</param>
    /// <exception cref="ArgumentException"><paramref name="number"/> is zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="at"/> is null.</exception>
    public SourceRevision(int number, When at)
    {
        Number = number;
        At = at;
    }

    /// <summary>Gets the revision's number, 1 for the first update after publication.</summary>
    public int Number { get; init => field = NumberRanges.SourceRevisionNumber.Check(value); }

    /// <summary>Gets when the revision was published.</summary>
    public When At { get; init => field = Guard.Against.Null(value, nameof(At)); }

    /// <summary>Gets the title after the revision, when it changed.</summary>
    public ValueList<LocalizedText> Title { get; init; }

    /// <summary>Gets what changed, such as the new lead sentence.</summary>
    public ValueList<LocalizedText> Changes { get; init; }

    /// <summary>Returns the number and time, such as <c>revision 2 at 2025-12-29T19:31[Asia/Tokyo]</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"revision {Number} at {At}");
}
