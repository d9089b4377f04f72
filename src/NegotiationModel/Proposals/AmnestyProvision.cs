namespace NegotiationModel.Proposals;

/// <summary>An amnesty or pardon: who grants it, for whom and for which acts, and what it excludes.</summary>
/// <remarks>
/// <para>Maps onto PA-X transitional justice: amnesty and pardon (TjAm: amnesty proper, relief of other sanctions, power to amnesty). Category <see cref="ProvisionCategory.TransitionalJustice"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record AmnestyProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.TransitionalJustice)
{
    /// <summary>Gets who is to grant the amnesty or pardon, such as a state through a law its parliament adopts.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> GrantedBy { get; init; }

    /// <summary>Gets the actors whose members the amnesty covers, when the proposal names them.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Beneficiaries { get; init; }

    /// <summary>Gets which persons and acts the amnesty covers, as the proposal words it, such as "persons in connection with the events in certain areas".</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Covers { get; init; }

    /// <summary>Gets what the amnesty does not cover, such as war crimes or crimes against humanity.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Exclusions { get; init; }
}
