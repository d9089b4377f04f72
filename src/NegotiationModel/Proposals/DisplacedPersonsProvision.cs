namespace NegotiationModel.Proposals;

/// <summary>Refugees and internally displaced persons: their return, resettlement and rights.</summary>
/// <remarks>
/// <para>Maps onto PA-X groups: refugees and displaced persons (GRef). Category <see cref="ProvisionCategory.Humanitarian"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record DisplacedPersonsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Humanitarian)
{
    /// <summary>Gets the parties responsible for the return or resettlement.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> ResponsibleParties { get; init; }

    /// <summary>Gets who is to assist, such as UNHCR.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> AssistedBy { get; init; }

    /// <summary>Gets the rights or terms, such as voluntary return in safety and dignity or recovery of property.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Rights { get; init; }
}
