namespace NegotiationModel.Identifiers;

/// <summary>Identifies a guarantee: security, financial, implementation or monitoring within a record.</summary>
[EntityId(EntityKind.Guarantee)]
public readonly partial record struct GuaranteeId;
