namespace NegotiationModel.Proposals;

/// <summary>Elections: of what, where and when, as the proposal says.</summary>
/// <remarks>
/// <para>Maps onto PA-X governance: elections and electoral commissions. Category <see cref="ProvisionCategory.Governance"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record ElectionsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Governance)
{
    /// <summary>Gets the state that is to hold the elections.</summary>
    public ActorId? State { get; init => field = value is { } state ? Guard.Against.Default(state, nameof(State)) : null; }

    /// <summary>Gets when the elections are to be held, as the proposal words it, such as "within 100 days of a ceasefire".</summary>
    public ValueList<LocalizedText> Timing { get; init; }
}
