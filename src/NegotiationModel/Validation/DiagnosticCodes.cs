namespace NegotiationModel.Validation;

/// <summary>
/// The stable codes of the built-in diagnostics, by family: <c>NM0xxx</c> reading JSON and the report itself, <c>NM1xxx</c> identity
/// and references, <c>NM2xxx</c> time, <c>NM3xxx</c> sources, <c>NM4xxx</c> values, <c>NM5xxx</c> structure,
/// <c>NM9xxx</c> the format itself: members it does not know, additions newer than the declared version. <c>docs/diagnostics.md</c> explains each with an example and a fix.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The document could not be read as a record (<see cref="Serialization.NegotiationJsonException"/>); reported by tools, not by <see cref="RecordValidator"/>.</summary>
    public const string JsonReadFailure = "NM0001";

    /// <summary>
    /// The report leaves out diagnostics past the validator's <see cref="DiagnosticLimits"/>; its message counts
    /// them per code. Last in the report, as serious as the most serious diagnostic left out.
    /// </summary>
    public const string DiagnosticsOmitted = "NM0002";

    /// <summary>Error: two entities of the same kind, or two phases, have the same identifier.</summary>
    public const string DuplicateId = "NM1001";

    /// <summary>Error: a reference points at nothing the record holds.</summary>
    public const string UnresolvedReference = "NM1002";

    /// <summary>Error: a reference points at an identifier the record holds only for entities of another kind.</summary>
    public const string WrongKindReference = "NM1003";

    /// <summary>Error: a citation names a revision its source does not list.</summary>
    public const string UnknownRevision = "NM1004";

    /// <summary>Warning: a phase, or a guarantee tied to a proposal, refers to a phase or provision of another proposal.</summary>
    public const string PartOfAnotherProposal = "NM1005";

    /// <summary>Error: a position is on a version of its subject that the subject's proposal does not have or that does not hold the provision, or on a version of a subject that has none.</summary>
    public const string UnknownSubjectVersion = "NM1006";

    /// <summary>Error: a time span ends before it starts (a membership, an actor's existence, a guarantee's validity, a range).</summary>
    public const string EndBeforeStart = "NM2001";

    /// <summary>Error: a statement is dated after the publication of a source that reports it.</summary>
    public const string StatementAfterSource = "NM2002";

    /// <summary>Error: a membership lies outside the known existence of its member or of its organisation.</summary>
    public const string MembershipOutsideExistence = "NM2003";

    /// <summary>Error: a status history entry is dated before the entry listed before it.</summary>
    public const string StatusOutOfOrder = "NM2004";

    /// <summary>Error: a status history reaches a status without the one it presupposes, such as a proposal accepted before it was tabled.</summary>
    public const string IllegalStatusTransition = "NM2005";

    /// <summary>Warning: a proposal is marked superseded but no proposal of the record supersedes it.</summary>
    public const string SupersededWithoutSuccessor = "NM2006";

    /// <summary>Error: a working group's milestone is dated before the group was established.</summary>
    public const string MilestoneBeforeEstablishment = "NM2007";

    /// <summary>Error: a source's revisions are out of order, by number or by time.</summary>
    public const string RevisionsOutOfOrder = "NM2008";

    /// <summary>Error: a revision of a source is dated before the source's first publication.</summary>
    public const string RevisionBeforePublication = "NM2009";

    /// <summary>Error: relative times anchor each other in a cycle, so none of them can be placed in time.</summary>
    public const string RelativeTimeCycle = "NM2010";

    /// <summary>Warning: a relative time is anchored to an entity that has no time of its own, so it says nothing.</summary>
    public const string AnchorWithoutTime = "NM2011";

    /// <summary>Error: a deadline of a provision or a phase falls certainly before the provision or phase takes effect.</summary>
    public const string DeadlineBeforeEffect = "NM2012";

    /// <summary>Warning: a status history repeats the status just before it with nothing that tells the two apart: no cause and the same actors.</summary>
    public const string RepeatedStatus = "NM2013";

    /// <summary>Error: a renewal of a mandate starts its term certainly before the term it renews (the first term, or the renewal before it) starts.</summary>
    public const string RenewalBeforeRenewedTerm = "NM2014";
    /// <summary>Error: an actor's transition from a predecessor is dated before the predecessor or the successor came to exist, or after the successor ceased to exist.</summary>
    public const string TransitionOutsideExistence = "NM2015";

    /// <summary>Error: sources cite each other in a cycle (A cites B cites A).</summary>
    public const string CitationCycle = "NM3001";

    /// <summary>Warning: a source is attributed to itself: its own citations name it.</summary>
    public const string SelfAttributedSource = "NM3002";

    /// <summary>Info: a statement cites no source.</summary>
    public const string UnsourcedStatement = "NM3003";

    /// <summary>Error: a language tag is not a well-formed BCP 47 tag.</summary>
    public const string InvalidLanguageTag = "NM4001";

    /// <summary>Error: a time zone is not an IANA zone known to the tz database.</summary>
    public const string UnknownTimeZone = "NM4002";

    /// <summary>Error: a currency is not an active ISO 4217 code.</summary>
    public const string UnknownCurrency = "NM4003";

    /// <summary>Error: an amount of money is negative.</summary>
    public const string NegativeAmount = "NM4004";

    /// <summary>Error: an ISO 3166 code does not have the shape of its kind (<c>UA</c>, <c>UKR</c>, <c>UA-14</c>).</summary>
    public const string InvalidIso3166Code = "NM4005";

    /// <summary>Warning: a vote's figures disagree: a share or turnout with the counts it is a share of, or parts adding up to more than their whole.</summary>
    public const string VoteFiguresDisagree = "NM4006";

    /// <summary>Error: the phases of proposals depend on each other in a cycle.</summary>
    public const string PhaseDependencyCycle = "NM5001";

    /// <summary>Error: a guarantee names no guarantor.</summary>
    public const string GuaranteeWithoutGuarantor = "NM5002";

    /// <summary>Error: a guarantee names no beneficiary.</summary>
    public const string GuaranteeWithoutBeneficiary = "NM5003";

    /// <summary>Error: parents (of actors, territories, topics, events, working groups), supersessions of proposals or packages of proposals form a cycle.</summary>
    public const string HierarchyCycle = "NM5004";

    /// <summary>Warning: a phase depends on a phase that does not come before it in order.</summary>
    public const string PhaseOrder = "NM5005";

    /// <summary>Warning: a working group's format names an actor that is not of kind negotiating format.</summary>
    public const string FormatNotNegotiatingFormat = "NM5006";

    /// <summary>Warning: a proposal stands (accepted, agreed ad referendum, signed, ratified, in force) while the package it belongs to fell (rejected, withdrawn, terminated).</summary>
    public const string PackageMemberOutlivesPackage = "NM5007";

    /// <summary>Warning: a proposal names predecessors in <c>alsoSupersedes</c> but none in <c>supersedes</c>, the member every reader of the format knows.</summary>
    public const string AlsoSupersedesWithoutSupersedes = "NM5008";
    /// <summary>Error: actors are each other's predecessors in a cycle (A came from B, which came from A).</summary>
    public const string SuccessionCycle = "NM5009";

    /// <summary>Warning: a participant's or working-group member's third-party role contradicts its role (an observer recorded as guarantor).</summary>
    public const string ThirdPartyRoleContradictsRole = "NM5010";

    /// <summary>Warning: a monitoring mission or guarantee names a mechanism that is a negotiating group, or a mission is conducted by actors the mechanism does not count among its members.</summary>
    public const string MechanismMismatch = "NM5011";

    /// <summary>Warning: the JSON held a member the model does not know, and reading dropped it.</summary>
    public const string UnknownMember = "NM9001";

    /// <summary>
    /// Error: the record uses a member, an enum value, a provision kind or a time form that a later version of the
    /// format added than the <see cref="NegotiationRecord.SchemaVersion"/> it declares.
    /// </summary>
    public const string NewerThanDeclaredVersion = "NM9002";
}
