namespace NegotiationModel.Identifiers;

/// <summary>Identifies a territorial claim within a record.</summary>
[EntityId(EntityKind.TerritorialClaim)]
public readonly partial record struct TerritorialClaimId;
