namespace NegotiationModel.Identifiers;

/// <summary>Identifies a source: a news report, transcript, post or other document facts are taken from within a record.</summary>
[EntityId(EntityKind.Source)]
public readonly partial record struct SourceId;
