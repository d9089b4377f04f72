namespace NegotiationModel.Proposals;

/// <summary>Land and property: land reform, restitution of property, dispute mechanisms and pastoralist rights.</summary>
/// <remarks>
/// <para>Maps onto PA-X land, property and environment: land reform and rights, pastoralist and nomadic rights (LaRef, LaNom). Category <see cref="ProvisionCategory.Land"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record LandAndPropertyProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Land)
{
    /// <summary>Gets who is to decide claims or carry out the reform, such as a property commission.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> DecidedBy { get; init; }

    /// <summary>Gets the measures, such as restitution, compensation or land transfers.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
