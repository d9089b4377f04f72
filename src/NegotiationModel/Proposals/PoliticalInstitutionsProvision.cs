namespace NegotiationModel.Proposals;

/// <summary>Political institutions to be created or reformed, and the public administration.</summary>
/// <remarks>
/// <para>Maps onto PA-X governance: political institutions (Pol: general, new institutions), public administration (Pubad). Category <see cref="ProvisionCategory.Governance"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record PoliticalInstitutionsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Governance)
{
    /// <summary>Gets the state whose institutions are concerned.</summary>
    [AddedIn(1, 1)]
    public ActorId? State { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(State)); }

    /// <summary>Gets the institutions, such as a new assembly or a reformed civil service.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Institutions { get; init; }
}
