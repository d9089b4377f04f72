namespace NegotiationModel.Identifiers;

/// <summary>Identifies a territory: a state, region or other area within a record.</summary>
[EntityId(EntityKind.Territory)]
public readonly partial record struct TerritoryId;
