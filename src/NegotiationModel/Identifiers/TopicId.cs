namespace NegotiationModel.Identifiers;

/// <summary>Identifies a topic of the controlled vocabulary within a record.</summary>
[EntityId(EntityKind.Topic)]
public readonly partial record struct TopicId;
