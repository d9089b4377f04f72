namespace NegotiationModel.Proposals;

/// <summary>What kind of document or idea a proposal is.</summary>
public enum ProposalKind
{
    /// <summary>A plan for ending the conflict as a whole, such as a numbered list of points put forward by one side or a mediator.</summary>
    PeacePlan = 1,

    /// <summary>A sequence of phases leading to a settlement, such as a commentator's phased roadmap.</summary>
    Roadmap = 2,

    /// <summary>A draft of an agreement's text, meant to be signed once agreed.</summary>
    DraftAgreement = 3,

    /// <summary>A proposal made in answer to another, amending or replacing it.</summary>
    CounterProposal = 4,

    /// <summary>A framework: agreed principles and an agenda for later, detailed agreements.</summary>
    Framework = 5,

    /// <summary>A proposal limited to a ceasefire or truce, such as a temporary ceasefire before a referendum.</summary>
    CeasefireProposal = 6,

    /// <summary>Any other kind of proposal.</summary>
    Other = 7,
}
