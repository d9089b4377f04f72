using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Timelines;

/// <summary>What a <see cref="TimelineEntry"/> shows: the entity or the part of one it was made from.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TimelineEntryKind>))]
public enum TimelineEntryKind
{
    /// <summary>An event (<see cref="Events.NegotiationEvent"/>), at its <c>When</c>, extended by its duration when that is a clock time.</summary>
    Event = 1,

    /// <summary>A statement (<see cref="Statements.Statement"/>), at its <c>When</c>.</summary>
    Statement = 2,

    /// <summary>A status change of an event, working group, proposal (or one version of it), guarantee, monitoring mission or agenda item, at its <c>When</c>.</summary>
    StatusChange = 3,

    /// <summary>A milestone of a working group, at its <c>Reached</c> time, or its <c>Expected</c> time while it is not reached.</summary>
    Milestone = 4,

    /// <summary>A position (<see cref="Positions.Position"/>), at its <c>When</c>: the stance an actor took on a subject.</summary>
    Position = 5,

    /// <summary>The first publication of a source, at its <c>Published</c> time.</summary>
    Publication = 6,

    /// <summary>A revision of a source, at its <c>At</c> time.</summary>
    Revision = 7,

    /// <summary>A version of a proposal, at its <c>When</c>.</summary>
    ProposalVersion = 8,

    /// <summary>An observation of who controls a territory, at its <c>When</c>.</summary>
    ControlObservation = 9,

    /// <summary>When a provision or a phase of a proposal takes effect, at its <c>Effective</c> time.</summary>
    TakesEffect = 10,

    /// <summary>A deadline of a provision or a phase of a proposal, at its <c>Due</c> time: the thing is due by the end of the entry's window.</summary>
    Deadline = 11,

    /// <summary>The start or the end of a monitoring mission's mandate, at its <c>MandateStart</c> or <c>MandateEnd</c>; the detail is <c>start</c> or <c>end</c>.</summary>
    MonitoringMandate = 12,

    /// <summary>A claim about who pays for a monitoring mission, at its <c>When</c>; the detail is the claim's kind (<c>proposed</c>, <c>pledged</c>…).</summary>
    FundingClaim = 13,

    /// <summary>A vote (<see cref="Votes.Vote"/>): a referendum, a plebiscite or a vote of a legislature, at its <c>When</c>.</summary>
    Vote = 14,

    /// <summary>An agreed agenda (<see cref="Proposals.Agenda"/>), at its <c>When</c>; its items' status changes are <see cref="StatusChange"/> entries.</summary>
    Agenda = 15,

    /// <summary>
    /// The start, a renewal or the end of a mandate (<see cref="Mandates.Mandate"/>): at its first term's start, at each renewed
    /// term's start, and at the end of the last term known; the detail is <c>start</c>, <c>renewal</c> or <c>end</c>.
    /// </summary>
    Mandate = 16,
    /// <summary>
    /// An actor's transition from a predecessor (<see cref="Actors.ActorTransition"/>), at its <c>When</c>: renamed, transformed,
    /// merged, split, absorbed or succeeded, which is the detail. The subject is the successor; the actors are both.
    /// </summary>
    ActorTransition = 17,
}
