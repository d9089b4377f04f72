namespace NegotiationModel.Proposals;

/// <summary>Military power-sharing: forces to be merged or placed under a joint command.</summary>
/// <remarks>
/// <para>Maps onto PA-X power sharing: military power-sharing (Mps: merger of forces, joint command, proportionality). Category <see cref="ProvisionCategory.PowerSharing"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record MilitaryIntegrationProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.PowerSharing)
{
    /// <summary>Gets the forces that are to be merged or placed under a joint command.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Forces { get; init; }

    /// <summary>Gets the force they are to form or join, when the record has it as an actor.</summary>
    [AddedIn(1, 1)]
    public ActorId? Into { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Into)); }

    /// <summary>Gets how, such as a joint command structure or proportional ranks.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Arrangements { get; init; }
}
