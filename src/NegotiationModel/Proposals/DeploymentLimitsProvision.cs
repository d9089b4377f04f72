namespace NegotiationModel.Proposals;

/// <summary>Limits on where and how many forces may be deployed.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: armed forces and ceasefire provisions (restrictions on deployment). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record DeploymentLimitsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the limits, as the proposal words them.</summary>
    public ValueList<LocalizedText> Limits { get; init; }

    /// <summary>Gets the actors the limits bind.</summary>
    public ValueList<ActorId> AppliesTo { get; init; }

    /// <summary>Gets how many troops (or other forces) may be deployed, such as up to 30,000 troops (<c>new Quantity(30000, "{troop}") { Comparator = QuantityComparator.AtMost }</c>); <see langword="null"/> when not stated.</summary>
    [AddedIn(1, 1)]
    public Quantity? Strength { get; init; }

    /// <summary>Gets how far the forces are to be kept from a line or place, such as at least 30 km; <see langword="null"/> when not stated.</summary>
    [AddedIn(1, 1)]
    public Quantity? Distance { get; init; }
}
