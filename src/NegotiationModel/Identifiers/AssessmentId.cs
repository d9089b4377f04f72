namespace NegotiationModel.Identifiers;

/// <summary>Identifies an assessment: an interpretation, scenario or forecast within a record.</summary>
[EntityId(EntityKind.Assessment)]
public readonly partial record struct AssessmentId;
