using System.Text.Json.Serialization;
using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Mandates;
using NegotiationModel.Monitoring;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Topics;
using NegotiationModel.Votes;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Serialization;

/// <summary>
/// The source-generated contract of every type in the JSON format. The one place where JSON options live;
/// <see cref="NegotiationJson"/> adds the NodaTime converters at run time.
/// </summary>
/// <remarks>
/// Every <see cref="ValueList{T}"/> element type needs its converter listed here (a consistency test
/// checks it), and every entity its <c>[JsonSerializable]</c>, so it can be read on its own.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        // Values written as JSON strings, and entity references
        typeof(EntityReferenceJsonConverter),
        typeof(GeoCoordinatesJsonConverter),
        typeof(JsonPathJsonConverter),
        typeof(SchemaVersionJsonConverter),
        typeof(WhenJsonConverter),

        // Enums, in kebab case (a consistency test checks that every enum of the model is here)
        typeof(KebabCaseEnumConverter<ActType>),
        typeof(KebabCaseEnumConverter<ActorKind>),
        typeof(KebabCaseEnumConverter<AgendaItemStatus>),
        typeof(KebabCaseEnumConverter<ActorTransitionKind>),
        typeof(KebabCaseEnumConverter<AgreementStage>),
        typeof(KebabCaseEnumConverter<AssessmentKind>),
        typeof(KebabCaseEnumConverter<ClaimBasis>),
        typeof(KebabCaseEnumConverter<ClaimExtent>),
        typeof(KebabCaseEnumConverter<ControlExtent>),
        typeof(KebabCaseEnumConverter<CredibilityGrade>),
        typeof(KebabCaseEnumConverter<DayPart>),
        typeof(KebabCaseEnumConverter<EntityKind>),
        typeof(KebabCaseEnumConverter<EstimativeProbability>),
        typeof(KebabCaseEnumConverter<EventKind>),
        typeof(KebabCaseEnumConverter<EventStatus>),
        typeof(KebabCaseEnumConverter<FactRank>),
        typeof(KebabCaseEnumConverter<FinancialInstrumentKind>),
        typeof(KebabCaseEnumConverter<FundingClaimKind>),
        typeof(KebabCaseEnumConverter<GuaranteeKind>),
        typeof(KebabCaseEnumConverter<GuaranteeStatus>),
        typeof(KebabCaseEnumConverter<LineKind>),
        typeof(KebabCaseEnumConverter<MilestoneStatus>),
        typeof(KebabCaseEnumConverter<Modality>),
        typeof(KebabCaseEnumConverter<MonitoringMethod>),
        typeof(KebabCaseEnumConverter<MonitoringMissionStatus>),
        typeof(KebabCaseEnumConverter<MonthPart>),
        typeof(KebabCaseEnumConverter<NameKind>),
        typeof(KebabCaseEnumConverter<OrganisationKind>),
        typeof(KebabCaseEnumConverter<ParticipantRole>),
        typeof(KebabCaseEnumConverter<ProposalKind>),
        typeof(KebabCaseEnumConverter<ProposalStatus>),
        typeof(KebabCaseEnumConverter<ProvisionCategory>),
        typeof(KebabCaseEnumConverter<ProvisionDepth>),
        typeof(KebabCaseEnumConverter<QuantityComparator>),
        typeof(KebabCaseEnumConverter<RelativeDirection>),
        typeof(KebabCaseEnumConverter<ReliabilityGrade>),
        typeof(KebabCaseEnumConverter<SourceKind>),
        typeof(KebabCaseEnumConverter<Stance>),
        typeof(KebabCaseEnumConverter<StatementMode>),
        typeof(KebabCaseEnumConverter<TemporalRelation>),
        typeof(KebabCaseEnumConverter<TerritoryKind>),
        typeof(KebabCaseEnumConverter<ThirdPartyRole>),
        typeof(KebabCaseEnumConverter<ThresholdBase>),
        typeof(KebabCaseEnumConverter<VoteChoice>),
        typeof(KebabCaseEnumConverter<VoteKind>),
        typeof(KebabCaseEnumConverter<VoteOutcome>),
        typeof(KebabCaseEnumConverter<WhenPrecision>),
        typeof(KebabCaseEnumConverter<YearPart>),
        typeof(KebabCaseEnumConverter<Season>),
        typeof(KebabCaseEnumConverter<WithdrawalExtent>),
        typeof(KebabCaseEnumConverter<WorkingGroupKind>),
        typeof(KebabCaseEnumConverter<WorkingGroupRole>),
        typeof(KebabCaseEnumConverter<WorkingGroupStatus>),

        // Shared values
        typeof(ValueListJsonConverter<string>),
        typeof(ValueListJsonConverter<LocalizedName>),
        typeof(ValueListJsonConverter<LocalizedText>),
        typeof(ValueListJsonConverter<Citation>),
        typeof(ValueListJsonConverter<ExternalIdentifier>),
        typeof(ValueListJsonConverter<EntityReference>),

        // Identifiers
        typeof(ValueListJsonConverter<ActorId>),
        typeof(ValueListJsonConverter<SourceId>),
        typeof(ValueListJsonConverter<StatementId>),
        typeof(ValueListJsonConverter<ProposalId>),
        typeof(ValueListJsonConverter<ProvisionId>),
        typeof(ValueListJsonConverter<PhaseId>),
        typeof(ValueListJsonConverter<TerritoryId>),
        typeof(ValueListJsonConverter<GuaranteeId>),
        typeof(ValueListJsonConverter<TopicId>),
        typeof(ValueListJsonConverter<WorkingGroupId>),

        // Actors and sources
        typeof(ValueListJsonConverter<Actor>),
        typeof(ValueListJsonConverter<Membership>),
        typeof(ValueListJsonConverter<ActorTransition>),
        typeof(ValueListJsonConverter<Source>),
        typeof(ValueListJsonConverter<SourceRevision>),

        // Events, statements and working groups
        typeof(ValueListJsonConverter<NegotiationEvent>),
        typeof(ValueListJsonConverter<Participant>),
        typeof(ValueListJsonConverter<StatusChange<EventStatus>>),
        typeof(ValueListJsonConverter<Statement>),
        typeof(ValueListJsonConverter<Framing>),
        typeof(ValueListJsonConverter<WorkingGroup>),
        typeof(ValueListJsonConverter<WorkingGroupMember>),
        typeof(ValueListJsonConverter<StatusChange<WorkingGroupStatus>>),
        typeof(ValueListJsonConverter<Milestone>),

        // Proposals and guarantees
        typeof(ValueListJsonConverter<Proposal>),
        typeof(ValueListJsonConverter<ProposalVersion>),
        typeof(ValueListJsonConverter<Provision>),
        typeof(ValueListJsonConverter<Phase>),
        typeof(ValueListJsonConverter<Deadline>),
        typeof(ValueListJsonConverter<StatusChange<ProposalStatus>>),
        typeof(ValueListJsonConverter<MonitoringMethod>),
        typeof(ValueListJsonConverter<Guarantee>),
        typeof(ValueListJsonConverter<FinancialInstrument>),
        typeof(ValueListJsonConverter<StatusChange<GuaranteeStatus>>),
        typeof(ValueListJsonConverter<Signatory>),
        typeof(ValueListJsonConverter<MonitoringMission>),
        typeof(ValueListJsonConverter<StatusChange<MonitoringMissionStatus>>),
        typeof(ValueListJsonConverter<FundingClaim>),
        typeof(ValueListJsonConverter<Mandate>),
        typeof(ValueListJsonConverter<MandateRenewal>),
        typeof(ValueListJsonConverter<Place>),
        typeof(ValueListJsonConverter<Agenda>),
        typeof(ValueListJsonConverter<AgendaItem>),
        typeof(ValueListJsonConverter<StatusChange<AgendaItemStatus>>),

        // Votes
        typeof(ValueListJsonConverter<Vote>),
        typeof(ValueListJsonConverter<VoteResult>),
        typeof(ValueListJsonConverter<VoteCount>),

        // Territories, positions, assessments and topics
        typeof(ValueListJsonConverter<Territory>),
        typeof(ValueListJsonConverter<TerritorialClaim>),
        typeof(ValueListJsonConverter<ClaimBasis>),
        typeof(ValueListJsonConverter<ControlObservation>),
        typeof(ValueListJsonConverter<NamedLine>),
        typeof(ValueListJsonConverter<Position>),
        typeof(ValueListJsonConverter<Assessment>),
        typeof(ValueListJsonConverter<Topic>),
    ])]
[JsonSerializable(typeof(NegotiationRecord))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Source))]
[JsonSerializable(typeof(NegotiationEvent))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(WorkingGroup))]
[JsonSerializable(typeof(Proposal))]
[JsonSerializable(typeof(Agenda))]
[JsonSerializable(typeof(AgendaItem))]
[JsonSerializable(typeof(Vote))]
[JsonSerializable(typeof(Provision))]
[JsonSerializable(typeof(Guarantee))]
[JsonSerializable(typeof(MonitoringMission))]
[JsonSerializable(typeof(Mandate))]
[JsonSerializable(typeof(Territory))]
[JsonSerializable(typeof(TerritorialClaim))]
[JsonSerializable(typeof(ControlObservation))]
[JsonSerializable(typeof(NamedLine))]
[JsonSerializable(typeof(Position))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(Topic))]
[JsonSerializable(typeof(When))]
[JsonSerializable(typeof(EntityKind))]
internal sealed partial class NegotiationJsonContext : JsonSerializerContext
{
}
