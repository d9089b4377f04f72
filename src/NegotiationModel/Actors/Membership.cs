using NegotiationModel.Sources;

namespace NegotiationModel.Actors;

/// <summary>
/// A role an actor holds, in or for an organisation or state, over a period (Popolo <c>Membership</c>):
/// Yuri Ushakov as aide to the President of Russia; Donald Trump as President of the United States.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that the period is in order and
/// within the actor's known existence, and that the referenced actors exist.</para>
/// </remarks>
public sealed record Membership : ExtensibleObject
{
    /// <summary>Gets the role held, in one or more languages, such as "Aide to the President".</summary>
    public ValueList<LocalizedText> Role { get; init; }

    /// <summary>Gets the organisation or state the role is in, when the record holds it.</summary>
    public ActorId? Organisation { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Organisation)); }

    /// <summary>Gets whom the holder acts for in the role, when it differs from <see cref="Organisation"/>.</summary>
    public ActorId? OnBehalfOf { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(OnBehalfOf)); }

    /// <summary>
    /// Gets the third-party role the holder plays in the organisation, such as Norway as <see cref="Actors.ThirdPartyRole.Guarantor"/>
    /// of the talks it is a member of; <see langword="null"/> for a party or when the role is only described in <see cref="Role"/>.
    /// </summary>
    [AddedIn(1, 1)]
    public ThirdPartyRole? ThirdPartyRole { get; init => field = value is { } role ? Guard.Against.UndefinedEnum(role, nameof(ThirdPartyRole)) : null; }

    /// <summary>Gets when the role began, as precisely as known.</summary>
    public When? Start { get; init; }

    /// <summary>Gets when the role ended, as precisely as known; <see langword="null"/> while it continues or when unknown.</summary>
    public When? End { get; init; }

    /// <summary>Gets the citations that attribute the role.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns the role and organisation, such as <c>Aide to the President (russia)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
    {
        var role = Role.IsEmpty ? "(role)" : Role[0].Text;
        return Organisation is { } organisation ? $"{role} ({organisation})" : role;
    }
}
