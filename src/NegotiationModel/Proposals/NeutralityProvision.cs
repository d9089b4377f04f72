namespace NegotiationModel.Proposals;

/// <summary>The neutrality or non-alignment of an actor: it stays out of the alliances named.</summary>
/// <remarks>
/// <para>Maps onto PA-X: security guarantees and state definition (external alignment); its category is <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NeutralityProvision : Provision
{
    /// <summary>Initializes a new provision.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <param name="subject">The actor that is to be neutral; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="subject"/> is the default value.</exception>
    public NeutralityProvision(ProvisionId id, ActorId subject)
        : base(id, ProvisionCategory.Security)
    {
        Subject = subject;
    }

    /// <summary>Gets the actor that is to be neutral.</summary>
    public ActorId Subject { get; init => field = Guard.Against.Default(value, nameof(Subject)); }

    /// <summary>Gets the alliances the subject is not to join, such as NATO.</summary>
    public ValueList<ActorId> ExcludedAlliances { get; init; }
}
