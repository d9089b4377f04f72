namespace NegotiationModel.Identifiers;

/// <summary>Identifies a working group set up within the negotiation.</summary>
[EntityId(EntityKind.WorkingGroup)]
public readonly partial record struct WorkingGroupId;
