namespace NegotiationModel.Proposals;

/// <summary>Control of a border, such as a state's restoring control of its border in a conflict area; not the settlement of where a border runs (see <see cref="BorderSettlementProvision"/>).</summary>
/// <remarks>
/// <para>Maps onto PA-X state definition: cross-border provisions (StXbor). Category <see cref="ProvisionCategory.Territory"/>. It records what a proposal says about control of a border, never who controls it (see <see cref="NegotiationModel.Territories.ControlObservation"/>).</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record BorderControlProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Territory)
{
    /// <summary>Gets who is to control the border.</summary>
    [AddedIn(1, 1)]
    public ActorId? ControlledBy { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(ControlledBy)); }

    /// <summary>Gets the border, or its section, as a named line, when the record has one.</summary>
    [AddedIn(1, 1)]
    public NamedLineId? Border { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Border)); }

    /// <summary>Gets a value indicating whether control is to be restored, as opposed to established for the first time.</summary>
    [AddedIn(1, 1)]
    public bool IsRestoration { get; init; }

    /// <summary>Gets how control is to be exercised or handed over, such as "in consultation with representatives of certain areas".</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Arrangements { get; init; }
}
