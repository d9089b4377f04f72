namespace NegotiationModel.Proposals;

/// <summary>A special status, self-government or autonomy for territories within a state: which territories (see <see cref="Provision.Territories"/>), within which state and with which powers.</summary>
/// <remarks>
/// <para>Maps onto PA-X power sharing: territorial power-sharing, autonomy (TpsAut); also state definition (state configuration). Category <see cref="ProvisionCategory.PowerSharing"/>. It records what a proposal says the status is to be, never the status of a territory as a fact.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record SpecialStatusProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.PowerSharing)
{
    /// <summary>Gets the state within which the territories are to have the status.</summary>
    [AddedIn(1, 1)]
    public ActorId? State { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(State)); }

    /// <summary>Gets the powers or rights the status gives, such as linguistic self-determination or a say in appointing prosecutors and judges.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Powers { get; init; }

    /// <summary>Gets the actors the status is to be agreed with, such as representatives of the territories.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> AgreedWith { get; init; }
}
