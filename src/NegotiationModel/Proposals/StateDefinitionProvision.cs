namespace NegotiationModel.Proposals;

/// <summary>The definition of a state: its nature, configuration, self-determination, symbols, independence or unification.</summary>
/// <remarks>
/// <para>Maps onto PA-X state definition (StDef: nature of the state, state configuration, self-determination, state symbols, independence and secession, accession and unification). Category <see cref="ProvisionCategory.Territory"/>. It records what a proposal says about a state, never a contested status as a fact.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record StateDefinitionProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Territory)
{
    /// <summary>Gets the state concerned.</summary>
    [AddedIn(1, 1)]
    public ActorId? State { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(State)); }

    /// <summary>Gets what the proposal says, such as the principle of consent on a change of status.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Definition { get; init; }
}
