namespace NegotiationModel.Proposals;

/// <summary>Policing: police services to be created or reformed, who oversees them and what changes.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: police (SsrPol). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record PoliceProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the police services to be created, reformed or disbanded.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Services { get; init; }

    /// <summary>Gets who is to oversee them or the reform, such as an independent commission or a policing board.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> OverseenBy { get; init; }

    /// <summary>Gets what is to change, such as recruitment, accountability or local police units.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
