namespace NegotiationModel.Proposals;

/// <summary>Where a proposal stands in a negotiation; one entry of its status history.</summary>
public enum ProposalStatus
{
    /// <summary>Drafted, but not yet put to the other side.</summary>
    Drafted = 1,

    /// <summary>Tabled: formally put forward to the other side or made public.</summary>
    Tabled = 2,

    /// <summary>Under negotiation between the parties.</summary>
    UnderNegotiation = 3,

    /// <summary>Accepted by the parties it was put to.</summary>
    Accepted = 4,

    /// <summary>Rejected by a party it was put to.</summary>
    Rejected = 5,

    /// <summary>Withdrawn by its proposers.</summary>
    Withdrawn = 6,

    /// <summary>Superseded by a later proposal.</summary>
    Superseded = 7,

    /// <summary>Signed by the parties, or by those empowered to sign for them.</summary>
    [AddedIn(1, 1)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A text is signed; the word names the status, not a number's sign.")]
    Signed = 8,

    /// <summary>Ratified or endorsed as its signatories' law or procedure requires: by a legislature, a referendum, a court's review; the status change names the body (its actors) and the vote (its cause).</summary>
    [AddedIn(1, 1)]
    Ratified = 9,

    /// <summary>In force: its obligations took effect (entry into force, "D-Day").</summary>
    [AddedIn(1, 1)]
    InForce = 10,

    /// <summary>Suspended while in force: its effect paused, by a party, a court or a mechanism it set up.</summary>
    [AddedIn(1, 1)]
    Suspended = 11,

    /// <summary>Terminated: no longer in force, ended by its parties, a party's withdrawal, a court, or its own terms.</summary>
    [AddedIn(1, 1)]
    Terminated = 12,

    /// <summary>
    /// Agreed conditionally: agreed ad referendum, subject to approval by those the negotiators act for or by a vote, or
    /// agreed subject to agreement on other texts ("nothing is agreed until everything is agreed"); the proposal's
    /// <see cref="Proposal.ConditionalOn"/> names what it depends on.
    /// </summary>
    [AddedIn(1, 1)]
    AgreedAdReferendum = 13,
}
