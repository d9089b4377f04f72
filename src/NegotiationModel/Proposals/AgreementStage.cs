namespace NegotiationModel.Proposals;

/// <summary>
/// The stage of a peace process a proposal or agreement belongs to, in the PA-X Peace Agreements
/// Database's classification.
/// </summary>
/// <remarks>
/// The stages classify what a document does, not when it comes: "pre-negotiation" does not imply
/// temporal precedence. A pre-negotiation document may follow a comprehensive agreement (for instance
/// to restart a stalled process), and a ceasefire may come at any point.
/// </remarks>
public enum AgreementStage
{
    /// <summary>Pre-negotiation or process: getting parties to talk, agreeing principles, agendas or confidence-building measures.</summary>
    PreNegotiation = 1,

    /// <summary>Substantive and partial: settles some of the issues, expecting further agreements on the rest.</summary>
    SubstantivePartial = 2,

    /// <summary>Substantive and comprehensive: a framework meant to settle all the main issues together.</summary>
    SubstantiveComprehensive = 3,

    /// <summary>Implementation: carries out or details an earlier agreement.</summary>
    Implementation = 4,

    /// <summary>Renewal: extends or reaffirms an earlier agreement, often a ceasefire, without new substance.</summary>
    Renewal = 5,

    /// <summary>Ceasefire: a ceasefire or related agreement ending or suspending hostilities.</summary>
    Ceasefire = 6,
}
