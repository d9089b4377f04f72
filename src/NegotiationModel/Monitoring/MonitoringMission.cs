using NegotiationModel.Proposals;

namespace NegotiationModel.Monitoring;

/// <summary>
/// A mission that monitors or verifies compliance, such as the OSCE Special Monitoring Mission to Ukraine or the
/// Independent International Commission on Decommissioning: who conducts it, what it monitors and where, by which means,
/// which provisions mandate it, its mandate period and status, and the claims about who pays for it. Monitoring is its own
/// concept, apart from guarantees: a monitor reports on compliance, it does not stand behind it.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record MonitoringMission : RecordEntity<MonitoringMissionId>
{
    /// <summary>Initializes a new monitoring mission.</summary>
    /// <param name="id">The mission's identifier in the record; not the default value.</param>
    /// <param name="names">The mission's names in every language, at least one, such as "OSCE Special Monitoring Mission to Ukraine" and "SMM".</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="names"/> is empty.</exception>
    public MonitoringMission(MonitoringMissionId id, ValueList<LocalizedName> names)
        : base(id)
    {
        Names = names;
    }

    /// <summary>Gets the mission's names: primary names, abbreviations and transliterations in every language.</summary>
    [FoundByName]
    public ValueList<LocalizedName> Names { get; init => field = Guard.Against.EmptyList(value, nameof(Names), "A monitoring mission needs at least one name."); }

    /// <summary>Gets who conducts the monitoring: the organisation that deploys the mission, such as the OSCE, or a commission's members.</summary>
    public ValueList<ActorId> ConductedBy { get; init; }

    /// <summary>
    /// Gets the body with members that carries the mission out, a working group of kind <see cref="WorkingGroups.WorkingGroupKind.Mechanism"/>
    /// such as the tripartite mechanism of the United Nations, the government and the FARC-EP: its members, their roles and its
    /// competences are said once, on the group, and a guarantee it carries out names the same group. Validation warns when
    /// <see cref="ConductedBy"/> names an actor that is not among the mechanism's members (NM5011).
    /// </summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    [AddedIn(1, 1)]
    public WorkingGroupId? Mechanism { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Mechanism)); }

    /// <summary>Gets who set the mission up or gave it its mandate, such as the British and Irish governments for the decommissioning commission.</summary>
    public ValueList<ActorId> EstablishedBy { get; init; }

    /// <summary>Gets the provisions that mandate or task the mission, such as the points of an agreement that call for monitoring by the OSCE.</summary>
    public ValueList<ProvisionId> MandatedBy { get; init; }

    /// <summary>Gets what the mission monitors or verifies: provisions (a ceasefire, a demilitarised zone), lines, territories, phases.</summary>
    public ValueList<EntityReference> Monitors { get; init; }

    /// <summary>Gets where the mission operates or is based, each a place with the territory it lies in where the record holds it.</summary>
    public ValueList<Place> Locations { get; init; }

    /// <summary>Gets the means the mission monitors by, such as patrols, unmanned aircraft, satellite imagery or radar.</summary>
    public ValueList<MonitoringMethod> Methods { get; init; }

    /// <summary>Gets how many monitors the mission has or may have, such as up to 500 (<c>new Quantity(500, "{monitor}") { Comparator = QuantityComparator.AtMost }</c>); <see langword="null"/> when not stated.</summary>
    public Quantity? Strength { get; init; }

    /// <summary>Gets what the mission is mandated to do, in every language it is recorded in.</summary>
    public ValueList<LocalizedText> Mandate { get; init; }

    /// <summary>Gets when the mandate began, as precisely as known.</summary>
    [Dates(SpanEnd.From)]
    public When? MandateStart { get; init; }

    /// <summary>Gets when the mandate ended or is to end, as precisely as known; <see langword="null"/> when open or unknown.</summary>
    [Dates(SpanEnd.Until)]
    public When? MandateEnd { get; init; }

    /// <summary>Gets the mission's status over time: proposed, mandated, deployed…; each change cites its sources.</summary>
    [Dates]
    public ValueList<StatusChange<MonitoringMissionStatus>> StatusHistory { get; init; }

    /// <summary>Gets the claims about who pays for the mission, each attributed to who made it; empty when no source says.</summary>
    public ValueList<FundingClaim> Funding { get; init; }

    /// <summary>Returns the identifier and the first name, such as <c>osce-smm (OSCE Special Monitoring Mission to Ukraine)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Names[0].Text})";
}
