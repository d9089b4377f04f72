namespace NegotiationModel.Proposals;

/// <summary>Restoring socio-economic ties with territories cut off by a conflict: social transfers, banking, utilities, taxation.</summary>
/// <remarks>
/// <para>Maps onto PA-X socio-economic reconstruction: development and reconstruction, banks, taxation (Dev, Ban, Tax). Category <see cref="ProvisionCategory.Economic"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record SocioEconomicReconnectionProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Economic)
{
    /// <summary>Gets who is to restore the ties, such as a state reinstating its banking system in the territories.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> RestoredBy { get; init; }

    /// <summary>Gets who is to help, such as an international mechanism for transfers.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> FacilitatedBy { get; init; }

    /// <summary>Gets which ties are to be restored, such as pension payments, utility payments or banking services.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Ties { get; init; }
}
