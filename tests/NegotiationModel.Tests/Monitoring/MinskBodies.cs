using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Territories;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.Monitoring;

/// <summary>
/// A small record in the shape of Minsk II: the Normandy format and the Trilateral Contact Group as parties, the
/// TCG's plenary and its four sub-groups, the Package of Measures signed by the TCG's participants, and the OSCE
/// Special Monitoring Mission mandated by its points 2 and 3, with claims about who pays for its drones.
/// </summary>
internal static class MinskBodies
{
    public static readonly ActorId Tcg = new("tcg");
    public static readonly ActorId Normandy = new("normandy-format");
    public static readonly ActorId Osce = new("osce");
    public static readonly ActorId Ukraine = new("ukraine");
    public static readonly ActorId Russia = new("russia");
    public static readonly ActorId Germany = new("germany");
    public static readonly ActorId Kuchma = new("kuchma");
    public static readonly ActorId Zurabov = new("zurabov");
    public static readonly ActorId Tagliavini = new("tagliavini");
    public static readonly WorkingGroupId Plenary = new("tcg-plenary");
    public static readonly WorkingGroupId SecurityGroup = new("tcg-security");
    public static readonly ProposalId Package = new("minsk-package");
    public static readonly ProvisionId Withdrawal = new("minsk-point-2");
    public static readonly ProvisionId Verification = new("minsk-point-3");
    public static readonly MonitoringMissionId Smm = new("osce-smm");
    public static readonly NegotiationEventId Signing = new("minsk-signing");
    public static readonly SourceId Text = new("package-of-measures-text");
    public static readonly SourceId Report = new("osce-press-release");
    public static readonly TerritoryId Donetsk = new("UA-14");

    public static LocalizedText En(string text) => new(text, "en");

    public static When W(string text) => When.Parse(text);

