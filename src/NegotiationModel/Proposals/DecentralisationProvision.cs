namespace NegotiationModel.Proposals;

/// <summary>Decentralisation: powers a state is to devolve to regional or local authorities, such as in a federal or municipal structure.</summary>
/// <remarks>
/// <para>Maps onto PA-X power sharing: territorial power-sharing (Terps: federal or similar sub-division, local and municipal, other). Category <see cref="ProvisionCategory.PowerSharing"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record DecentralisationProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.PowerSharing)
{
    /// <summary>Gets the state that is to decentralise.</summary>
    [AddedIn(1, 1)]
    public ActorId? State { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(State)); }

    /// <summary>Gets the regional or local authorities that are to receive powers, when the proposal names them.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> DevolvedTo { get; init; }

    /// <summary>Gets the powers to be devolved, such as budgets, local policing or language policy.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Powers { get; init; }
}
