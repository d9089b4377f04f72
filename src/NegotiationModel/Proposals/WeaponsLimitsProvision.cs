using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>Limits on the kinds or numbers of weapons an actor may hold or deploy.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: armed forces, arms control and ceasefire provisions. Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record WeaponsLimitsProvision : Provision
{
    /// <summary>Initializes a new provision.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public WeaponsLimitsProvision(ProvisionId id)
        : base(id, ProvisionCategory.Security)
    {
    }

    /// <summary>Gets the limits, as the proposal words them, such as a ban on a type of missile.</summary>
    public ValueList<LocalizedText> Limits { get; init; }

    /// <summary>Gets the actors the limits bind.</summary>
    public ValueList<ActorId> AppliesTo { get; init; }
}
