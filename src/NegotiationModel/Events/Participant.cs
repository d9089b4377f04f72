using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;

namespace NegotiationModel.Events;

/// <summary>An actor taking part in an event, with its role and whom it represents (the Popolo membership's <c>on_behalf_of</c>).</summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Participant : ExtensibleObject
{
    /// <summary>Initializes a new participant.</summary>
    /// <param name="actor">The actor taking part; not the default value.</param>
    /// <param name="role">The part the actor plays in the event.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value or <paramref name="role"/> is undefined.</exception>
    public Participant(ActorId actor, ParticipantRole role)
    {
        Actor = actor;
        Role = role;
    }

    /// <summary>Gets the actor taking part.</summary>
    public ActorId Actor { get; init => field = Guard.Against.Default(value, nameof(Actor)); }

    /// <summary>Gets the part the actor plays in the event.</summary>
    public ParticipantRole Role { get; init => field = Guard.Against.EnumOutOfRange(value, nameof(Role)); }

    /// <summary>Gets the actor the participant represents, such as the state a delegation member speaks for, when a source says so.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public ActorId? OnBehalfOf { get; init => field = value is { } actor ? Guard.Against.Default(actor, nameof(OnBehalfOf)) : null; }

    /// <summary>Returns the actor and role, such as <c>witkoff (DelegationMember, on behalf of united-states)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => OnBehalfOf is { } principal ? $"{Actor} ({Role}, on behalf of {principal})" : $"{Actor} ({Role})";
}
