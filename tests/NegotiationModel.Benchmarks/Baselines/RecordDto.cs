// A plain DTO mirror of the JSON contract: mutable classes, List<T> collections, and every enum, time
// (When, Instant, Duration), identifier and money value as the string the JSON holds. It is what a user
// would write to read the same documents without the library, and what the baselines deserialize into:
// System.Text.Json (source-generated, the limit of the stack) and Newtonsoft.Json (what many would pick).

namespace NegotiationModel.Benchmarks.Baselines;

/// <summary>The whole record: what a user would write to read the JSON without the library.</summary>
internal sealed class RecordDto
{
    public string? SchemaVersion { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? LastUpdated { get; set; }

    public List<ActorDto>? Actors { get; set; }

    public List<SourceDto>? Sources { get; set; }

    public List<EventDto>? Events { get; set; }

    public List<StatementDto>? Statements { get; set; }

    public List<WorkingGroupDto>? WorkingGroups { get; set; }

    public List<ProposalDto>? Proposals { get; set; }

    public List<GuaranteeDto>? Guarantees { get; set; }

    public List<TerritoryDto>? Territories { get; set; }

    public List<ClaimDto>? Claims { get; set; }

    public List<ControlObservationDto>? ControlObservations { get; set; }

    public List<LineDto>? Lines { get; set; }

    public List<PositionDto>? Positions { get; set; }

    public List<AssessmentDto>? Assessments { get; set; }

    public List<TopicDto>? Topics { get; set; }
}

/// <summary>The JSON of one Actor.</summary>
internal sealed class ActorDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<NameDto>? Names { get; set; }

    public string? OrganisationKind { get; set; }

    public List<TextDto>? Description { get; set; }

    public string? Parent { get; set; }

    public List<MembershipDto>? Memberships { get; set; }

    public string? ExistsFrom { get; set; }

