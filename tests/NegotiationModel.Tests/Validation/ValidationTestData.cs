using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NegotiationModel.Validation;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// A small record that validates with no diagnostic at all, from the facts of the digest; each rule's tests
/// plant one problem in it (or a near miss that is not one).
/// </summary>
internal static class ValidationTestData
{
    public static readonly ActorId Trump = new("trump");
    public static readonly ActorId Zelensky = new("zelensky");
    public static readonly ActorId UnitedStates = new("united-states");
    public static readonly ActorId Ukraine = new("ukraine");
    public static readonly ActorId Russia = new("russia");
    public static readonly ActorId NhkOutlet = new("nhk");
    public static readonly SourceId Nhk = new("nhk-2025-12-29");
    public static readonly SourceId Blog = new("blog-commentary");
    public static readonly SourceId Wires = new("nhk-wire-reports");
    public static readonly NegotiationEventId Meeting = new("miami-meeting");
    public static readonly StatementId Thorny = new("trump-thorny-issues");
    public static readonly WorkingGroupId Security = new("wg-security");
    public static readonly ProposalId Roadmap = new("author-roadmap");
    public static readonly ProposalId OldPlan = new("old-plan");
    public static readonly ProvisionId Ceasefire = new("roadmap-ceasefire");
    public static readonly ProvisionId Financing = new("roadmap-financing");
    public static readonly ProvisionId OldCeasefire = new("old-plan-ceasefire");
    public static readonly PhaseId Phase0 = new("roadmap-phase-0");
    public static readonly PhaseId Phase1 = new("roadmap-phase-1");
    public static readonly GuaranteeId Loans = new("reconstruction-loan-guarantee");
    public static readonly TerritoryId UkraineTerritory = new("UA");
    public static readonly TerritoryId Donetsk = new("UA-14");
    public static readonly NamedLineId LineOfContact = new("line-of-contact");

    public static LocalizedText En(string text) => new(text, "en");

    public static When W(string text) => When.Parse(text);

    public static ValidationReport Validate(NegotiationRecord record) => RecordValidator.Default.Validate(record);

    /// <summary>Returns the diagnostics as <c>code at path</c> lines, for assertions that show what was found.</summary>
    public static IEnumerable<string> Found(NegotiationRecord record) => Validate(record).Diagnostics.Select(d => $"{d.Code} at {d.Path}");

