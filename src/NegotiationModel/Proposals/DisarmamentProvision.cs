namespace NegotiationModel.Proposals;

/// <summary>Disarmament, demobilisation and reintegration (DDR), including the decommissioning of weapons: who disarms, what, overseen by whom.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: DDR, demilitarisation and DDR programmes (SsrDdr), rebel, opposition and para-statal forces (SsrPsf). Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
[AddedIn(1, 1)]
public sealed record DisarmamentProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the armed groups or forces that are to disarm, demobilise or decommission their weapons.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> Groups { get; init; }

    /// <summary>Gets who is to oversee or verify it, such as an independent decommissioning commission.</summary>
    [AddedIn(1, 1)]
    public ValueList<ActorId> OverseenBy { get; init; }

    /// <summary>Gets what is to be disarmed or put beyond use, such as "all illegal armed groups" or arms dumps.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Weapons { get; init; }

    /// <summary>Gets what is to become of the members, such as demobilisation and reintegration programmes.</summary>
    [AddedIn(1, 1)]
    public ValueList<LocalizedText> Reintegration { get; init; }
}
