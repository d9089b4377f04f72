namespace NegotiationModel.Proposals;

/// <summary>An interim or transitional government replacing or sharing power with the current one.</summary>
/// <remarks>
/// <para>Maps onto PA-X governance: interim arrangements and transitional power-sharing. Category <see cref="ProvisionCategory.Governance"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record TransitionalGovernmentProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Governance)
{
    /// <summary>Gets the state whose government is to be transitional.</summary>
    public ActorId? State { get; init => field = value is { } state ? Guard.Against.Default(state, nameof(State)) : null; }

    /// <summary>Gets who is to form the transitional government and on what mandate, as the proposal says.</summary>
    public ValueList<LocalizedText> Composition { get; init; }
}
