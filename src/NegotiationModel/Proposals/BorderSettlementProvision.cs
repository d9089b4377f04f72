namespace NegotiationModel.Proposals;

/// <summary>The settlement of final borders, or its deferral to later negotiation.</summary>
/// <remarks>
/// <para>Maps onto PA-X territory: borders and boundary demarcation. Category <see cref="ProvisionCategory.Territory"/>. It records what a proposal says about borders, never a border as a fact.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record BorderSettlementProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Territory)
{
    /// <summary>Gets a value indicating whether final borders are left to later negotiation.</summary>
    public bool Deferred { get; init; }

    /// <summary>Gets the parties that are to settle the borders.</summary>
    public ValueList<ActorId> Parties { get; init; }
}
