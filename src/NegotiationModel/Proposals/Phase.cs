using System.Globalization;
using NegotiationModel.Sources;

namespace NegotiationModel.Proposals;

/// <summary>
/// One phase of a proposal's sequence, such as "economic reconstruction" before "security" in a phased
/// roadmap: its place in the order, what it depends on, and which provisions it carries out.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that dependencies and provisions resolve
/// and that dependencies do not form a cycle.</para>
/// </remarks>
public sealed record Phase : ExtensibleObject
{
    /// <summary>Initializes a new phase.</summary>
    /// <param name="id">The phase's identifier in the record; not the default value.</param>
    /// <param name="order">The phase's place in the sequence, from 0; phases may share a place when they run in parallel.</param>
    /// <param name="title">The phase's title in one or more languages, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, <paramref name="order"/> is negative, or <paramref name="title"/> is empty.</exception>
    public Phase(PhaseId id, int order, ValueList<LocalizedText> title)
    {
        Id = id;
        Order = order;
        Title = title;
    }

    /// <summary>Gets the phase's identifier in the record.</summary>
    public PhaseId Id { get; init => field = Guard.Against.Default(value, nameof(Id)); }

    /// <summary>Gets the phase's place in the sequence, from 0.</summary>
    public int Order { get; init => field = NumberRanges.PhaseOrder.Check(value); }

    /// <summary>
    /// Gets how the proposal refers to the phase by its place, such as <c>Phase 0</c> or <c>Stage II</c>;
    /// <see langword="null"/> when it has none. Timelines show it before the <see cref="Title"/>.
    /// </summary>
    [AddedIn(1, 1)]
    public string? Number { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Number)); }

    /// <summary>Gets the phase's title in one or more languages.</summary>
    public ValueList<LocalizedText> Title { get; init => field = Guard.Against.EmptyList(value, nameof(Title), "A phase needs a title in at least one language."); }

    /// <summary>Gets what the phase consists of, in one or more languages.</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>Gets the phases that must be completed before this one.</summary>
    public ValueList<PhaseId> DependsOn { get; init; }

    /// <summary>Gets the provisions the phase carries out, among those of the proposal's versions.</summary>
    public ValueList<ProvisionId> Provisions { get; init; }

    /// <summary>
    /// Gets when the phase takes effect (begins), as stated, or <see langword="null"/> when the text does not say;
    /// absolute, or relative to an entity, such as <c>after(provision:ceasefire, P2D)</c>.
    /// </summary>
    /// <remarks>A phase is not an anchor: relative values cannot count from a phase (validation warns, NM2011); anchor them to a provision the phase carries out.</remarks>
    [AddedIn(1, 1)]
    public When? Effective { get; init; }

    /// <summary>Gets the times by which the phase requires things done, such as "completed by the end of 2015".</summary>
    [AddedIn(1, 1)]
    public ValueList<Deadline> Deadlines { get; init; }

    /// <summary>Gets the citations that attribute the phase to its sources.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns the order, identifier and first title, such as <c>1. economic-reconstruction: Economic reconstruction</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Order}. {Id}: {Title[0].Text}");
}
