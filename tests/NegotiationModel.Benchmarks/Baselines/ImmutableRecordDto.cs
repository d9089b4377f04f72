// The same DTO mirror with init-only properties: still plain classes with List<T> collections and strings,
// but immutable once read, as the library's types are. System.Text.Json's source generator cannot set
// init-only properties after construction, so it reads every member of such a type into an object[] of
// constructor arguments (boxing each value type) and builds the object at the end: this is the limit of the
// stack for immutable types, and the cost the library pays for its immutable model (docs/performance.md).
// Generated from RecordDto.cs by replacing "{ get; set; }" with "{ get; init; }"; keep the two in step.

namespace NegotiationModel.Benchmarks.Baselines.Immutable;

/// <summary>The whole record: what a user would write to read the JSON without the library.</summary>
internal sealed class RecordDto
{
    public string? SchemaVersion { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? LastUpdated { get; init; }

    public List<ActorDto>? Actors { get; init; }

    public List<SourceDto>? Sources { get; init; }

    public List<EventDto>? Events { get; init; }

    public List<StatementDto>? Statements { get; init; }

    public List<WorkingGroupDto>? WorkingGroups { get; init; }

    public List<ProposalDto>? Proposals { get; init; }

    public List<GuaranteeDto>? Guarantees { get; init; }

    public List<TerritoryDto>? Territories { get; init; }

    public List<ClaimDto>? Claims { get; init; }

    public List<ControlObservationDto>? ControlObservations { get; init; }

    public List<LineDto>? Lines { get; init; }

    public List<PositionDto>? Positions { get; init; }

    public List<AssessmentDto>? Assessments { get; init; }

    public List<TopicDto>? Topics { get; init; }
}

/// <summary>The JSON of one Actor.</summary>
internal sealed class ActorDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public List<NameDto>? Names { get; init; }

    public string? OrganisationKind { get; init; }

    public List<TextDto>? Description { get; init; }

    public string? Parent { get; init; }

    public List<MembershipDto>? Memberships { get; init; }

    public string? ExistsFrom { get; init; }

