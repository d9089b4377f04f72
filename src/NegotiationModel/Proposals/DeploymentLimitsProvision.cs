using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>Limits on where and how many forces may be deployed.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: armed forces and ceasefire provisions (restrictions on deployment). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record DeploymentLimitsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the limits, as the proposal words them.</summary>
    public ValueList<LocalizedText> Limits { get; init; }

    /// <summary>Gets the actors the limits bind.</summary>
    public ValueList<ActorId> AppliesTo { get; init; }
}
