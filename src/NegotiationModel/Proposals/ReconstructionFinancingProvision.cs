namespace NegotiationModel.Proposals;

/// <summary>Financing for reconstruction: lenders, guarantors who stand behind the borrowing, an amount, a fund.</summary>
/// <remarks>
/// <para>Maps onto PA-X socio-economic reconstruction: international funding and reconstruction. Category <see cref="ProvisionCategory.Economic"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record ReconstructionFinancingProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Economic)
{
    /// <summary>Gets the lenders, such as the World Bank, the IDA and the EBRD.</summary>
    public ValueList<ActorId> Lenders { get; init; }

    /// <summary>Gets who stands behind the borrowing, such as the United States and Russia.</summary>
    public ValueList<ActorId> Guarantors { get; init; }

    /// <summary>Gets the amount, when one is named.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets the fund through which the money flows, such as a reconstruction fund, when one is named.</summary>
    public LocalizedText? Fund { get; init; }
}
