using NodaTime;

namespace NegotiationModel.Sources;

/// <summary>
/// Where a fact comes from: which source (and which revision of it), where in it, how credible the
/// information is, and who recorded it when. Every fact in a record carries its citations.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Citation : ExtensibleObject
{
    /// <summary>Initializes a new citation of a source.</summary>
    /// <param name="source">The source cited; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is the default value.</exception>
    public Citation(SourceId source)
    {
        Source = source;
    }

    /// <summary>Gets the source cited.</summary>
    public SourceId Source { get; init => field = Guard.Against.Default(value, nameof(Source)); }

    /// <summary>
    /// Gets the number of the source's revision the fact was taken from (see <see cref="SourceRevision.Number"/>),
    /// or <see langword="null"/> for the source as first published.
    /// </summary>
    public int? Revision { get; init => field = value is { } number ? NumberRanges.CitationRevision.Check(number) : null; }

    /// <summary>Gets the exact words of the source that support the fact, in the source's language.</summary>
    public LocalizedText? Quote { get; init; }

    /// <summary>Gets where in the source the fact is: a paragraph, page, section or time code.</summary>
    public string? Locator { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Locator)); }

    /// <summary>Gets how credible the cited information is (Admiralty 1–6).</summary>
    public CredibilityGrade? Credibility { get; init; }

    /// <summary>Gets who recorded the fact from the source: a person, team or program.</summary>
    public string? RecordedBy { get; init => field = Guard.Against.LoneSurrogate(value, nameof(RecordedBy)); }

    /// <summary>Gets when the fact was recorded from the source.</summary>
    public Instant? RecordedAt { get; init; }

    /// <summary>Gets a note on the citation, such as how the source words or spells the fact.</summary>
    public string? Notes { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Notes)); }

    /// <summary>Returns the source and revision, such as <c>nhk-2025-12-29 (revision 2)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => Revision is { } revision
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source} (revision {revision})")
        : Source.ToString();
}
