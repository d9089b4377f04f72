namespace NegotiationModel.Identifiers;

/// <summary>Identifies a monitoring or verification mission, such as the OSCE Special Monitoring Mission, within a record.</summary>
[EntityId(EntityKind.MonitoringMission)]
public readonly partial record struct MonitoringMissionId;
