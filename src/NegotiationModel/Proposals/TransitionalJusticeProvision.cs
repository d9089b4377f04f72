namespace NegotiationModel.Proposals;

/// <summary>Transitional justice other than amnesty and prisoner release: courts, truth-seeking mechanisms, vetting, victims, reparations and reconciliation.</summary>
/// <remarks>
/// <para>Maps onto PA-X transitional justice (TjGen, TjCou, TjMech, TjVet, TjVic, TjRep, TjNR). Category <see cref="ProvisionCategory.TransitionalJustice"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record TransitionalJusticeProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.TransitionalJustice)
{
    /// <summary>Gets the courts, commissions or other bodies that are to act, when the record has them as actors.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Bodies { get; init; }

    /// <summary>Gets the measures, such as a truth commission, vetting of officials or reparations.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }

    /// <summary>Gets whom the measures are for, such as the victims of a named period of violence.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Beneficiaries { get; init; }
}