    public static MonitoringMission Mission() => new(Smm, [new LocalizedName("OSCE Special Monitoring Mission to Ukraine", "en"), new LocalizedName("SMM", "en", NameKind.Abbreviation)])
    {
        ConductedBy = [Osce],
        MandatedBy = [Withdrawal, Verification],
        Monitors = [EntityReference.To(Withdrawal), EntityReference.To(Donetsk)],
        Locations = [new Place { Name = "Donetsk", TimeZone = "Europe/Kyiv", Territory = Donetsk }],
        Methods = [MonitoringMethod.Patrols, MonitoringMethod.Drones, MonitoringMethod.Satellite, MonitoringMethod.Radar, MonitoringMethod.Cameras],
        Mandate = [En("Monitor and verify the ceasefire and the withdrawal of heavy weapons")],
        MandateStart = W("2014-03-21"),
        MandateEnd = W("2022-03-31"),
        StatusHistory =
        [
            new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Mandated, W("2014-03-21")) { Citations = [new Citation(Report)] },
            new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Deployed, W("2014-03-22")),
            new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Ended, W("2022-03-31")),
        ],
        Funding =
        [
            new FundingClaim(Germany, FundingClaimKind.Pledged)
            {
                ClaimedBy = [Germany],
                Purpose = [En("Long-range unmanned aircraft")],
                When = W("2015-02"),
                Citations = [new Citation(Report)],
            },
            new FundingClaim(Russia, FundingClaimKind.Proposed) { ClaimedBy = [Ukraine] },
        ],
        Citations = [new Citation(Text)],
    };

    public static NegotiationRecord Record() => new("Minsk II (test record)")
    {
        Actors =
        [
            new Actor(Tcg, ActorKind.NegotiatingFormat, [new LocalizedName("Trilateral Contact Group", "en"), new LocalizedName("TCG", "en", NameKind.Abbreviation)]),
            new Actor(Normandy, ActorKind.NegotiatingFormat, [new LocalizedName("Normandy format", "en")]),
            new Actor(Osce, ActorKind.Organisation, [new LocalizedName("OSCE", "en")]) { OrganisationKind = OrganisationKind.Intergovernmental },
            new Actor(Ukraine, ActorKind.State, [new LocalizedName("Ukraine", "en")]) { Memberships = [new Membership { Organisation = Normandy, Role = [En("Participant")] }] },
            new Actor(Russia, ActorKind.State, [new LocalizedName("Russia", "en")]) { Memberships = [new Membership { Organisation = Normandy, Role = [En("Participant")] }] },
            new Actor(Germany, ActorKind.State, [new LocalizedName("Germany", "en")]) { Memberships = [new Membership { Organisation = Normandy, Role = [En("Participant")] }] },
            new Actor(Kuchma, ActorKind.Person, [new LocalizedName("Leonid Kuchma", "en")])
            {
                Memberships = [new Membership { Organisation = Tcg, OnBehalfOf = Ukraine, Role = [En("Representative of Ukraine")] }],
            },
            new Actor(Zurabov, ActorKind.Person, [new LocalizedName("Mikhail Zurabov", "en")]) { Memberships = [new Membership { Organisation = Tcg, OnBehalfOf = Russia }] },
            new Actor(Tagliavini, ActorKind.Person, [new LocalizedName("Heidi Tagliavini", "en")]) { Memberships = [new Membership { Organisation = Tcg, OnBehalfOf = Osce }] },
        ],
        Sources =
        [
            new Source(Text, SourceKind.OfficialStatement) { Published = W("2015-02-12") },
            new Source(Report, SourceKind.OfficialStatement) { Published = W("2015-02-20") },
        ],
        Events = [new NegotiationEvent(Signing, EventKind.Signing, [En("Signing of the Package of Measures")]) { When = W("2015-02-12[Europe/Minsk]") }],
        WorkingGroups =
        [
            new WorkingGroup(Plenary, [new LocalizedName("Trilateral Contact Group, plenary", "en")]) { Format = Tcg },
            new WorkingGroup(SecurityGroup, [new LocalizedName("Security working group", "en")])
            {
                Parent = Plenary,
                Format = Tcg,
                Members = [new WorkingGroupMember(Kuchma, WorkingGroupRole.Member) { OnBehalfOf = Ukraine }, new WorkingGroupMember(Tagliavini, WorkingGroupRole.Chair) { OnBehalfOf = Osce }],
            },
            new WorkingGroup(new WorkingGroupId("tcg-political"), [new LocalizedName("Political working group", "en")]) { Parent = Plenary, Format = Tcg },
            new WorkingGroup(new WorkingGroupId("tcg-humanitarian"), [new LocalizedName("Humanitarian working group", "en")]) { Parent = Plenary, Format = Tcg },
            new WorkingGroup(new WorkingGroupId("tcg-economic"), [new LocalizedName("Economic working group", "en")]) { Parent = Plenary, Format = Tcg },
        ],
        Proposals =
        [
            new Proposal(Package, ProposalKind.DraftAgreement, [En("Package of Measures for the Implementation of the Minsk Agreements")])
            {
                Authors = [Tcg],
                Signatories =
                [
                    new Signatory(Tagliavini) { OnBehalfOf = Osce, Event = Signing, Citations = [new Citation(Text)] },
                    new Signatory(Kuchma) { OnBehalfOf = Ukraine, Event = Signing },
                    new Signatory(Zurabov) { OnBehalfOf = Russia, Event = Signing },
                ],
                Versions =
                [
                    new ProposalVersion(1)
                    {
                        Provisions =
                        [
                            new OtherProvision(Withdrawal) { Summary = [En("Withdrawal of heavy weapons to create a security zone")] },
                            new OtherProvision(Verification) { Summary = [En("Effective monitoring and verification by the OSCE")] },
                        ],
                    },
                ],
            },
        ],
        MonitoringMissions = [Mission()],
        Territories = [new Territory(Donetsk, TerritoryKind.Region, [new LocalizedName("Donetsk Oblast", "en")])],
    };
}