    public static NegotiationRecord Clean() => new("Miami talks (validation test record)")
    {
        Actors =
        [
            new Actor(Trump, ActorKind.Person, [new LocalizedName("Donald Trump", "en"), new LocalizedName("トランプ", "ja", NameKind.Alias)])
            {
                ExistsFrom = W("1946-06-14"),
                Memberships = [new Membership { Role = [En("President of the United States")], Organisation = UnitedStates, Start = W("2025-01-20") }],
            },
            new Actor(Zelensky, ActorKind.Person, [new LocalizedName("Volodymyr Zelensky", "en")]) { ExistsFrom = W("1978-01-25") },
            new Actor(UnitedStates, ActorKind.State, [new LocalizedName("United States", "en")])
            {
                ExistsFrom = W("1776-07-04"),
                Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha2, "US"), new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha3, "USA")],
            },
            new Actor(Ukraine, ActorKind.State, [new LocalizedName("Ukraine", "en"), new LocalizedName("Україна", "uk")]) { ExistsFrom = W("1991-08-24") },
            new Actor(Russia, ActorKind.State, [new LocalizedName("Russia", "en"), new LocalizedName("Россия", "ru")]),
            new Actor(NhkOutlet, ActorKind.MediaOutlet, [new LocalizedName("NHK", "en"), new LocalizedName("日本放送協会", "ja")]),
        ],
        Sources =
        [
            new Source(Nhk, SourceKind.NewsReport)
            {
                Title = [new LocalizedText("トランプ大統領とゼレンスキー大統領が会談", "ja", isOriginal: true)],
                Outlet = NhkOutlet,
                Language = "ja",
                Published = W("2025-12-29T11:36[Asia/Tokyo]"),
                Revisions = [new SourceRevision(1, W("2025-12-29T11:36[Asia/Tokyo]")), new SourceRevision(2, W("2025-12-29T19:31[Asia/Tokyo]"))],
                Cites = [Wires],
                Citations = [new Citation(Blog)],
            },
            new Source(Wires, SourceKind.WireReport) { Language = "en", Published = W("../2025-12-29T11:36[Asia/Tokyo]") },
            new Source(Blog, SourceKind.Commentary) { Language = "ja-JP", Published = W("after(source:nhk-2025-12-29)"), Cites = [Nhk] },
        ],
        Events =
        [
            new NegotiationEvent(Meeting, EventKind.Meeting, [En("Meeting of Trump and Zelensky in Miami")])
            {
                When = W("2025-12-28Tafternoon[America/New_York]"),
                Place = new Place { Name = "Miami, Florida", TimeZone = "America/New_York" },
                Participants = [new Participant(Trump, ParticipantRole.Host) { OnBehalfOf = UnitedStates }, new Participant(Zelensky, ParticipantRole.Principal) { OnBehalfOf = Ukraine }],
                StatusHistory =
                [
                    new StatusChange<EventStatus>(EventStatus.Scheduled, W("2025-12-26")),
                    new StatusChange<EventStatus>(EventStatus.TookPlace, W("2025-12-28Tafternoon[America/New_York]")),
                ],
                Topics = [WellKnownTopics.Territory],
                Citations = [new Citation(Nhk)],
            },
        ],
        Statements =
        [
            new Statement(Thorny, [Trump], [En("One or two thorny issues remain.")])
            {
                Event = Meeting,
                When = W("after(event:miami-meeting)"),
                Mode = StatementMode.DirectQuote,
                About = [EntityReference.To(Roadmap)],
                Citations = [new Citation(Nhk) { Revision = 2 }],
            },
        ],
        WorkingGroups =
        [
            new WorkingGroup(Security, [new LocalizedName("Security working group", "en")])
            {
                Domain = WellKnownTopics.Security,
                Members = [new WorkingGroupMember(UnitedStates, WorkingGroupRole.Member), new WorkingGroupMember(Russia, WorkingGroupRole.Member)],
                ProposedBy = [UnitedStates],
                AcceptedBy = [Russia],
                StatusHistory =
                [
                    new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Proposed, W("../2025-12-28[Europe/Moscow]")),
                    new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Accepted, W("2025-12-28[Europe/Moscow]")),
                    new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Established, W("2026-01-05[Europe/Moscow]")),
                ],
                Milestones = [new Milestone([En("Specifics decided")], MilestoneStatus.Expected) { Expected = W("2026-01-early[Europe/Moscow]") }],
                Citations = [new Citation(Nhk) { Revision = 1 }],
            },
        ],
        Proposals =
        [
            new Proposal(OldPlan, ProposalKind.PeacePlan, [En("An earlier plan")])
            {
                Versions = [new ProposalVersion(1) { Provisions = [new CeasefireProvision(OldCeasefire) { Parties = [Russia, Ukraine] }] }],
                StatusHistory =
                [
                    new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2025-11")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Superseded, W("2025-12")),
                ],
            },
            new Proposal(Roadmap, ProposalKind.Roadmap, [En("A phased peace roadmap")])
            {
                Authors = [Trump],
                Supersedes = OldPlan,
                Versions =
                [
                    new ProposalVersion(1)
                    {
                        Provisions =
                        [
                            new CeasefireProvision(Ceasefire) { Parties = [Russia, Ukraine], Territories = [Donetsk] },
                            new ReconstructionFinancingProvision(Financing) { Lenders = [UnitedStates], Amount = new Money(1_000_000_000m, "EUR") },
                        ],
                    },
                ],
                Phases =
                [
                    new Phase(Phase0, 0, [En("Ceasefire")]) { Provisions = [Ceasefire] },
                    new Phase(Phase1, 1, [En("Reconstruction")]) { DependsOn = [Phase0], Provisions = [Financing] },
                ],
                StatusHistory =
                [
                    new StatusChange<ProposalStatus>(ProposalStatus.Drafted, W("2025-12-01")),
                    new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2025-12-10")),
                    new StatusChange<ProposalStatus>(ProposalStatus.UnderNegotiation, W("2025-12-28")),
                ],
                Topics = [WellKnownTopics.Ceasefire],
            },
        ],
        Guarantees =
        [
            new Guarantee(Loans, GuaranteeKind.Financial)
            {
                Guarantors = [UnitedStates, Russia],
                Beneficiaries = [Ukraine],
                Instruments = [new FinancialInstrument(FinancialInstrumentKind.Loan) { Lender = UnitedStates, Amount = new Money(500_000_000m, "USD") }],
                ValidFrom = W("2026"),
                ValidUntil = W("2036"),
                StatusHistory =
                [
                    new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, W("2025-12-29")),
                    new StatusChange<GuaranteeStatus>(GuaranteeStatus.Agreed, W("2026-01")),
                    new StatusChange<GuaranteeStatus>(GuaranteeStatus.InForce, W("2026-02")),
                ],
                Proposal = Roadmap,
                Provisions = [Financing],
            },
        ],
        Territories =
        [
            new Territory(UkraineTerritory, TerritoryKind.State, [new LocalizedName("Ukraine", "en")]) { Iso3166Code = "UA" },
            new Territory(Donetsk, TerritoryKind.Region, [new LocalizedName("Donetsk Oblast", "en")])
            {
                Iso3166Code = "UA-14",
                Parent = UkraineTerritory,
                Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Subdivision, "UA-14")],
            },
        ],
        Claims = [new TerritorialClaim(new TerritorialClaimId("russia-claims-UA-14"), Russia, Donetsk) { Since = W("2022"), DisputedBy = [Ukraine] }],
        ControlObservations = [new ControlObservation(new ControlObservationId("russia-controls-part-of-UA-14"), Donetsk, Russia, ControlExtent.Part, W("2025-12-late")) { Line = LineOfContact }],
        Lines = [new NamedLine(LineOfContact, LineKind.LineOfContact, [new LocalizedName("Line of contact", "en")]) { Territories = [Donetsk], When = W("2025-12-late") }],
        Positions =
        [
            new Position(new PositionId("russia-on-roadmap"), Russia, EntityReference.To(Roadmap), Stance.Opposes) { When = W("2025-12-28[Europe/Moscow]"), Evidence = [Thorny] },
            new Position(new PositionId("ukraine-on-phase-0"), Ukraine, EntityReference.To(Phase0), Stance.Supports),
        ],
        Assessments =
        [
            new Assessment(new AssessmentId("thorny-issues-are-territory"), AssessmentKind.Interpretation, [En("The thorny issues are territory")])
            {
                Likelihood = new Likelihood(EstimativeProbability.Likely),
                About = [EntityReference.To(Thorny)],
                When = W("after(statement:trump-thorny-issues)"),
            },
        ],
        Topics = WellKnownTopics.All,
    };

    /// <summary>Replaces the element at <paramref name="index"/>.</summary>
    public static ValueList<T> Replace<T>(this ValueList<T> list, int index, Func<T, T> change) => list.Items.SetItem(index, change(list[index]));
}
