using NegotiationModel.Assessments;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
{
    /// <summary>The identifiers of the sample's guarantees.</summary>
    public static class GuaranteeIds
    {
        /// <summary>The four leaders' undertaking to contribute and use their influence on the parties.</summary>
        public static readonly GuaranteeId LeadersInfluence = new("normandy-leaders-influence");

        /// <summary>Germany's and France's technical expertise for the banking segment.</summary>
        public static readonly GuaranteeId BankingExpertise = new("banking-technical-expertise");
    }

    private static ValueList<Guarantee> Guarantees() =>
    [
        new Guarantee(GuaranteeIds.LeadersInfluence, GuaranteeKind.Implementation)
        {
            Guarantors = [ActorIds.France, ActorIds.Germany, ActorIds.Russia, ActorIds.Ukraine],
            Beneficiaries = [ActorIds.ContactGroup],
            Obligations = [En.Text("Contribute to the implementation of the package and use their influence on the relevant parties.")],
            StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Offered, When.Parse("2015-02-12[Europe/Minsk]")) { Citations = [new Citation(SourceIds.Declaration)] }],
            Proposal = ProposalIds.Package,
            Notes = "The declaration does not call its authors guarantors and is not signed; its beneficiary is recorded as the body whose package it supports.",
            Citations = [new Citation(SourceIds.Declaration), new Citation(SourceIds.EaDaily), new Citation(SourceIds.GordonFebruary)],
        },
        new Guarantee(GuaranteeIds.BankingExpertise, GuaranteeKind.Implementation)
        {
            Guarantors = [ActorIds.Germany, ActorIds.France],
            Beneficiaries = [ActorIds.Ukraine],
            Obligations = [En.Text("Provide technical expertise for restoring the banking segment in the conflict-affected areas, possibly through an international mechanism to facilitate social transfers.")],
            StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Offered, When.Parse("2015-02-12[Europe/Minsk]")) { Citations = [new Citation(SourceIds.Declaration)] }],
            Proposal = ProposalIds.Package,
            Provisions = [ProvisionIds.Point8],
            Citations = [new Citation(SourceIds.Declaration), new Citation(SourceIds.EaDaily)],
        },
    ];

    /// <summary>The identifiers of the sample's monitoring missions.</summary>
    public static class MonitoringMissionIds
    {
        /// <summary>The OSCE Special Monitoring Mission's monitoring and verification under the package.</summary>
        public static readonly MonitoringMissionId Smm = new("osce-smm-monitoring");
    }

    private static ValueList<MonitoringMission> MonitoringMissions() =>
    [
        new MonitoringMission(MonitoringMissionIds.Smm, [En.Name("OSCE Special Monitoring Mission: monitoring and verification of the Minsk package"), Ru.Name("Специальная мониторинговая миссия ОБСЕ")])
        {
            ConductedBy = [ActorIds.OsceSmm],
            EstablishedBy = [ActorIds.Osce],
            MandatedBy = [ProvisionIds.Point3, ProvisionIds.Point10, ProvisionIds.Point12],
            Monitors = [EntityReference.To(ProvisionIds.Point1), EntityReference.To(ProvisionIds.Point2), EntityReference.To(ProvisionIds.Point2Rocket),
                EntityReference.To(ProvisionIds.Point2LongRange), EntityReference.To(ProvisionIds.Point10)],
            Locations = [new Place { Name = "Certain areas of the Donetsk and Luhansk regions", TimeZone = "Europe/Kyiv", Territory = TerritoryIds.CertainAreas }],
            Methods = [MonitoringMethod.Satellite, MonitoringMethod.Drones, MonitoringMethod.Radar, MonitoringMethod.CivilianMonitors],
            Mandate =
            [
                En.Text("Monitor and verify the ceasefire and the withdrawal of heavy weapons from the first day of the withdrawal, with all technical means needed (point 3)."),
                En.Text("Monitor the withdrawal of foreign armed formations, military equipment and mercenaries (point 10)."),
                En.Text("A civilian mission of the OSCE, at first 100 monitors for six months from 21 March 2014, its mandate renewable."),
            ],
            MandateStart = When.Parse("2014-03-21[Europe/Vienna]"),
            StatusHistory =
            [
                new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Mandated, When.Parse("2014-03-21Tevening[Europe/Vienna]")) { Citations = [new Citation(SourceIds.UkraineMfaSmm), new Citation(SourceIds.RiaSmm)] },
                new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Mandated, When.Parse("2015-02-12[Europe/Minsk]")) { Actors = [ActorIds.ContactGroup], Cause = EntityReference.To(ProvisionIds.Point3), Citations = TextCitations, Notes = "The package gives the OSCE the monitoring of points 2, 3 and 10." },
            ],
            Notes = "Who pays for the monitoring is not stated in the package or in this record's sources, so no funding claim is recorded.",
            Citations = [.. TextCitations, new Citation(SourceIds.UkraineMfaSmm)],
        },
    ];

    private static ValueList<Position> Positions() =>
    [
        OnPackage("france-on-package-2015-02", ActorIds.France),
        OnPackage("germany-on-package-2015-02", ActorIds.Germany),
        OnPackage("russia-on-package-2015-02", ActorIds.Russia),
        OnPackage("ukraine-on-package-2015-02", ActorIds.Ukraine),
        new Position(new PositionId("russia-on-package-2015-02-17"), ActorIds.Russia, EntityReference.To(ProposalIds.Package), Stance.Supports)
        {
            When = When.Parse("2015-02-17[America/New_York]"),
            Evidence = [StatementIds.CouncilEndorses],
            Notes = "Presented the draft of resolution 2202, which endorses the package (AFP, as reported by Sputnik).",
            Citations = [new Citation(SourceIds.SputnikResolution)],
        },
        new Position(new PositionId("ukraine-on-special-status-2015-02"), ActorIds.Ukraine, EntityReference.To(ProvisionIds.Point11SpecialStatus), Stance.Conditional)
        {
            Conditions = [En.Text("no autonomy and no federalisation, as President Poroshenko described what was agreed")],
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Evidence = [StatementIds.PoroshenkoNoAutonomy],
            Citations = [new Citation(SourceIds.UaPositionPoroshenko) { Credibility = CredibilityGrade.ProbablyTrue }],
        },
        new Position(new PositionId("france-on-working-groups-2015-02"), ActorIds.France, EntityReference.To(ProvisionIds.Point13), Stance.Supports)
        {
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Evidence = [StatementIds.DeclarationSupport],
            Notes = "Endorsed with the whole package.",
            Citations = [new Citation(SourceIds.Declaration)],
        },
        new Position(new PositionId("france-on-working-groups-2015-03"), ActorIds.France, EntityReference.To(ProvisionIds.Point13), Stance.Conditional)
        {
            Conditions = [En.Text("the ceasefire conditions allow the working groups to be set up")],
            When = When.Parse("2015-03-02Tevening[Europe/Paris]"),
            Evidence = [StatementIds.ElyseeWorkingGroups],
            Citations = [ElyseeCitation],
        },
    ];

    private static Position OnPackage(string id, ActorId holder) =>
        new(new PositionId(id), holder, EntityReference.To(ProposalIds.Package), Stance.Supports)
        {
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Evidence = [StatementIds.DeclarationSupport],
            Citations = [new Citation(SourceIds.Declaration), new Citation(SourceIds.EaDaily)],
        };

    private static ValueList<Assessment> Assessments() =>
    [
        new Assessment(new AssessmentId("schlapfer-minsk-process-framework"), AssessmentKind.Analysis,
            [En.Text("The Minsk process as a valuable, flexible and at times untypical mediation framework")])
        {
            Authors = [ActorIds.Schlapfer],
            Text = [En.Text("Drawing on his time as an adviser to the OSCE Special Representative, the author argues that the Minsk process is a valuable, flexible and at times untypical mediation framework, because it is connected to high-level diplomacy and adapts to a constantly changing conflict.")],
            Drivers = [En.Text("Connection with high-level (Normandy-format) diplomacy"), En.Text("Ability to adapt to a constantly evolving conflict")],
            About = [EntityReference.To(WorkingGroupIds.ContactGroup), EntityReference.To(ActorIds.NormandyFormat), EntityReference.To(ProposalIds.Package)],
            When = When.Parse("2016"),
            Notes = "An insider's analysis, written in a personal capacity: kept apart from the reporting of this record.",
            Citations = [new Citation(SourceIds.Schlapfer) { Locator = "abstract" }],
        },
    ];
}
