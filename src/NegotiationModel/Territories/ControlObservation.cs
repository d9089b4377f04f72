using System.Text.Json.Serialization;
using NegotiationModel.Sources;

namespace NegotiationModel.Territories;

/// <summary>
/// An observation, at a time and according to its sources, of how much of a territory an actor
/// controls: "Russia controls part of Zaporizhzhia; the line of contact divides it".
/// </summary>
/// <remarks>
/// <para>Control is never a fact of the territory: each observation is one source's view at one
/// time, and observations that disagree stand side by side, ranked by <see cref="Rank"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ControlObservation : RecordEntity<ControlObservationId>
{
    /// <summary>Initializes a new observation.</summary>
    /// <param name="id">The observation's identifier in the record; not the default value.</param>
    /// <param name="territory">The territory observed; not the default value.</param>
    /// <param name="controller">The actor whose control is observed; not the default value.</param>
    /// <param name="extent">How much of the territory the actor controls.</param>
    /// <param name="when">When the observation holds (its valid time), as precisely as it is known.</param>
    /// <exception cref="ArgumentException">An identifier is the default value, or <paramref name="extent"/> is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="when"/> is null.</exception>
    public ControlObservation(ControlObservationId id, TerritoryId territory, ActorId controller, ControlExtent extent, When when)
        : base(id)
    {
        Territory = territory;
        Controller = controller;
        Extent = extent;
        When = when;
    }

    // The JSON contract's constructor. Source-generated deserialization sets every init-only property it
    // does not find in the JSON to its type's default (dotnet/runtime#84484), which would overwrite the
    // default of Rank (and fail its guard); as an optional constructor parameter it keeps its default.
    [JsonConstructor]
    internal ControlObservation(ControlObservationId id, TerritoryId territory, ActorId controller, ControlExtent extent, When when, FactRank rank = FactRank.Normal)
        : this(id, territory, controller, extent, when)
    {
        Rank = rank;
    }

    /// <summary>Gets the territory observed.</summary>
    public TerritoryId Territory { get; init => field = Guard.Against.Default(value, nameof(Territory)); }

    /// <summary>Gets the actor whose control is observed.</summary>
    public ActorId Controller { get; init => field = Guard.Against.Default(value, nameof(Controller)); }

    /// <summary>Gets how much of the territory the actor controls.</summary>
    public ControlExtent Extent { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Extent)); }

    /// <summary>Gets when the observation holds: its valid time, not when it was recorded.</summary>
    [Dates]
    public When When { get; init => field = Guard.Against.Null(value, nameof(When)); }

    /// <summary>Gets the observation in words, in any language.</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>
    /// Gets the line that bounds the controlled part, such as the line of contact dividing
    /// Zaporizhzhia, or <see langword="null"/>; never the default identifier.
    /// </summary>
    /// <exception cref="ArgumentException">The value is the default identifier.</exception>
    public NamedLineId? Line { get; init => field = value is { } line ? Guard.Against.Default(line, nameof(Line)) : null; }

    /// <summary>Gets the observation's rank among the record's observations of the same territory and time; <see cref="FactRank.Normal"/> unless set.</summary>
    public FactRank Rank { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Rank)); } = FactRank.Normal;

    /// <summary>Returns the controller, extent, territory and time, such as <c>russia controls Part of UA-23 at 2025-12-28</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Controller} controls {Extent} of {Territory} at {When}";
}
