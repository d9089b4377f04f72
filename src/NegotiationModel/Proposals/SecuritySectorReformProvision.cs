namespace NegotiationModel.Proposals;

/// <summary>A reform of armed forces or intelligence services.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: armed forces and intelligence services (SsrArm, SsrInt). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record SecuritySectorReformProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the armed forces or intelligence services to be reformed.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Institutions { get; init; }

    /// <summary>Gets who is to oversee them or the reform.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> OverseenBy { get; init; }

    /// <summary>Gets what is to change, such as civilian control or reductions.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
