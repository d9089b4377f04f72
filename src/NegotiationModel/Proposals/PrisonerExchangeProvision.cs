namespace NegotiationModel.Proposals;

/// <summary>An exchange or release of prisoners of war, detainees or civilians.</summary>
/// <remarks>
/// <para>Maps onto PA-X transitional justice: prisoner release. Category <see cref="ProvisionCategory.Humanitarian"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record PrisonerExchangeProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Humanitarian)
{
    /// <summary>Gets the parties that are to exchange or release prisoners.</summary>
    public ValueList<ActorId> Parties { get; init; }

    /// <summary>Gets the terms, such as "all for all" or a number of prisoners.</summary>
    public ValueList<LocalizedText> Terms { get; init; }
}