    public string? ExistsUntil { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Source.</summary>
internal sealed class SourceDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<TextDto>? Title { get; set; }

    public string? Outlet { get; set; }

    public List<string>? Authors { get; set; }

    public string? Uri { get; set; }

    public string? Language { get; set; }

    public string? Published { get; set; }

    public List<RevisionDto>? Revisions { get; set; }

    public List<string>? Cites { get; set; }

    public string? Reliability { get; set; }

    public string? Accessed { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Event.</summary>
internal sealed class EventDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<TextDto>? Title { get; set; }

    public List<TextDto>? Description { get; set; }

    public string? When { get; set; }

    public string? Duration { get; set; }

    public PlaceDto? Place { get; set; }

    public List<ParticipantDto>? Participants { get; set; }

    public List<StatusChangeDto>? StatusHistory { get; set; }

    public string? Parent { get; set; }

    public List<string>? Topics { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Statement.</summary>
internal sealed class StatementDto
{
    public string? Id { get; set; }

    public List<string>? Speakers { get; set; }

    public List<TextDto>? Text { get; set; }

    public string? OnBehalfOf { get; set; }

    public List<string>? Audience { get; set; }

    public string? Event { get; set; }

    public string? When { get; set; }

    public string? Mode { get; set; }

    public string? Act { get; set; }

    public string? Modality { get; set; }

    public List<ReferenceDto>? About { get; set; }

    public List<string>? Topics { get; set; }

    public List<FramingDto>? Framings { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one WorkingGroup.</summary>
internal sealed class WorkingGroupDto
{
    public string? Id { get; set; }

    public List<NameDto>? Names { get; set; }

    public string? Domain { get; set; }

    public List<WorkingGroupMemberDto>? Members { get; set; }

    public List<string>? ProposedBy { get; set; }

    public List<string>? AcceptedBy { get; set; }

    public List<TextDto>? Mandate { get; set; }

    public List<StatusChangeDto>? StatusHistory { get; set; }

    public List<MilestoneDto>? Milestones { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Proposal.</summary>
internal sealed class ProposalDto
{
    public string? Id { get; set; }

    public List<TextDto>? Title { get; set; }

    public string? Kind { get; set; }

    public List<string>? Proposers { get; set; }

    public List<string>? Authors { get; set; }

    public string? Stage { get; set; }

    public List<ProposalVersionDto>? Versions { get; set; }

    public List<StatusChangeDto>? StatusHistory { get; set; }

    public string? Supersedes { get; set; }

    public List<string>? DerivedFrom { get; set; }

    public List<PhaseDto>? Phases { get; set; }

    public List<string>? Topics { get; set; }

    public List<TextDto>? Summary { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Guarantee.</summary>
internal sealed class GuaranteeDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<string>? Guarantors { get; set; }

    public List<string>? Beneficiaries { get; set; }

    public List<TextDto>? Obligations { get; set; }

    public List<InstrumentDto>? Instruments { get; set; }

    public List<TextDto>? Conditions { get; set; }

    public string? ValidFrom { get; set; }

    public string? ValidUntil { get; set; }

    public List<StatusChangeDto>? StatusHistory { get; set; }

    public string? Proposal { get; set; }

    public List<string>? Provisions { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Territory.</summary>
internal sealed class TerritoryDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<NameDto>? Names { get; set; }

    public string? Iso3166Code { get; set; }

    public string? Parent { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Claim.</summary>
internal sealed class ClaimDto
{
    public string? Id { get; set; }

    public string? Claimant { get; set; }

    public string? Territory { get; set; }

    public List<string>? Bases { get; set; }

    public List<TextDto>? BasisDescription { get; set; }

    public string? Since { get; set; }

    public List<string>? RecognisedBy { get; set; }

    public List<string>? DisputedBy { get; set; }

    public string? Extent { get; set; }

    public string? Rank { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one ControlObservation.</summary>
internal sealed class ControlObservationDto
{
    public string? Id { get; set; }

    public string? Territory { get; set; }

    public string? Controller { get; set; }

    public string? Extent { get; set; }

    public string? When { get; set; }

    public List<TextDto>? Description { get; set; }

    public string? Line { get; set; }

    public string? Rank { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Line.</summary>
internal sealed class LineDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<NameDto>? Names { get; set; }

    public List<string>? Territories { get; set; }

    public string? When { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Position.</summary>
internal sealed class PositionDto
{
    public string? Id { get; set; }

    public string? Holder { get; set; }

    public ReferenceDto? Subject { get; set; }

    public string? Stance { get; set; }

    public List<TextDto>? Conditions { get; set; }

    public string? When { get; set; }

    public List<string>? Evidence { get; set; }

    public string? Rank { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Assessment.</summary>
internal sealed class AssessmentDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Label { get; set; }

    public List<TextDto>? Title { get; set; }

    public List<string>? Authors { get; set; }

    public List<TextDto>? Text { get; set; }

    public LikelihoodDto? Likelihood { get; set; }

    public List<ReferenceDto>? About { get; set; }

    public List<TextDto>? Drivers { get; set; }

    public string? When { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Topic.</summary>
internal sealed class TopicDto
{
    public string? Id { get; set; }

    public List<NameDto>? Names { get; set; }

    public string? Parent { get; set; }

    public List<TextDto>? Description { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Name.</summary>
internal sealed class NameDto
{
    public string? Text { get; set; }

    public string? Language { get; set; }

    public string? Kind { get; set; }
}

/// <summary>The JSON of one Text.</summary>
internal sealed class TextDto
{
    public string? Text { get; set; }

    public string? Language { get; set; }

    public bool IsOriginal { get; set; }
}

/// <summary>The JSON of one Membership.</summary>
internal sealed class MembershipDto
{
    public List<TextDto>? Role { get; set; }

    public string? Organisation { get; set; }

    public string? OnBehalfOf { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public List<CitationDto>? Citations { get; set; }
}

/// <summary>The JSON of one Citation.</summary>
internal sealed class CitationDto
{
    public string? Source { get; set; }

    public int? Revision { get; set; }

    public TextDto? Quote { get; set; }

    public string? Locator { get; set; }

    public string? Credibility { get; set; }

    public string? RecordedBy { get; set; }

    public string? RecordedAt { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Identifier.</summary>
internal sealed class IdentifierDto
{
    public string? Scheme { get; set; }

    public string? Value { get; set; }
}

/// <summary>The JSON of one Revision.</summary>
internal sealed class RevisionDto
{
    public int? Number { get; set; }

    public string? At { get; set; }

    public List<TextDto>? Title { get; set; }

    public List<TextDto>? Changes { get; set; }
}

/// <summary>The JSON of one Place.</summary>
internal sealed class PlaceDto
{
    public string? Name { get; set; }

    public string? TimeZone { get; set; }

    public CoordinatesDto? Coordinates { get; set; }

    public string? Territory { get; set; }
}

/// <summary>The JSON of one Coordinates.</summary>
internal sealed class CoordinatesDto
{
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}

/// <summary>The JSON of one Participant.</summary>
internal sealed class ParticipantDto
{
    public string? Actor { get; set; }

    public string? Role { get; set; }

    public string? OnBehalfOf { get; set; }
}

/// <summary>The JSON of one StatusChange.</summary>
internal sealed class StatusChangeDto
{
    public string? Status { get; set; }

    public string? When { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public string? Notes { get; set; }
}

/// <summary>The JSON of one Reference.</summary>
internal sealed class ReferenceDto
{
    public string? Kind { get; set; }

    public string? Id { get; set; }
}

/// <summary>The JSON of one Framing.</summary>
internal sealed class FramingDto
{
    public List<TextDto>? Text { get; set; }

    public string? By { get; set; }

    public List<CitationDto>? Citations { get; set; }
}

/// <summary>The JSON of one WorkingGroupMember.</summary>
internal sealed class WorkingGroupMemberDto
{
    public string? Actor { get; set; }

    public string? Role { get; set; }
}

/// <summary>The JSON of one Milestone.</summary>
internal sealed class MilestoneDto
{
    public List<TextDto>? Description { get; set; }

    public string? Status { get; set; }

    public string? Expected { get; set; }

    public string? Reached { get; set; }

    public List<CitationDto>? Citations { get; set; }
}

/// <summary>The JSON of one ProposalVersion.</summary>
internal sealed class ProposalVersionDto
{
    public int? Number { get; set; }

    public string? Label { get; set; }

    public string? When { get; set; }

    public List<TextDto>? Summary { get; set; }

    public List<ProvisionDto>? Provisions { get; set; }

    public List<TextDto>? ChangeNotes { get; set; }

    public List<CitationDto>? Citations { get; set; }
}

/// <summary>The JSON of one Phase.</summary>
internal sealed class PhaseDto
{
    public string? Id { get; set; }

    public int? Order { get; set; }

    public List<TextDto>? Title { get; set; }

    public List<TextDto>? Description { get; set; }

    public List<string>? DependsOn { get; set; }

    public List<string>? Provisions { get; set; }

    public List<CitationDto>? Citations { get; set; }
}

/// <summary>The JSON of one Instrument.</summary>
internal sealed class InstrumentDto
{
    public string? Kind { get; set; }

    public string? Lender { get; set; }

    public MoneyDto? Amount { get; set; }

    public List<TextDto>? Description { get; set; }
}

/// <summary>The JSON of one Likelihood.</summary>
internal sealed class LikelihoodDto
{
    public string? Words { get; set; }

    public double? Minimum { get; set; }

    public double? Maximum { get; set; }

    public TextDto? Text { get; set; }
}

/// <summary>The JSON of one Money.</summary>
internal sealed class MoneyDto
{
    public string? Amount { get; set; }

    public string? Currency { get; set; }
}

/// <summary>Every kind of provision in one flat class, as a hand-written mirror of the <c>kind</c>-tagged union would be.</summary>
internal sealed class ProvisionDto
{
    public string? Kind { get; set; }

    public string? Id { get; set; }

    public List<TextDto>? Summary { get; set; }

    public string? Depth { get; set; }

    public List<string>? Territories { get; set; }

    public List<TextDto>? Conditions { get; set; }

    public bool IsOptional { get; set; }

    public List<TextDto>? OpenQuestions { get; set; }

    public bool IsTemporary { get; set; }

    public List<string>? Parties { get; set; }

    public List<TextDto>? Scope { get; set; }

    public string? Force { get; set; }

    public string? Extent { get; set; }

    public List<string>? From { get; set; }

    public string? BehindLine { get; set; }

    public List<TextDto>? Features { get; set; }

    public List<string>? Monitors { get; set; }

    public List<string>? MonitoringMethods { get; set; }

    public List<string>? FundedBy { get; set; }

    public string? Subject { get; set; }

    public List<string>? ExcludedAlliances { get; set; }

    public List<string>? Guarantors { get; set; }

    public List<string>? Guarantees { get; set; }

    public List<string>? Lenders { get; set; }

    public MoneyDto? Amount { get; set; }

    public TextDto? Fund { get; set; }

    public List<TextDto>? Question { get; set; }

    public List<TextDto>? Precondition { get; set; }

    public string? State { get; set; }

    public List<TextDto>? Composition { get; set; }

    public List<TextDto>? Timing { get; set; }

    public List<TextDto>? Limits { get; set; }

    public List<string>? AppliesTo { get; set; }

    public List<string>? ImposedBy { get; set; }

    public List<string>? Targets { get; set; }

    public List<TextDto>? Measures { get; set; }

    public List<TextDto>? Terms { get; set; }

    public bool Deferred { get; set; }

    public List<CitationDto>? Citations { get; set; }

    public List<IdentifierDto>? Identifiers { get; set; }

    public string? Notes { get; set; }
}
