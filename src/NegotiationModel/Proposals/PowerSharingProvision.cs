namespace NegotiationModel.Proposals;

/// <summary>Political power-sharing: which parties or communities are to share power, in which institutions and with which safeguards.</summary>
/// <remarks>
/// <para>Maps onto PA-X power sharing: political power-sharing (Polps: state and sub-state level, executive coalition, proportionality, veto, segmental autonomy, international involvement). Category <see cref="ProvisionCategory.PowerSharing"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record PowerSharingProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.PowerSharing)
{
    /// <summary>Gets the parties or communities that are to share power.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Parties { get; init; }

    /// <summary>Gets the institutions shared, such as an executive formed in proportion to the parties' seats.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Institutions { get; init; }

    /// <summary>Gets the safeguards, such as cross-community votes, vetoes or proportional appointments.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Safeguards { get; init; }
}
