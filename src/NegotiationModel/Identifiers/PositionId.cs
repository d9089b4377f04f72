namespace NegotiationModel.Identifiers;

/// <summary>Identifies an actor's position on a subject within a record.</summary>
[EntityId(EntityKind.Position)]
public readonly partial record struct PositionId;
