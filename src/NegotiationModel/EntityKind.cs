using System.Text.Json.Serialization;

namespace NegotiationModel;

/// <summary>
/// The kinds of entity a record holds; with an identifier, what an <see cref="EntityReference"/> points at. Each
/// member is named after its entity type; JSON, references (<c>event:miami-meeting</c>) and the time grammar write
/// it in kebab case (<c>working-group</c>), three kinds by a shorter name (<c>event</c>, <c>claim</c>, <c>line</c>).
/// </summary>
public enum EntityKind
{
    /// <summary>An actor (<see cref="Identifiers.ActorId"/>).</summary>
    Actor = 1,

    /// <summary>A source (<see cref="Identifiers.SourceId"/>).</summary>
    Source = 2,

    /// <summary>An event (<see cref="Identifiers.NegotiationEventId"/>), written <c>event</c>.</summary>
    [JsonStringEnumMemberName("event")]
    NegotiationEvent = 3,

    /// <summary>A statement (<see cref="Identifiers.StatementId"/>).</summary>
    Statement = 4,

    /// <summary>A working group (<see cref="Identifiers.WorkingGroupId"/>).</summary>
    WorkingGroup = 5,

    /// <summary>A proposal (<see cref="Identifiers.ProposalId"/>).</summary>
    Proposal = 6,

    /// <summary>A provision of a proposal (<see cref="Identifiers.ProvisionId"/>).</summary>
    Provision = 7,

    /// <summary>A phase of a proposal (<see cref="Identifiers.PhaseId"/>).</summary>
    Phase = 8,

    /// <summary>A territory (<see cref="Identifiers.TerritoryId"/>).</summary>
    Territory = 9,

    /// <summary>A territorial claim (<see cref="Identifiers.TerritorialClaimId"/>), written <c>claim</c>.</summary>
    [JsonStringEnumMemberName("claim")]
    TerritorialClaim = 10,

    /// <summary>An observation of territorial control (<see cref="Identifiers.ControlObservationId"/>).</summary>
    ControlObservation = 11,

    /// <summary>A named line such as a line of contact (<see cref="Identifiers.NamedLineId"/>), written <c>line</c>.</summary>
    [JsonStringEnumMemberName("line")]
    NamedLine = 12,

    /// <summary>A guarantee (<see cref="Identifiers.GuaranteeId"/>).</summary>
    Guarantee = 13,

    /// <summary>A position (<see cref="Identifiers.PositionId"/>).</summary>
    Position = 14,

    /// <summary>An assessment (<see cref="Identifiers.AssessmentId"/>).</summary>
    Assessment = 15,

    /// <summary>A topic (<see cref="Identifiers.TopicId"/>).</summary>
    Topic = 16,

    /// <summary>A monitoring or verification mission (<see cref="Identifiers.MonitoringMissionId"/>).</summary>
    [AddedIn(1, 1)]
    MonitoringMission = 17,

    /// <summary>A vote: a referendum, a plebiscite or a vote of a legislature or a chamber (<see cref="Identifiers.VoteId"/>).</summary>
    [AddedIn(1, 1)]
    Vote = 18,

    /// <summary>An agreed agenda of talks (<see cref="Identifiers.AgendaId"/>).</summary>
    [AddedIn(1, 1)]
    Agenda = 19,

    /// <summary>An item of an agenda (<see cref="Identifiers.AgendaItemId"/>).</summary>
    [AddedIn(1, 1)]
    AgendaItem = 20,
    /// <summary>A mandate: who tasked an actor, a monitoring mission or a working group, by which instrument, for which term (<see cref="Identifiers.MandateId"/>).</summary>
    [AddedIn(1, 1)]
    Mandate = 21,
}
