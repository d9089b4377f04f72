using System.Reflection;
using System.Text.Json.Nodes;
using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Mandates;
using NegotiationModel.Monitoring;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NegotiationModel.Validation;
using NegotiationModel.Votes;
using NegotiationModel.WorkingGroups;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// A record with more than fifty planted problems, at least one per rule: validation reports every one, each
/// with the right code and the path of the offending member, and nothing else.
/// </summary>
public sealed class PlantedProblemsTest
{
    /// <summary>Every planted problem: its code and path, and what was planted.</summary>
    private static readonly (string Code, string Path, string What)[] Planted =
    [
        (DiagnosticCodes.DuplicateId, "$['actors'][6]['id']", "a second actor 'trump'"),
        (DiagnosticCodes.DuplicateId, "$['sources'][3]['id']", "a second source 'nhk-wire-reports'"),
        (DiagnosticCodes.DuplicateId, "$['proposals'][2]['versions'][0]['provisions'][1]['id']", "a provision twice in one version"),
        (DiagnosticCodes.DuplicateId, "$['proposals'][2]['versions'][1]['provisions'][1]['id']", "another proposal's provision"),
        (DiagnosticCodes.UnresolvedReference, "$['statements'][1]['speakers'][0]", "speaker 'putn'"),
        (DiagnosticCodes.UnresolvedReference, "$['positions'][2]['subject']", "a position on a proposal not in the record"),
        (DiagnosticCodes.UnresolvedReference, "$['assessments'][1]['when']", "a time after an event not in the record"),
        (DiagnosticCodes.UnresolvedReference, "$['events'][0]['citations'][1]['source']", "a citation of a source not in the record"),
        (DiagnosticCodes.UnresolvedReference, "$['proposals'][1]['versions'][0]['provisions'][0]['territories'][1]", "territory UA-99"),
        (DiagnosticCodes.UnresolvedReference, "$['events'][0]['topics'][1]", "topic 'weather'"),
        (DiagnosticCodes.UnresolvedReference, "$['positions'][0]['evidence'][1]", "evidence not in the record"),
        (DiagnosticCodes.WrongKindReference, "$['statements'][2]['speakers'][0]", "a source as speaker"),
        (DiagnosticCodes.WrongKindReference, "$['statements'][2]['about'][0]", "a provision referred to as a proposal"),
        (DiagnosticCodes.WrongKindReference, "$['claims'][0]['territory']", "a line claimed as a territory"),
        (DiagnosticCodes.WrongKindReference, "$['mandates'][0]['holder']", "a mandate held by a topic"),
        (DiagnosticCodes.UnknownRevision, "$['statements'][3]['citations'][0]['revision']", "revision 7 of a source with two"),
        (DiagnosticCodes.UnknownRevision, "$['workingGroups'][0]['citations'][0]['revision']", "revision 5 of a source with two"),
        (DiagnosticCodes.PartOfAnotherProposal, "$['proposals'][1]['phases'][0]['provisions'][1]", "a phase listing another proposal's provision"),
        (DiagnosticCodes.UnknownSubjectVersion, "$['positions'][3]['subjectVersion']", "a position on version 9 of a proposal with one"),
        (DiagnosticCodes.EndBeforeStart, "$['actors'][1]['memberships'][0]['end']", "a role ending the day before it starts"),
        (DiagnosticCodes.EndBeforeStart, "$['actors'][4]['existsUntil']", "a state ceasing before it exists"),
        (DiagnosticCodes.EndBeforeStart, "$['guarantees'][0]['validUntil']", "a guarantee valid until before it is valid"),
        (DiagnosticCodes.EndBeforeStart, "$['lines'][0]['when']", "a range reversed across zones"),
        (DiagnosticCodes.EndBeforeStart, "$['monitoringMissions'][0]['mandateEnd']", "a mandate ending a year before it starts"),
        (DiagnosticCodes.StatementAfterSource, "$['statements'][4]['citations'][0]", "a statement after the revision reporting it"),
        (DiagnosticCodes.MembershipOutsideExistence, "$['actors'][0]['memberships'][0]['start']", "a role before its holder was born"),
        (DiagnosticCodes.MembershipOutsideExistence, "$['actors'][1]['memberships'][1]['start']", "membership of the USSR after it ended"),
        (DiagnosticCodes.StatusOutOfOrder, "$['events'][0]['statusHistory'][1]['when']", "held before it was scheduled"),
        (DiagnosticCodes.StatusOutOfOrder, "$['workingGroups'][0]['statusHistory'][2]['when']", "established before it was accepted"),
        (DiagnosticCodes.IllegalStatusTransition, "$['events'][0]['statusHistory'][2]['status']", "cancelled after it took place"),
        (DiagnosticCodes.IllegalStatusTransition, "$['proposals'][2]['statusHistory'][1]['status']", "accepted before it was ever tabled"),
        (DiagnosticCodes.IllegalStatusTransition, "$['guarantees'][1]['statusHistory'][1]['status']", "lapsed without being in force"),
        (DiagnosticCodes.IllegalStatusTransition, "$['monitoringMissions'][0]['statusHistory'][1]['status']", "a mission suspended that was only proposed"),
        (DiagnosticCodes.SupersededWithoutSuccessor, "$['proposals'][0]['statusHistory'][1]['status']", "superseded by nothing"),
        (DiagnosticCodes.MilestoneBeforeEstablishment, "$['workingGroups'][0]['milestones'][1]['reached']", "a milestone before the group existed"),
        (DiagnosticCodes.RevisionsOutOfOrder, "$['sources'][4]['revisions'][1]['number']", "revision 1 listed after revision 2"),
        (DiagnosticCodes.RevisionsOutOfOrder, "$['sources'][5]['revisions'][1]['at']", "revision 2 dated before revision 1"),
        (DiagnosticCodes.RevisionBeforePublication, "$['sources'][6]['revisions'][0]['at']", "a revision before publication"),
        (DiagnosticCodes.DeadlineBeforeEffect, "$['proposals'][1]['versions'][0]['provisions'][1]['deadlines'][0]['due']", "a deadline two days before its provision takes effect"),
        (DiagnosticCodes.RelativeTimeCycle, "$['events'][2]['when']", "two calls each after the other"),
        (DiagnosticCodes.AnchorWithoutTime, "$['assessments'][2]['when']", "a time after a provision, which has none"),
        (DiagnosticCodes.RepeatedStatus, "$['proposals'][3]['statusHistory'][1]['status']", "accepted twice with nothing that tells the two apart"),
        (DiagnosticCodes.RenewalBeforeRenewedTerm, "$['mandates'][0]['renewals'][0]['termStart']", "a renewal whose term starts before the first term"),
        (DiagnosticCodes.TransitionOutsideExistence, "$['actors'][9]['predecessors'][0]['when']", "a party transformed from an armed group two months before it existed"),
        (DiagnosticCodes.CitationCycle, "$['sources'][2]['cites'][0]", "NHK cites the wires cite the blog cites NHK"),
        (DiagnosticCodes.CitationCycle, "$['sources'][4]['cites'][0]", "a source citing itself"),
        (DiagnosticCodes.SelfAttributedSource, "$['sources'][5]['citations'][0]['source']", "a source attributed to itself"),
        (DiagnosticCodes.UnsourcedStatement, "$['statements'][5]", "a statement without citations"),
        (DiagnosticCodes.InvalidLanguageTag, "$['events'][0]['title'][1]['language']", "language 'jp_JP'"),
        (DiagnosticCodes.InvalidLanguageTag, "$['sources'][6]['language']", "language 'English (UK)'"),
        (DiagnosticCodes.InvalidLanguageTag, "$['territories'][1]['names'][1]['language']", "language 'ukr-'"),
        (DiagnosticCodes.InvalidLanguageTag, "$['statements'][0]['framings'][0]['text'][0]['language']", "language 'e'"),
        (DiagnosticCodes.UnknownTimeZone, "$['events'][0]['place']['timeZone']", "zone 'Florida/Miami'"),
        (DiagnosticCodes.UnknownCurrency, "$['proposals'][1]['versions'][0]['provisions'][1]['amount']['currency']", "currency 'EURO'"),
        (DiagnosticCodes.NegativeAmount, "$['guarantees'][0]['instruments'][0]['amount']['amount']", "a negative loan"),
        (DiagnosticCodes.InvalidIso3166Code, "$['territories'][0]['iso3166Code']", "a state coded 'UKR'"),
        (DiagnosticCodes.InvalidIso3166Code, "$['actors'][2]['identifiers'][0]['value']", "alpha-2 'usa'"),
        (DiagnosticCodes.VoteFiguresDisagree, "$['votes'][0]['results'][0]['counts'][0]['share']", "a share mistyped: 52.22 % for 50.23 %"),
        (DiagnosticCodes.PhaseDependencyCycle, "$['proposals'][2]['phases'][1]['dependsOn'][0]", "two phases each waiting for the other"),
        (DiagnosticCodes.GuaranteeWithoutGuarantor, "$['guarantees'][2]", "a guarantee without guarantor"),
        (DiagnosticCodes.GuaranteeWithoutBeneficiary, "$['guarantees'][3]", "a guarantee without beneficiary"),
        (DiagnosticCodes.HierarchyCycle, "$['actors'][3]['parent']", "a state its own parent"),
        (DiagnosticCodes.HierarchyCycle, "$['events'][3]['parent']", "an event its own parent"),
        (DiagnosticCodes.HierarchyCycle, "$['topics'][16]['parent']", "two topics each the other's parent"),
        (DiagnosticCodes.HierarchyCycle, "$['workingGroups'][2]['parent']", "two working groups each the other's parent"),
        (DiagnosticCodes.PhaseOrder, "$['proposals'][2]['phases'][0]['dependsOn'][0]", "phase 0 waiting for phase 1 (in the cycle)"),
        (DiagnosticCodes.FormatNotNegotiatingFormat, "$['workingGroups'][1]['format']", "a group working within a state"),
        (DiagnosticCodes.PackageMemberOutlivesPackage, "$['proposals'][4]['packageMembers'][0]", "a member in force while its package was rejected"),
        (DiagnosticCodes.AlsoSupersedesWithoutSupersedes, "$['proposals'][5]['alsoSupersedes']", "further predecessors without the first"),
        (DiagnosticCodes.SuccessionCycle, "$['actors'][9]['predecessors'][0]", "an armed group, its party and the party renamed, each from the next"),
        (DiagnosticCodes.ThirdPartyRoleContradictsRole, "$['events'][4]['participants'][0]['thirdPartyRole']", "an observer recorded as guarantor"),
        (DiagnosticCodes.MechanismMismatch, "$['monitoringMissions'][1]['conductedBy'][1]", "a mission conducted by an actor outside its mechanism"),
        (DiagnosticCodes.UnknownMember, "$['actors'][0]['nickname']", "a member the model does not know"),
    ];

