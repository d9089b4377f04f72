using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>A permanent end of hostilities between the parties, as distinct from a ceasefire.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: ceasefire provisions (permanent ceasefire, end of hostilities). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record EndOfHostilitiesProvision : Provision
{
    /// <summary>Initializes a new provision.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public EndOfHostilitiesProvision(ProvisionId id)
        : base(id, ProvisionCategory.Security)
    {
    }

    /// <summary>Gets the parties that are to end hostilities.</summary>
    public ValueList<ActorId> Parties { get; init; }
}
