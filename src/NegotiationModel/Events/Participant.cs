using NegotiationModel.Actors;

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
    public ParticipantRole Role { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Role)); }

    /// <summary>Gets the actor the participant represents, such as the state a delegation member speaks for, when a source says so.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public ActorId? OnBehalfOf { get; init => field = value is { } actor ? Guard.Against.Default(actor, nameof(OnBehalfOf)) : null; }

    /// <summary>
    /// Gets the third-party role the participant plays, such as <see cref="Actors.ThirdPartyRole.Guarantor"/> for Norway at a round of
    /// talks or <see cref="Actors.ThirdPartyRole.Witness"/> at a signing; <see langword="null"/> for a party or when no source says.
    /// Validation warns when it contradicts <see cref="Role"/> (NM5010).
    /// </summary>
    [AddedIn(1, 1)]
    public ThirdPartyRole? ThirdPartyRole { get; init => field = value is { } role ? Guard.Against.UndefinedEnum(role, nameof(ThirdPartyRole)) : null; }

    /// <summary>
    /// Returns the third-party role the participant plays: <see cref="ThirdPartyRole"/> when set, else the one format 1.0's
    /// <see cref="Role"/> implies (<see cref="ParticipantRole.Mediator"/> a mediator, <see cref="ParticipantRole.Observer"/>
    /// an observer), else <see langword="null"/>.
    /// </summary>
    /// <returns>The third-party role, or <see langword="null"/> for a participant that plays none.</returns>
    public ThirdPartyRole? ImpliedThirdPartyRole() => ThirdPartyRole ?? Role switch
    {
        ParticipantRole.Mediator => Actors.ThirdPartyRole.Mediator,
        ParticipantRole.Observer => Actors.ThirdPartyRole.Observer,
        _ => null,
    };

    /// <summary>Returns the actor and role, such as <c>witkoff (DelegationMember, on behalf of united-states)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => OnBehalfOf is { } principal ? $"{Actor} ({Role}, on behalf of {principal})" : $"{Actor} ({Role})";
}
