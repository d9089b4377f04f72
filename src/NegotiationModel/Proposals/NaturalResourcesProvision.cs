namespace NegotiationModel.Proposals;

/// <summary>Natural resources and the sharing of their revenues: which resources, shared between whom, managed by whom.</summary>
/// <remarks>
/// <para>Maps onto PA-X socio-economic reconstruction: natural resources (NatRes); power sharing: economic power-sharing (Eps). Category <see cref="ProvisionCategory.Economic"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record NaturalResourcesProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Economic)
{
    /// <summary>Gets the resources or revenues concerned, such as oil revenues or fishing rights.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Resources { get; init; }

    /// <summary>Gets who is to share the resources or their revenues.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> SharedBetween { get; init; }

    /// <summary>Gets who is to manage them, such as a joint commission.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> ManagedBy { get; init; }
}
