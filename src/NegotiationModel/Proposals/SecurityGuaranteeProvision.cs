namespace NegotiationModel.Proposals;

/// <summary>Security guarantees given to a party by third parties or by the other side.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: security guarantees (and third parties in the guarantor role). Category <see cref="ProvisionCategory.Security"/>. The guarantees themselves, with their beneficiaries and obligations, are <see cref="NegotiationModel.Guarantees.Guarantee"/> entities.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record SecurityGuaranteeProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the proposed guarantors, such as the United States, Russia and possibly Turkey, France and Germany.</summary>
    public ValueList<ActorId> Guarantors { get; init; }

    /// <summary>Gets the guarantees that give the provision effect.</summary>
    public ValueList<GuaranteeId> Guarantees { get; init; }
}
