namespace NegotiationModel.Assessments;

/// <summary>
/// An author's analysis, kept apart from what sources report: an interpretation, a scenario, a
/// forecast, an analysis or a recommendation, such as the commentary's Scenario A (a violent change
/// of power driven by a "trilemma") or its phased peace roadmap.
/// </summary>
/// <remarks>
/// <para>An assessment is its <see cref="Authors"/>' view, never a fact of the record: what it says
/// stays in <see cref="Text"/>, what it is about is referred to by <see cref="About"/>, and how likely
/// the authors think it is sits in <see cref="Likelihood"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Assessment : RecordEntity<AssessmentId>
{
    /// <summary>Initializes a new assessment.</summary>
    /// <param name="id">The assessment's identifier in the record; not the default value.</param>
    /// <param name="kind">What kind of analysis it is.</param>
    /// <param name="title">The assessment's title in every language, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, <paramref name="kind"/> is undefined, or <paramref name="title"/> is empty.</exception>
    public Assessment(AssessmentId id, AssessmentKind kind, ValueList<LocalizedText> title)
        : base(id)
    {
        Kind = kind;
        Title = title;
    }

    /// <summary>Gets what kind of analysis it is.</summary>
    public AssessmentKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the short label the authors give it, such as <c>Scenario A</c>, or <see langword="null"/>.</summary>
    [FoundByName]
    public string? Label { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Label)); }

    /// <summary>Gets the assessment's title in every language.</summary>
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init => field = Guard.Against.EmptyList(value, nameof(Title), "An assessment needs a title in at least one language."); }

    /// <summary>Gets the assessment's authors.</summary>
    public ValueList<ActorId> Authors { get; init; }

    /// <summary>Gets what the assessment says, in every language.</summary>
    public ValueList<LocalizedText> Text { get; init; }

    /// <summary>Gets how likely the authors think it is, or <see langword="null"/> when they do not say.</summary>
    public Likelihood? Likelihood { get; init; }

    /// <summary>Gets the entities the assessment is about: actors, proposals, events, territories, topics.</summary>
    public ValueList<EntityReference> About { get; init; }

    /// <summary>Gets what the authors say drives it, such as the "trilemma": a collapsing front, fiscal collapse, economic decline.</summary>
    public ValueList<LocalizedText> Drivers { get; init; }

    /// <summary>Gets when the assessment was made, or <see langword="null"/> when unknown.</summary>
    [Dates]
    public When? When { get; init; }

    /// <summary>Returns the identifier, the label if any and the first title, such as <c>scenario-a (Scenario A): [en] A violent change of power</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => Label is null ? $"{Id}: {Title[0]}" : $"{Id} ({Label}): {Title[0]}";
}
