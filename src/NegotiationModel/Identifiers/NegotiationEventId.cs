namespace NegotiationModel.Identifiers;

/// <summary>Identifies an event: a meeting, call, press conference, negotiation round or announcement within a record.</summary>
[EntityId(EntityKind.NegotiationEvent)]
public readonly partial record struct NegotiationEventId;
