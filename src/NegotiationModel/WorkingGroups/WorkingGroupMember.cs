using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;

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

    /// <summary>Returns the member and role, such as <c>russia (Member)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Actor} ({Role})";
}
