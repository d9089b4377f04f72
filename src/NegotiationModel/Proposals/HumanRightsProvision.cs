namespace NegotiationModel.Proposals;

/// <summary>Human rights and equality: the rights and freedoms provided, the instruments incorporated and the institutions that protect them.</summary>
/// <remarks>
/// <para>Maps onto PA-X human rights and equality (HrGen, EqGen, HrDem, Prot, HrFra, HrCp, HrSec, HrNi, HrIi, HrDet, Med, HrCit). Category <see cref="ProvisionCategory.HumanRights"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record HumanRightsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.HumanRights)
{
    /// <summary>Gets the rights, freedoms or equality measures provided, such as freedom of movement or equal citizenship.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Rights { get; init; }

    /// <summary>Gets the treaties or bills of rights to be incorporated, such as the European Convention on Human Rights.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Instruments { get; init; }

    /// <summary>Gets the national, regional or international institutions that are to protect or monitor the rights.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Institutions { get; init; }
}
