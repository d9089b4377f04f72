using NegotiationModel.Sources;

namespace NegotiationModel;

/// <summary>
/// One entry of a status history: the status something entered, when, who made the change and what caused it, according
/// to which sources.
/// </summary>
/// <typeparam name="TStatus">The status enum, such as a proposal's status.</typeparam>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that a history is in order and its transitions are legal (<see cref="StatusTransitions{TStatus}"/>).</para>
/// </remarks>
public sealed record StatusChange<TStatus> : ExtensibleObject
    where TStatus : struct, Enum
{
    /// <summary>Initializes a new status change.</summary>
    /// <param name="status">The status entered.</param>
    /// <param name="when">When the status was entered, as precisely as it is known.</param>
    /// <exception cref="ArgumentException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="when"/> is null.</exception>
    public StatusChange(TStatus status, When when)
    {
        Status = status;
        When = when;
    }

    /// <summary>Gets the status entered.</summary>
    public TStatus Status
    {
        get;
        init => field = Guard.Against.Invalid(value, !Enum.IsDefined(value), nameof(Status), $"{value} is not a defined {typeof(TStatus).Name}.");
    }

    /// <summary>Gets when the status was entered.</summary>
    public When When { get; init => field = Guard.Against.Null(value, nameof(When)); }

    /// <summary>
    /// Gets the actors that made the change, as its sources name them: the parties that accepted a text, the legislature
    /// that ratified it. Empty when the sources name none.
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Actors { get; init; }

    /// <summary>
    /// Gets what caused the change, if it was something the record holds: the vote whose result rejected a proposal, the
    /// event at which it was signed, the statement that withdrew it.
    /// </summary>
    [AddedIn(1, 1)]
    public EntityReference? Cause { get; init => field = value is { } cause ? Guard.Against.Default(cause, nameof(Cause)) : null; }

    /// <summary>Gets the citations that attribute the change.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Gets a note on the change.</summary>
    public string? Notes { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Notes)); }

    /// <summary>Returns the status and when, such as <c>Tabled at 2025-12-28</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Status} at {When}";
}
