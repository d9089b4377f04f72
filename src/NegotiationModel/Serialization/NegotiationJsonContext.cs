using System.Text.Json.Serialization;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Serialization;

/// <summary>
/// The source-generated contract of every type in the JSON format. The one place where JSON options live;
/// <see cref="NegotiationJson"/> adds the NodaTime converters at run time.
/// </summary>
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
        typeof(ValueListJsonConverter<Actor>),
        typeof(ValueListJsonConverter<LocalizedName>),
        typeof(ValueListJsonConverter<ActorId>),
        typeof(ValueListJsonConverter<Statement>),
        typeof(ValueListJsonConverter<LocalizedText>),
        typeof(ValueListJsonConverter<Citation>),
        typeof(ValueListJsonConverter<ExternalIdentifier>),
        typeof(ValueListJsonConverter<EntityReference>),
        typeof(ValueListJsonConverter<string>),

        // Actors and sources
        typeof(ValueListJsonConverter<Membership>),
        typeof(ValueListJsonConverter<Source>),
        typeof(ValueListJsonConverter<SourceId>),
        typeof(ValueListJsonConverter<SourceRevision>),

        // Events, statements and working groups.
        typeof(ValueListJsonConverter<NegotiationEvent>),
        typeof(ValueListJsonConverter<Participant>),
        typeof(ValueListJsonConverter<StatusChange<EventStatus>>),
        typeof(ValueListJsonConverter<TopicId>),
        typeof(ValueListJsonConverter<Framing>),
        typeof(ValueListJsonConverter<WorkingGroup>),
        typeof(ValueListJsonConverter<WorkingGroupMember>),
        typeof(ValueListJsonConverter<StatusChange<WorkingGroupStatus>>),
        typeof(ValueListJsonConverter<Milestone>),

        // Proposals and guarantees.
        typeof(ValueListJsonConverter<Proposal>),
        typeof(ValueListJsonConverter<ProposalVersion>),
        typeof(ValueListJsonConverter<Provision>),
        typeof(ValueListJsonConverter<Phase>),
        typeof(ValueListJsonConverter<StatusChange<ProposalStatus>>),
        typeof(ValueListJsonConverter<ProposalId>),
        typeof(ValueListJsonConverter<PhaseId>),
        typeof(ValueListJsonConverter<ProvisionId>),
        typeof(ValueListJsonConverter<TerritoryId>),
        typeof(ValueListJsonConverter<MonitoringMethod>),
        typeof(ValueListJsonConverter<GuaranteeId>),
        typeof(ValueListJsonConverter<Guarantee>),
        typeof(ValueListJsonConverter<FinancialInstrument>),
        typeof(ValueListJsonConverter<StatusChange<GuaranteeStatus>>),
    ])]
[JsonSerializable(typeof(NegotiationRecord))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Source))]
// Events, statements and working groups.
[JsonSerializable(typeof(NegotiationEvent))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(WorkingGroup))]
// Proposals and guarantees.
[JsonSerializable(typeof(Proposal))]
[JsonSerializable(typeof(Guarantee))]
internal sealed partial class NegotiationJsonContext : JsonSerializerContext
{
}
