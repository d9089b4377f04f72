namespace NegotiationModel.Identifiers;

/// <summary>Identifies an item of an agenda within a record, such as point 1 of the six points of the Havana agenda.</summary>
[EntityId(EntityKind.AgendaItem)]
public readonly partial record struct AgendaItemId;
