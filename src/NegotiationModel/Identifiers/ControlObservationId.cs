namespace NegotiationModel.Identifiers;

/// <summary>Identifies an observation of who controls a territory at some time within a record.</summary>
[EntityId(EntityKind.ControlObservation)]
public readonly partial record struct ControlObservationId;
