namespace NegotiationModel.Proposals;

/// <summary>A demilitarised zone: where forces and weapons may not be, what it covers, who monitors it, how and at whose cost.</summary>
/// <remarks>
/// <para>Maps onto PA-X security sector: ceasefire provisions (demilitarised and separation zones), with monitoring under implementation. Category <see cref="ProvisionCategory.Security"/>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <param name="Id">The provision's identifier in the record; not the default value.</param>
public sealed record DemilitarisedZoneProvision(ProvisionId Id) : Provision(Id, ProvisionCategory.Security)
{
    /// <summary>Gets the zone's width, such as at least 50 km (<c>new Quantity(50, "km") { Comparator = QuantityComparator.AtLeast }</c>); <see langword="null"/> when not stated.</summary>
    [AddedIn(1, 1)]
    public Quantity? Width { get; init; }

    /// <summary>Gets what the zone covers, such as transport hubs, bridges, city surroundings and critical infrastructure like nuclear plants.</summary>
    public ValueList<LocalizedText> Features { get; init; }

    /// <summary>Gets the candidate monitors, such as the UN or the OSCE: the proposal may name alternatives rather than all of them together (say which in <see cref="Provision.Summary"/>).</summary>
    public ValueList<ActorId> Monitors { get; init; }

    /// <summary>Gets how the zone is to be monitored, such as patrols and drones, or civilian monitors with small armed escorts.</summary>
    public ValueList<MonitoringMethod> MonitoringMethods { get; init; }

    /// <summary>Gets who pays for the zone and its monitoring; empty when that is not said or is an open question (see <see cref="Provision.OpenQuestions"/>).</summary>
    public ValueList<ActorId> FundedBy { get; init; }
}
