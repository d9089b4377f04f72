namespace NegotiationModel.Identifiers;

/// <summary>Identifies an agreed agenda of talks within a record.</summary>
[EntityId(EntityKind.Agenda)]
public readonly partial record struct AgendaId;
