namespace NegotiationModel.Proposals;

/// <summary>A reform of the justice sector: criminal law, emergency law, courts, prisons and traditional laws.</summary>
/// <remarks>
/// <para>Maps onto PA-X justice sector reform (JusCr, JusEm, JusJu, JusPri, JusTra). Category <see cref="ProvisionCategory.JusticeSector"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record JusticeSectorReformProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.JusticeSector)
{
    /// <summary>Gets the state whose justice sector is to be reformed.</summary>
    [AddedIn(1, 1)]
    public ActorId? State { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(State)); }

    /// <summary>Gets the courts, prosecution services or prison services concerned, when the record has them as actors.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Institutions { get; init; }

    /// <summary>Gets the reforms, such as repealing emergency legislation or reviewing criminal justice.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Reforms { get; init; }
}
