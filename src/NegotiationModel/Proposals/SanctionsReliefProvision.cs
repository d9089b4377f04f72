namespace NegotiationModel.Proposals;

/// <summary>Relief from sanctions: who lifts which measures, for whom.</summary>
/// <remarks>
/// <para>Maps onto PA-X: socio-economic provisions and implementation (sanctions as inducement); its category is <see cref="ProvisionCategory.Economic"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record SanctionsReliefProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Economic)
{
    /// <summary>Gets who imposed the sanctions and is to lift or ease them.</summary>
    public ValueList<ActorId> ImposedBy { get; init; }

    /// <summary>Gets who the sanctions target.</summary>
    public ValueList<ActorId> Targets { get; init; }

    /// <summary>Gets which measures are to be lifted or eased, and in what steps.</summary>
    public ValueList<LocalizedText> Measures { get; init; }
}