    public string? ExistsUntil { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Source.</summary>
internal sealed class SourceDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public List<TextDto>? Title { get; init; }

    public string? Outlet { get; init; }

    public List<string>? Authors { get; init; }

    public string? Uri { get; init; }

    public string? Language { get; init; }

    public string? Published { get; init; }

    public List<RevisionDto>? Revisions { get; init; }

    public List<string>? Cites { get; init; }

    public string? Reliability { get; init; }

    public string? Accessed { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Event.</summary>
internal sealed class EventDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public List<TextDto>? Title { get; init; }

    public List<TextDto>? Description { get; init; }

    public string? When { get; init; }

    public string? Duration { get; init; }

    public PlaceDto? Place { get; init; }

    public List<ParticipantDto>? Participants { get; init; }

    public List<StatusChangeDto>? StatusHistory { get; init; }

    public string? Parent { get; init; }

    public List<string>? Topics { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Statement.</summary>
internal sealed class StatementDto
{
    public string? Id { get; init; }

    public List<string>? Speakers { get; init; }

    public List<TextDto>? Text { get; init; }

    public string? OnBehalfOf { get; init; }

    public List<string>? Audience { get; init; }

    public string? Event { get; init; }

    public string? When { get; init; }

    public string? Mode { get; init; }

    public string? Act { get; init; }

    public string? Modality { get; init; }

    public List<ReferenceDto>? About { get; init; }

    public List<string>? Topics { get; init; }

    public List<FramingDto>? Framings { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one WorkingGroup.</summary>
internal sealed class WorkingGroupDto
{
    public string? Id { get; init; }

    public List<NameDto>? Names { get; init; }

    public string? Domain { get; init; }

    public List<WorkingGroupMemberDto>? Members { get; init; }

    public List<string>? ProposedBy { get; init; }

    public List<string>? AcceptedBy { get; init; }

    public List<TextDto>? Mandate { get; init; }

    public List<StatusChangeDto>? StatusHistory { get; init; }

    public List<MilestoneDto>? Milestones { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Proposal.</summary>
internal sealed class ProposalDto
{
    public string? Id { get; init; }

    public List<TextDto>? Title { get; init; }

    public string? Kind { get; init; }

    public List<string>? Proposers { get; init; }

    public List<string>? Authors { get; init; }

    public string? Stage { get; init; }

    public List<ProposalVersionDto>? Versions { get; init; }

    public List<StatusChangeDto>? StatusHistory { get; init; }

    public string? Supersedes { get; init; }

    public List<string>? DerivedFrom { get; init; }

    public List<PhaseDto>? Phases { get; init; }

    public List<string>? Topics { get; init; }

    public List<TextDto>? Summary { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Guarantee.</summary>
internal sealed class GuaranteeDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public List<string>? Guarantors { get; init; }

    public List<string>? Beneficiaries { get; init; }

    public List<TextDto>? Obligations { get; init; }

    public List<InstrumentDto>? Instruments { get; init; }

    public List<TextDto>? Conditions { get; init; }

    public string? ValidFrom { get; init; }

    public string? ValidUntil { get; init; }

    public List<StatusChangeDto>? StatusHistory { get; init; }

    public string? Proposal { get; init; }

    public List<string>? Provisions { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Territory.</summary>
internal sealed class TerritoryDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public List<NameDto>? Names { get; init; }

    public string? Iso3166Code { get; init; }

    public string? Parent { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Claim.</summary>
internal sealed class ClaimDto
{
    public string? Id { get; init; }

    public string? Claimant { get; init; }

    public string? Territory { get; init; }

    public List<string>? Bases { get; init; }

    public List<TextDto>? BasisDescription { get; init; }

    public string? Since { get; init; }

    public List<string>? RecognisedBy { get; init; }

    public List<string>? DisputedBy { get; init; }

    public string? Extent { get; init; }

    public string? Rank { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one ControlObservation.</summary>
internal sealed class ControlObservationDto
{
    public string? Id { get; init; }

    public string? Territory { get; init; }

    public string? Controller { get; init; }

    public string? Extent { get; init; }

    public string? When { get; init; }

    public List<TextDto>? Description { get; init; }

    public string? Line { get; init; }

    public string? Rank { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Line.</summary>
internal sealed class LineDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public List<NameDto>? Names { get; init; }

    public List<string>? Territories { get; init; }

    public string? When { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Position.</summary>
internal sealed class PositionDto
{
    public string? Id { get; init; }

    public string? Holder { get; init; }

    public ReferenceDto? Subject { get; init; }

    public string? Stance { get; init; }

    public List<TextDto>? Conditions { get; init; }

    public string? When { get; init; }

    public List<string>? Evidence { get; init; }

    public string? Rank { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Assessment.</summary>
internal sealed class AssessmentDto
{
    public string? Id { get; init; }

    public string? Kind { get; init; }

    public string? Label { get; init; }

    public List<TextDto>? Title { get; init; }

    public List<string>? Authors { get; init; }

    public List<TextDto>? Text { get; init; }

    public LikelihoodDto? Likelihood { get; init; }

    public List<ReferenceDto>? About { get; init; }

    public List<TextDto>? Drivers { get; init; }

    public string? When { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Topic.</summary>
internal sealed class TopicDto
{
    public string? Id { get; init; }

    public List<NameDto>? Names { get; init; }

    public string? Parent { get; init; }

    public List<TextDto>? Description { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Name.</summary>
internal sealed class NameDto
{
    public string? Text { get; init; }

    public string? Language { get; init; }

    public string? Kind { get; init; }
}

/// <summary>The JSON of one Text.</summary>
internal sealed class TextDto
{
    public string? Text { get; init; }

    public string? Language { get; init; }

    public bool IsOriginal { get; init; }
}

/// <summary>The JSON of one Membership.</summary>
internal sealed class MembershipDto
{
    public List<TextDto>? Role { get; init; }

    public string? Organisation { get; init; }

    public string? OnBehalfOf { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    public List<CitationDto>? Citations { get; init; }
}

/// <summary>The JSON of one Citation.</summary>
internal sealed class CitationDto
{
    public string? Source { get; init; }

    public int? Revision { get; init; }

    public TextDto? Quote { get; init; }

    public string? Locator { get; init; }

    public string? Credibility { get; init; }

    public string? RecordedBy { get; init; }

    public string? RecordedAt { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Identifier.</summary>
internal sealed class IdentifierDto
{
    public string? Scheme { get; init; }

    public string? Value { get; init; }
}

/// <summary>The JSON of one Revision.</summary>
internal sealed class RevisionDto
{
    public int? Number { get; init; }

    public string? At { get; init; }

    public List<TextDto>? Title { get; init; }

    public List<TextDto>? Changes { get; init; }
}

/// <summary>The JSON of one Place.</summary>
internal sealed class PlaceDto
{
    public string? Name { get; init; }

    public string? TimeZone { get; init; }

    public CoordinatesDto? Coordinates { get; init; }

    public string? Territory { get; init; }
}

/// <summary>The JSON of one Coordinates.</summary>
internal sealed class CoordinatesDto
{
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}

/// <summary>The JSON of one Participant.</summary>
internal sealed class ParticipantDto
{
    public string? Actor { get; init; }

    public string? Role { get; init; }

    public string? OnBehalfOf { get; init; }
}

/// <summary>The JSON of one StatusChange.</summary>
internal sealed class StatusChangeDto
{
    public string? Status { get; init; }

    public string? When { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public string? Notes { get; init; }
}

/// <summary>The JSON of one Reference.</summary>
internal sealed class ReferenceDto
{
    public string? Kind { get; init; }

    public string? Id { get; init; }
}

/// <summary>The JSON of one Framing.</summary>
internal sealed class FramingDto
{
    public List<TextDto>? Text { get; init; }

    public string? By { get; init; }

    public List<CitationDto>? Citations { get; init; }
}

/// <summary>The JSON of one WorkingGroupMember.</summary>
internal sealed class WorkingGroupMemberDto
{
    public string? Actor { get; init; }

    public string? Role { get; init; }
}

/// <summary>The JSON of one Milestone.</summary>
internal sealed class MilestoneDto
{
    public List<TextDto>? Description { get; init; }

    public string? Status { get; init; }

    public string? Expected { get; init; }

    public string? Reached { get; init; }

    public List<CitationDto>? Citations { get; init; }
}

/// <summary>The JSON of one ProposalVersion.</summary>
internal sealed class ProposalVersionDto
{
    public int? Number { get; init; }

    public string? Label { get; init; }

    public string? When { get; init; }

    public List<TextDto>? Summary { get; init; }

    public List<ProvisionDto>? Provisions { get; init; }

    public List<TextDto>? ChangeNotes { get; init; }

    public List<CitationDto>? Citations { get; init; }
}

/// <summary>The JSON of one Phase.</summary>
internal sealed class PhaseDto
{
    public string? Id { get; init; }

    public int? Order { get; init; }

    public List<TextDto>? Title { get; init; }

    public List<TextDto>? Description { get; init; }

    public List<string>? DependsOn { get; init; }

    public List<string>? Provisions { get; init; }

    public List<CitationDto>? Citations { get; init; }
}

/// <summary>The JSON of one Instrument.</summary>
internal sealed class InstrumentDto
{
    public string? Kind { get; init; }

    public string? Lender { get; init; }

    public MoneyDto? Amount { get; init; }

    public List<TextDto>? Description { get; init; }
}

/// <summary>The JSON of one Likelihood.</summary>
internal sealed class LikelihoodDto
{
    public string? Words { get; init; }

    public double? Minimum { get; init; }

    public double? Maximum { get; init; }

    public TextDto? Text { get; init; }
}

/// <summary>The JSON of one Money.</summary>
internal sealed class MoneyDto
{
    public string? Amount { get; init; }

    public string? Currency { get; init; }
}

/// <summary>Every kind of provision in one flat class, as a hand-written mirror of the <c>kind</c>-tagged union would be.</summary>
internal sealed class ProvisionDto
{
    public string? Kind { get; init; }

    public string? Id { get; init; }

    public List<TextDto>? Summary { get; init; }

    public string? Depth { get; init; }

    public List<string>? Territories { get; init; }

    public List<TextDto>? Conditions { get; init; }

    public bool IsOptional { get; init; }

    public List<TextDto>? OpenQuestions { get; init; }

    public bool IsTemporary { get; init; }

    public List<string>? Parties { get; init; }

    public List<TextDto>? Scope { get; init; }

    public string? Force { get; init; }

    public string? Extent { get; init; }

    public List<string>? From { get; init; }

    public string? BehindLine { get; init; }

    public List<TextDto>? Features { get; init; }

    public List<string>? Monitors { get; init; }

    public List<string>? MonitoringMethods { get; init; }

    public List<string>? FundedBy { get; init; }

    public string? Subject { get; init; }

    public List<string>? ExcludedAlliances { get; init; }

    public List<string>? Guarantors { get; init; }

    public List<string>? Guarantees { get; init; }

    public List<string>? Lenders { get; init; }

    public MoneyDto? Amount { get; init; }

    public TextDto? Fund { get; init; }

    public List<TextDto>? Question { get; init; }

    public List<TextDto>? Precondition { get; init; }

    public string? State { get; init; }

    public List<TextDto>? Composition { get; init; }

    public List<TextDto>? Timing { get; init; }

    public List<TextDto>? Limits { get; init; }

    public List<string>? AppliesTo { get; init; }

    public List<string>? ImposedBy { get; init; }

    public List<string>? Targets { get; init; }

    public List<TextDto>? Measures { get; init; }

    public List<TextDto>? Terms { get; init; }

    public bool Deferred { get; init; }

    public List<CitationDto>? Citations { get; init; }

    public List<IdentifierDto>? Identifiers { get; init; }

    public string? Notes { get; init; }
}
