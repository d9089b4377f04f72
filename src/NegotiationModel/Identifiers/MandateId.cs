namespace NegotiationModel.Identifiers;

/// <summary>Identifies a mandate: who gave whom a task, by which instrument, for which term, within a record.</summary>
[EntityId(EntityKind.Mandate)]
public readonly partial record struct MandateId;
