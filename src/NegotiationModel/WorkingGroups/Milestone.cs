using NegotiationModel.Sources;

namespace NegotiationModel.WorkingGroups;

/// <summary>
/// A step a working group is expected to reach, and whether and when it did: "the specifics will be
/// decided early next month".
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that the status agrees with <see cref="Reached"/>.</para>
/// </remarks>
public sealed record Milestone : ExtensibleObject
{
    /// <summary>Initializes a new milestone.</summary>
    /// <param name="description">What the milestone is, in every language it is recorded in, at least one.</param>
    /// <param name="status">Whether the milestone is expected, reached, missed or cancelled.</param>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or <paramref name="status"/> is undefined.</exception>
    public Milestone(ValueList<LocalizedText> description, MilestoneStatus status)
    {
        Description = description;
        Status = status;
    }

    /// <summary>Gets what the milestone is, in every language it is recorded in.</summary>
    public ValueList<LocalizedText> Description { get; init => field = Guard.Against.EmptyList(value, nameof(Description), "A milestone needs a description in at least one language."); }

    /// <summary>Gets whether the milestone is expected, reached, missed or cancelled.</summary>
    public MilestoneStatus Status { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Status)); }

    /// <summary>Gets when the milestone is or was expected, such as early January 2026.</summary>
    public When? Expected { get; init; }

    /// <summary>Gets when a source reports the milestone reached.</summary>
    public When? Reached { get; init; }

    /// <summary>Gets the citations that attribute the milestone and its status.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns the status and first description, such as <c>Expected: [en] Details of the groups</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Status}: {Description[0]}";
}
