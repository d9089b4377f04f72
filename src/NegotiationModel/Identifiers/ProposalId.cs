namespace NegotiationModel.Identifiers;

/// <summary>Identifies a proposal: a peace plan, roadmap, draft agreement or counter-proposal within a record.</summary>
[EntityId(EntityKind.Proposal)]
public readonly partial record struct ProposalId;
