using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>Limits on where and how many forces may be deployed.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: armed forces and ceasefire provisions (restrictions on deployment). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record DeploymentLimitsProvision : Provision
{
    /// <summary>Initializes a new provision.</summary>
    /// <param name="id">The provision's identifier in the record; not the default value.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public DeploymentLimitsProvision(ProvisionId id)
        : base(id, ProvisionCategory.Security)
    {
    }

    /// <summary>Gets the limits, as the proposal words them.</summary>
    public ValueList<LocalizedText> Limits { get; init; }

    /// <summary>Gets the actors the limits bind.</summary>
    public ValueList<ActorId> AppliesTo { get; init; }
}
