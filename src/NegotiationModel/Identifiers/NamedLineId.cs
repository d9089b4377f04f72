namespace NegotiationModel.Identifiers;

/// <summary>Identifies a named line, such as a line of contact within a record.</summary>
[EntityId(EntityKind.NamedLine)]
public readonly partial record struct NamedLineId;