    private static readonly ActorId SovietUnion = new("soviet-union");
    private static readonly ActorId FarcEp = new("farc-ep");
    private static readonly ActorId FarcParty = new("farc-party");
    private static readonly ActorId Comunes = new("comunes");
    private static readonly ActorId Chile = new("chile");

    [Fact]
    public void More_than_fifty_problems_are_planted_at_least_one_per_rule()
    {
        // NM9002 is planted by FormatVersionRuleTest: at every addition the model marks, in a record declaring 1.0.
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)
            .Where(c => c is not DiagnosticCodes.JsonReadFailure and not DiagnosticCodes.DiagnosticsOmitted and not DiagnosticCodes.NewerThanDeclaredVersion);

        Planted.Should().HaveCountGreaterThanOrEqualTo(50);
        Planted.Select(p => p.Code).Should().Contain(codes);
    }

    [Fact]
    public void Every_planted_problem_is_reported_with_its_code_and_path_and_nothing_else()
    {
        var found = Found(Record());

        found.Should().BeEquivalentTo(Planted.Select(p => $"{p.Code} at {p.Path}"));
    }

    [Fact]
    public void Every_path_selects_the_offending_member_in_the_serialized_json()
    {
        var record = Record();
        var json = JsonNode.Parse(NegotiationJson.Serialize(record))!;

        foreach (var diagnostic in Validate(record).Diagnostics.Where(d => d.Code != DiagnosticCodes.UnknownMember))
        {
            JsonPathSelector.Exists(json, diagnostic.Path).Should().BeTrue($"{diagnostic} should point at a member of the JSON");
        }

        Text(json, "$['statements'][1]['speakers'][0]").Should().Be("putn");
        Text(json, "$['statements'][2]['about'][0]['id']").Should().Be("roadmap-ceasefire");
        Text(json, "$['events'][0]['place']['timeZone']").Should().Be("Florida/Miami");
        Text(json, "$['proposals'][1]['versions'][0]['provisions'][1]['amount']['currency']").Should().Be("EURO");
        Text(json, "$['proposals'][1]['versions'][0]['provisions'][0]['territories'][1]").Should().Be("UA-99");
        Text(json, "$['assessments'][2]['when']").Should().Be("after(provision:roadmap-ceasefire)");
        Text(json, "$['sources'][2]['cites'][0]").Should().Be("nhk-2025-12-29");
        Text(json, "$['territories'][1]['names'][1]['language']").Should().Be("ukr-");
    }

    [Fact]
    public void Validation_never_throws_and_the_report_prints_one_line_per_diagnostic()
    {
        var report = Validate(Record());

        report.HasErrors.Should().BeTrue();
        report.ToString().Should().Be($"{report.ErrorCount} errors, {report.WarningCount} warnings, {report.InfoCount} info");
        report.Diagnostics.Select(d => d.ToString()).Should().OnlyContain(line => line.Contains(" NM", StringComparison.Ordinal) && line.Contains("(at $", StringComparison.Ordinal));
        report.InfoCount.Should().Be(1);
    }

    private static string Text(JsonNode json, string path) => JsonPathSelector.Select(json, path)!.GetValue<string>();

    /// <summary>Builds the record with every planted problem.</summary>
    internal static NegotiationRecord Record()
    {
        var clean = Clean();
        var record = clean with
        {
            Actors =
            [
                clean.Actors[0] with { Memberships = clean.Actors[0].Memberships.Replace(0, m => m with { Start = W("1945") }) },
                clean.Actors[1] with
                {
                    Memberships =
                    [
                        new Membership { Role = [En("President of Ukraine")], Organisation = Ukraine, Start = W("2019-05-20"), End = W("2019-05-19") },
                        new Membership { Role = [En("Citizen")], Organisation = SovietUnion, Start = W("1992") },
                    ],
                },
                clean.Actors[2] with { Identifiers = clean.Actors[2].Identifiers.Replace(0, i => i with { Value = "usa" }) },
                clean.Actors[3] with { Parent = Ukraine },
                clean.Actors[4] with { ExistsFrom = W("1991-12-26"), ExistsUntil = W("1991-12-25") },
                clean.Actors[5],
                new Actor(Trump, ActorKind.Person, [new LocalizedName("Donald J. Trump", "en")]),
                new Actor(SovietUnion, ActorKind.State, [new LocalizedName("Soviet Union", "en")]) { ExistsFrom = W("1922-12-30"), ExistsUntil = W("1991-12-26") },
                new Actor(FarcEp, ActorKind.Faction, [new LocalizedName("FARC-EP", "es")]) { ExistsFrom = W("1964"), Predecessors = [new ActorTransition(Comunes, ActorTransitionKind.Renamed)] },
                new Actor(FarcParty, ActorKind.Organisation, [new LocalizedName("FARC", "es")])
                {
                    ExistsFrom = W("2017-08"),
                    Predecessors = [new ActorTransition(FarcEp, ActorTransitionKind.Transformed) { When = W("2017-06[America/Bogota]") }],
                },
                new Actor(Comunes, ActorKind.Organisation, [new LocalizedName("Comunes", "es")]) { Predecessors = [new ActorTransition(FarcParty, ActorTransitionKind.Renamed)] },
                new Actor(Chile, ActorKind.State, [new LocalizedName("Chile", "en")]),
            ],
            Sources =
            [
                clean.Sources[0],
                clean.Sources[1] with { Cites = [Blog] },
                clean.Sources[2],
                new Source(Wires, SourceKind.WireReport),
                new Source(new SourceId("nhk-update"), SourceKind.NewsReport)
                {
                    Revisions = [new SourceRevision(2, W("2025-12-29T11:36[Asia/Tokyo]")), new SourceRevision(1, W("2025-12-29T19:31[Asia/Tokyo]"))],
                    Cites = [new SourceId("nhk-update")],
                },
                new Source(new SourceId("nhk-late"), SourceKind.NewsReport)
                {
                    Revisions = [new SourceRevision(1, W("2025-12-29T19:31[Asia/Tokyo]")), new SourceRevision(2, W("2025-12-29T11:36[Asia/Tokyo]"))],
                    Citations = [new Citation(new SourceId("nhk-late"))],
                },
                new Source(new SourceId("late-post"), SourceKind.SocialPost) { Language = "English (UK)", Published = W("2025-12-30"), Revisions = [new SourceRevision(1, W("2025-12-28"))] },
            ],
            Events =
            [
                clean.Events[0] with
                {
                    Title = [.. clean.Events[0].Title, new LocalizedText("会談", "jp_JP")],
                    Place = clean.Events[0].Place! with { TimeZone = "Florida/Miami" },
                    StatusHistory =
                    [
                        clean.Events[0].StatusHistory[0] with { When = W("2025-12-30") },
                        clean.Events[0].StatusHistory[1],
                        new StatusChange<EventStatus>(EventStatus.Cancelled, W("2026-01-02")),
                    ],
                    Topics = [WellKnownTopics.Territory, new TopicId("weather")],
                    Citations = [new Citation(Nhk), new Citation(new SourceId("ghost"))],
                },
                new NegotiationEvent(new NegotiationEventId("call-a"), EventKind.PhoneCall, [En("Call A")]) { When = W("after(event:call-b)") },
                new NegotiationEvent(new NegotiationEventId("call-b"), EventKind.PhoneCall, [En("Call B")]) { When = W("after(event:call-a)") },
                new NegotiationEvent(new NegotiationEventId("round"), EventKind.NegotiationRound, [En("A round")]) { Parent = new NegotiationEventId("round") },
                new NegotiationEvent(new NegotiationEventId("cartagena-signing"), EventKind.Signing, [En("Signing in Cartagena")])
                {
                    Participants = [new Participant(Chile, ParticipantRole.Observer) { ThirdPartyRole = ThirdPartyRole.Guarantor }],
                },
            ],
            Statements =
            [
                clean.Statements[0] with { Framings = [new Framing([new LocalizedText("A framing", "e")])] },
                new Statement(new StatementId("putin-misspelt"), [new ActorId("putn")], [En("...")]) { Citations = [new Citation(Nhk)] },
                new Statement(new StatementId("source-as-speaker"), [new ActorId(Nhk.Value!)], [En("...")])
                {
                    About = [new EntityReference(EntityKind.Proposal, Ceasefire.Value!)],
                    Citations = [new Citation(Nhk)],
                },
                new Statement(new StatementId("seventh-revision"), [Trump], [En("...")]) { Citations = [new Citation(Nhk) { Revision = 7 }] },
                new Statement(new StatementId("after-its-source"), [Trump], [En("...")]) { When = W("2025-12-31"), Citations = [new Citation(Nhk) { Revision = 1 }] },
                new Statement(new StatementId("unsourced"), [Zelensky], [En("...")]),
            ],
            WorkingGroups =
            [
                clean.WorkingGroups[0] with
                {
                    StatusHistory = clean.WorkingGroups[0].StatusHistory.Replace(1, c => c with { When = W("2026-02-01[Europe/Moscow]") }),
                    Milestones = [.. clean.WorkingGroups[0].Milestones, new Milestone([En("First meeting")], MilestoneStatus.Reached) { Reached = W("2026-01-02") }],
                    Citations = [new Citation(Nhk) { Revision = 5 }],
                },
                new WorkingGroup(new WorkingGroupId("tcg-security"), [new LocalizedName("Security sub-group", "en")]) { Parent = new WorkingGroupId("tcg-plenary"), Format = Ukraine },
                new WorkingGroup(new WorkingGroupId("tcg-plenary"), [new LocalizedName("Trilateral Contact Group", "en")]) { Parent = new WorkingGroupId("tcg-security") },
                new WorkingGroup(new WorkingGroupId("mmv"), [new LocalizedName("Monitoring and verification mechanism", "en")])
                {
                    Kind = WorkingGroupKind.Mechanism,
                    Members = [new WorkingGroupMember(Ukraine, WorkingGroupRole.Member)],
                },
            ],
            MonitoringMissions =
            [
                new MonitoringMission(new MonitoringMissionId("osce-smm"), [new LocalizedName("OSCE Special Monitoring Mission", "en")])
                {
                    MandateStart = W("2015-03-21"),
                    MandateEnd = W("2014-03-20"),
                    StatusHistory = [new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Proposed, W("2014-03")), new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Suspended, W("2014-04"))],
                },
                new MonitoringMission(new MonitoringMissionId("mmv-ceasefire-monitoring"), [new LocalizedName("Monitoring of the ceasefire", "en")])
                {
                    Mechanism = new WorkingGroupId("mmv"),
                    ConductedBy = [Ukraine, Chile],
                },
            ],
            Mandates =
            [
                new Mandate(new MandateId("smm-mandate"), EntityReference.To(WellKnownTopics.Territory))
                {
                    GrantedBy = [Ukraine],
                    TermStart = W("2014-03-21"),
                    TermEnd = W("2015-03-20"),
                    Renewals = [new MandateRenewal { TermStart = W("2014-01-01"), TermEnd = W("2016-03-31") }],
                },
            ],
            Proposals =
            [
                clean.Proposals[0],
                clean.Proposals[1] with
                {
                    Supersedes = null,
                    Versions = clean.Proposals[1].Versions.Replace(0, v => v with
                    {
                        Provisions =
                        [
                            ((CeasefireProvision)v.Provisions[0]) with { Territories = [Donetsk, new TerritoryId("UA-99")] },
                            ((ReconstructionFinancingProvision)v.Provisions[1]) with { Amount = new Money(1_000_000_000m, "EURO"), Effective = W("2026-02-15T00[Europe/Kyiv]"), Deadlines = [new Deadline(W("2026-02-13"))] },
                        ],
                    }),
                    Phases = clean.Proposals[1].Phases.Replace(0, q => q with { Provisions = [Ceasefire, OldCeasefire] }),
                },
                new Proposal(new ProposalId("ceasefire-plan"), ProposalKind.CeasefireProposal, [En("A ceasefire plan")])
                {
                    // cp-ceasefire in both versions is one provision; twice in version 1, and another proposal's provision, are not.
                    Versions =
                    [
                        new ProposalVersion(1) { Provisions = [new CeasefireProvision(new ProvisionId("cp-ceasefire")), new CeasefireProvision(new ProvisionId("cp-ceasefire"))] },
                        new ProposalVersion(2) { Provisions = [new CeasefireProvision(new ProvisionId("cp-ceasefire")) { IsTemporary = true }, clean.Proposals[0].Versions[0].Provisions[0]] },
                    ],
                    Phases =
                    [
                        new Phase(new PhaseId("cp-phase-a"), 0, [En("A")]) { DependsOn = [new PhaseId("cp-phase-b")] },
                        new Phase(new PhaseId("cp-phase-b"), 1, [En("B")]) { DependsOn = [new PhaseId("cp-phase-a")] },
                    ],
                    StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Drafted, W("2025-12-01")), new StatusChange<ProposalStatus>(ProposalStatus.Accepted, W("2025-12-20"))],
                },
                new Proposal(new ProposalId("final-agreement"), ProposalKind.DraftAgreement, [En("Final agreement")])
                {
                    StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Accepted, W("2016-08-24")), new StatusChange<ProposalStatus>(ProposalStatus.Accepted, W("2016-08-25"))],
                },
                new Proposal(new ProposalId("package"), ProposalKind.Framework, [En("A package")])
                {
                    PackageMembers = [new ProposalId("member")],
                    StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-01")), new StatusChange<ProposalStatus>(ProposalStatus.Rejected, W("2016-02"))],
                },
                new Proposal(new ProposalId("member"), ProposalKind.DraftAgreement, [En("A member of the package")])
                {
                    AlsoSupersedes = [new ProposalId("final-agreement")],
                    StatusHistory =
                    [
                        new StatusChange<ProposalStatus>(ProposalStatus.Tabled, W("2016-01")),
                        new StatusChange<ProposalStatus>(ProposalStatus.Signed, W("2016-02")),
                        new StatusChange<ProposalStatus>(ProposalStatus.InForce, W("2016-03")),
                    ],
                },
            ],
            Votes =
            [
                new Vote(new VoteId("colombia-plebiscite-2016"), VoteKind.Plebiscite)
                {
                    Proposal = new ProposalId("final-agreement"),
                    Results = [new VoteResult { Counts = [new VoteCount(VoteChoice.No) { Count = 6430170, Share = 52.22 }, new VoteCount(VoteChoice.Yes) { Count = 6371911, Share = 49.77 }], Valid = 12802081 }],
                },
            ],
            Guarantees =
            [
                clean.Guarantees[0] with
                {
                    ValidUntil = W("2025-12"),
                    Instruments = clean.Guarantees[0].Instruments.Replace(0, i => i with { Amount = new Money(-500_000_000m, "USD") }),
                },
                new Guarantee(new GuaranteeId("security-guarantee"), GuaranteeKind.Security)
                {
                    Guarantors = [UnitedStates],
                    Beneficiaries = [Ukraine],
                    StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, W("2025-12")), new StatusChange<GuaranteeStatus>(GuaranteeStatus.Lapsed, W("2026"))],
                },
                new Guarantee(new GuaranteeId("no-guarantor"), GuaranteeKind.Implementation) { Beneficiaries = [Ukraine] },
                new Guarantee(new GuaranteeId("no-beneficiary"), GuaranteeKind.Implementation) { Guarantors = [Russia] },
            ],
            Territories =
            [
                clean.Territories[0] with { Iso3166Code = "UKR" },
                clean.Territories[1] with { Names = [.. clean.Territories[1].Names, new LocalizedName("Донецьк", "ukr-")] },
            ],
            Claims = clean.Claims.Replace(0, c => c with { Territory = new TerritoryId(LineOfContact.Value!) }),
            Lines = clean.Lines.Replace(0, l => l with { When = new RangeWhen(W("2025-12-29T09:00[Europe/London]"), W("2025-12-29T10:00[Asia/Tokyo]")) }),
            Positions =
            [
                clean.Positions[0] with { Evidence = [Thorny, new StatementId("no-such-statement")] },
                clean.Positions[1],
                new Position(new PositionId("russia-on-a-ghost"), Russia, new EntityReference(EntityKind.Proposal, "no-such-plan"), Stance.Opposes),
                new Position(new PositionId("russia-on-draft-9"), Russia, EntityReference.To(Roadmap), Stance.Opposes) { SubjectVersion = 9 },
            ],
            Assessments =
            [
                clean.Assessments[0],
                new Assessment(new AssessmentId("after-a-ghost"), AssessmentKind.Forecast, [En("After an event not recorded")]) { When = W("after(event:no-such-event)") },
                new Assessment(new AssessmentId("after-a-plan"), AssessmentKind.Forecast, [En("After a plan")]) { When = W("after(provision:roadmap-ceasefire)") },
            ],
            Topics =
            [
                .. WellKnownTopics.All,
                new Topic(new TopicId("t-a"), [new LocalizedName("A", "en")]) { Parent = new TopicId("t-b") },
                new Topic(new TopicId("t-b"), [new LocalizedName("B", "en")]) { Parent = new TopicId("t-a") },
            ],
        };
        // Unknown members come from JSON; the member is attached the way the reader attaches it.
        var unknown = new UnknownMembers();
        unknown.Add("nickname", System.Text.Json.JsonDocument.Parse("\"x\"").RootElement.Clone());
        record.Actors[0].UnknownMembers = unknown;
        return record;
    }
}
