using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Kinds;
using NegotiationModel.Utility;

namespace NegotiationModel.WorkingGroups;

/// <summary>An actor's membership of a working group, with its role (the Popolo membership).</summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record WorkingGroupMember : ExtensibleObject
{
    /// <summary>Initializes a new membership.</summary>
    /// <param name="actor">The member; not the default value.</param>
    /// <param name="role">The part the member plays in the group.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default value or <paramref name="role"/> is undefined.</exception>
    public WorkingGroupMember(ActorId actor, WorkingGroupRole role)
    {
        Actor = actor;
        Role = role;
    }

    /// <summary>Gets the member.</summary>
    public ActorId Actor { get; init => field = Guard.Against.Default(value, nameof(Actor)); }

    /// <summary>Gets the part the member plays in the group.</summary>
    public WorkingGroupRole Role { get; init => field = Guard.Against.EnumOutOfRange(value, nameof(Role)); }

    /// <summary>Gets the actor the member represents in the group, such as the state an envoy speaks for, when a source says so.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    [AddedIn(1, 1)]
    public ActorId? OnBehalfOf { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(OnBehalfOf)); }

    /// <summary>Returns the member and role, such as <c>russia (Member)</c> or <c>kuchma (Member, on behalf of ukraine)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => OnBehalfOf is { } principal ? $"{Actor} ({Role}, on behalf of {principal})" : $"{Actor} ({Role})";
}
