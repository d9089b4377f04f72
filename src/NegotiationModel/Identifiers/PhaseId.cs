namespace NegotiationModel.Identifiers;

/// <summary>Identifies a phase of a proposal, unique across the record.</summary>
[EntityId(EntityKind.Phase)]
public readonly partial record struct PhaseId;
