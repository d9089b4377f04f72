using NegotiationModel.Actors;

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
    public WorkingGroupRole Role { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Role)); }

    /// <summary>Gets the actor the member represents in the group, such as the state an envoy speaks for, when a source says so.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    [AddedIn(1, 1)]
    public ActorId? OnBehalfOf { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(OnBehalfOf)); }

    /// <summary>
    /// Gets the third-party role the member plays in the group, such as <see cref="Actors.ThirdPartyRole.Verifier"/> for the United
    /// Nations in a tripartite monitoring mechanism or <see cref="Actors.ThirdPartyRole.Guarantor"/> for Cuba at the table;
    /// <see langword="null"/> for a party or when no source says. Validation warns when it contradicts <see cref="Role"/> (NM5010).
    /// </summary>
    [AddedIn(1, 1)]
    public ThirdPartyRole? ThirdPartyRole { get; init => field = value is { } role ? Guard.Against.UndefinedEnum(role, nameof(ThirdPartyRole)) : null; }

    /// <summary>
    /// Returns the third-party role the member plays: <see cref="ThirdPartyRole"/> when set, else an observer for format 1.0's
    /// <see cref="WorkingGroupRole.Observer"/>, else <see langword="null"/>.
    /// </summary>
    /// <returns>The third-party role, or <see langword="null"/> for a member that plays none.</returns>
    public ThirdPartyRole? ImpliedThirdPartyRole() => ThirdPartyRole ?? (Role == WorkingGroupRole.Observer ? Actors.ThirdPartyRole.Observer : null);

    /// <summary>Returns the member and role, such as <c>russia (Member)</c> or <c>kuchma (Member, on behalf of ukraine)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => OnBehalfOf is { } principal ? $"{Actor} ({Role}, on behalf of {principal})" : $"{Actor} ({Role})";
}
