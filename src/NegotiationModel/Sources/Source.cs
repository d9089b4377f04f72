namespace NegotiationModel.Sources;

/// <summary>
/// A document facts are taken from: a news report, a wire, a transcript, a blog post, a video, an AI
/// assistant's answer. Sources cite other sources, forming chains of provenance (blog → NHK → wires).
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that cited sources exist and that
/// citations form no cycle.</para>
/// </remarks>
public sealed record Source : RecordEntity<SourceId>
{
    /// <summary>Initializes a new source.</summary>
    /// <param name="id">The source's identifier in the record; not the default value.</param>
    /// <param name="kind">What kind of document the source is.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="kind"/> is undefined.</exception>
    public Source(SourceId id, SourceKind kind)
        : base(id)
    {
        Kind = kind;
    }

    /// <summary>Gets what kind of document the source is.</summary>
    public SourceKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the source's title, in its language and any translations.</summary>
    public ValueList<LocalizedText> Title { get; init; }

    /// <summary>Gets the outlet that published the source (an actor of kind <see cref="Actors.ActorKind.MediaOutlet"/>).</summary>
    public ActorId? Outlet { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Outlet)); }

    /// <summary>Gets the source's authors.</summary>
    public ValueList<ActorId> Authors { get; init; }

    /// <summary>Gets where the source can be read.</summary>
    public Uri? Uri { get; init; }

    /// <summary>Gets the BCP 47 language tag of the source.</summary>
    public string? Language { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Language)); }

    /// <summary>Gets when the source was first published, as precisely as known.</summary>
    [Dates]
    public When? Published { get; init; }

    /// <summary>Gets the source's later revisions, in order.</summary>
    public ValueList<SourceRevision> Revisions { get; init; }

    /// <summary>Gets the sources this one cites or is built on (a blog citing NHK, NHK citing wire reports).</summary>
    public ValueList<SourceId> Cites { get; init; }

    /// <summary>Gets how reliable the source is judged to be (Admiralty A–F).</summary>
    public ReliabilityGrade? Reliability { get; init; }

    /// <summary>Gets when the source was retrieved for the record.</summary>
    public NodaTime.Instant? Accessed { get; init; }

    /// <summary>Finds a revision by its number.</summary>
    /// <param name="number">The revision's number.</param>
    /// <returns>The revision, or <see langword="null"/> when the source has none with that number.</returns>
    public SourceRevision? FindRevision(int number)
    {
        foreach (var revision in Revisions)
        {
            if (revision.Number == number)
            {
                return revision;
            }
        }

        return null;
    }

    /// <summary>Returns the identifier and kind, such as <c>nhk-2025-12-29 (NewsReport)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Kind})";
}
