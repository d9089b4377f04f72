namespace NegotiationModel.Proposals;

/// <summary>Action against corruption, organised crime, drugs or terrorism.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: corruption, crime and organised crime, drugs, terrorism (Cor, SsrCrOcr, SsrDrugs, Terr). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record CrimeAndCorruptionProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets who is to act.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Parties { get; init; }

    /// <summary>Gets the offences concerned, such as corruption or drug trafficking.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Offences { get; init; }

    /// <summary>Gets what is to be done, such as joint investigations.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Measures { get; init; }
}
