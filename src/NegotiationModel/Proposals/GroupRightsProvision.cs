namespace NegotiationModel.Proposals;

/// <summary>Provisions for groups: children and youth, persons with disabilities, the elderly, migrant workers, racial, ethnic, national or religious groups, indigenous peoples, social classes.</summary>
/// <remarks>
/// <para>Maps onto PA-X groups (GCh, GDis, GAge, GMig, GRa, GRe, GInd, GOth, GSoc: rhetorical, anti-discrimination, substantive, other). Category <see cref="ProvisionCategory.Groups"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record GroupRightsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Groups)
{
    /// <summary>Gets the groups as the proposal names them, such as national minorities.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Groups { get; init; }

    /// <summary>Gets the actors that represent the groups, when the record has them.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Representatives { get; init; }

    /// <summary>Gets the measures, such as anti-discrimination guarantees or language rights.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
