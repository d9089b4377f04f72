namespace NegotiationModel.Proposals;

/// <summary>Development and economic reconstruction: national economic plans, business, taxation and banking.</summary>
/// <remarks>
/// <para>Maps onto PA-X socio-economic reconstruction: development, national economic plan, business, taxation, banks (Dev, NEC, Bus, Tax, Ban). Category <see cref="ProvisionCategory.Economic"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record DevelopmentProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Economic)
{
    /// <summary>Gets who is to carry out the measures.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> ResponsibleParties { get; init; }

    /// <summary>Gets who is to fund them, when the proposal says.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> FundedBy { get; init; }

    /// <summary>Gets the measures, such as rebuilding infrastructure or reforming taxation.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
