namespace NegotiationModel.Proposals;

/// <summary>A permanent end of hostilities between the parties, as distinct from a ceasefire.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: ceasefire provisions (permanent ceasefire, end of hostilities). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record EndOfHostilitiesProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the parties that are to end hostilities.</summary>
    public ValueList<ActorId> Parties { get; init; }
}
