using NegotiationModel.Identifiers;

namespace NegotiationModel.Proposals;

/// <summary>Limits on the kinds or numbers of weapons an actor may hold or deploy.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: armed forces, arms control and ceasefire provisions. Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record WeaponsLimitsProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the limits, as the proposal words them, such as a ban on a type of missile.</summary>
    public ValueList<LocalizedText> Limits { get; init; }

    /// <summary>Gets the actors the limits bind.</summary>
    public ValueList<ActorId> AppliesTo { get; init; }
}
