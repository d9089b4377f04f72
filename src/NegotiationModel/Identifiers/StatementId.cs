namespace NegotiationModel.Identifiers;

/// <summary>Identifies a statement made by one or more actors within a record.</summary>
[EntityId(EntityKind.Statement)]
public readonly partial record struct StatementId;
