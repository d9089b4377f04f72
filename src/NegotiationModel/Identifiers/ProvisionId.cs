namespace NegotiationModel.Identifiers;

/// <summary>Identifies a provision of a proposal, unique across the record.</summary>
[EntityId(EntityKind.Provision)]
public readonly partial record struct ProvisionId;
