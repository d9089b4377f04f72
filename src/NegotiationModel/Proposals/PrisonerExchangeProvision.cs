using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>An exchange or release of prisoners of war, detainees or civilians.</summary>
/// <remarks>
/// <para>Maps onto PA-X transitional justice: prisoner release. Category <see cref="ProvisionCategory.Humanitarian"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PrisonerExchangeProvision : Provision
{
    /// <summary>Initializes a new provision.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public PrisonerExchangeProvision(ProvisionId id)
        : base(id, ProvisionCategory.Humanitarian)
    {
    }

    /// <summary>Gets the parties that are to exchange or release prisoners.</summary>
    public ValueList<ActorId> Parties { get; init; }

    /// <summary>Gets the terms, such as "all for all" or a number of prisoners.</summary>
    public ValueList<LocalizedText> Terms { get; init; }
}
