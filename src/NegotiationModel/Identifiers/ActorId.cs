namespace NegotiationModel.Identifiers;

/// <summary>Identifies an actor: a person, state, organisation, faction or media outlet within a record.</summary>
[EntityId(EntityKind.Actor)]
public readonly partial record struct ActorId;
