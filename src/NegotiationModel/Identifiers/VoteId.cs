namespace NegotiationModel.Identifiers;

/// <summary>Identifies a vote: a referendum, a plebiscite or a vote of a legislature or one of its chambers within a record.</summary>
[EntityId(EntityKind.Vote)]
public readonly partial record struct VoteId;
