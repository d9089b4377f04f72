using NegotiationModel.Assessments;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Monitoring;
using NegotiationModel.Proposals;
using NegotiationModel.Positions;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's guarantees.</summary>
    public static class GuaranteeIds
    {
        /// <summary>The two governments' British-Irish Agreement, guaranteeing the implementation of the multi-party agreement.</summary>
        public static readonly GuaranteeId BritishIrishAgreement = new("british-irish-agreement");
    }

    private static ValueList<Guarantee> Guarantees() =>
    [
        new Guarantee(GuaranteeIds.BritishIrishAgreement, GuaranteeKind.Implementation)
        {
            Title = [En.Text("British-Irish Agreement")],
            Guarantors = [ActorIds.UnitedKingdom, ActorIds.Ireland],
            Beneficiaries = [.. TalksParties],
            Obligations = [En.Text("The two governments bind themselves, in an agreement between them, to the multi-party agreement and its institutions, subject to the referendums.")],
            StatusHistory =
            [
                new StatusChange<GuaranteeStatus>(GuaranteeStatus.Agreed, When.Parse("1998-04-10[Europe/London]")) { Citations = [new Citation(SourceIds.QuillAgreement)] },
            ],
            Proposal = ProposalIds.Agreement,
            Provisions = [ProvisionIds.StrandTwo, ProvisionIds.StrandThree, ProvisionIds.ReferendumSouth],
            Citations = [new Citation(SourceIds.QuillAgreement), new Citation(SourceIds.AgreementText)],
        },
    ];

    /// <summary>The identifiers of the sample's monitoring missions.</summary>
    public static class MonitoringMissionIds
    {
        /// <summary>The decommissioning commission's verification.</summary>
        public static readonly MonitoringMissionId DecommissioningVerification = new("iicd-verification");
    }

    private static ValueList<MonitoringMission> MonitoringMissions() =>
    [
        new MonitoringMission(MonitoringMissionIds.DecommissioningVerification, [En.Name("Verification of decommissioning by the Independent International Commission on Decommissioning")])
        {
            ConductedBy = [ActorIds.Iicd],
            EstablishedBy = [ActorIds.UnitedKingdom, ActorIds.Ireland],
            MandatedBy = [ProvisionIds.Decommissioning],
            Monitors = [EntityReference.To(ProvisionIds.Decommissioning)],
            Locations = [new Place { Name = "Northern Ireland", TimeZone = "Europe/London", Territory = TerritoryIds.NorthernIreland }],
            Methods = [MonitoringMethod.Inspections],
            StatusHistory =
            [
                new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Mandated, When.Parse("1997-08-26")) { Actors = [ActorIds.UnitedKingdom, ActorIds.Ireland], Citations = [new Citation(SourceIds.IicdAgreement)] },
                new StatusChange<MonitoringMissionStatus>(MonitoringMissionStatus.Deployed, When.Parse("1997-09")) { Citations = [new Citation(SourceIds.IrishTimesIicdRemit)], Notes = "Set to work in September 1997." },
            ],
            Funding =
            [
                new FundingClaim(ActorIds.UnitedKingdom, FundingClaimKind.Provided) { ClaimedBy = [ActorIds.IrishTimes], Purpose = [En.Text("The commission and its secretariat in Dublin and Belfast.")], Citations = [new Citation(SourceIds.IrishTimesIicdRemit)] },
                new FundingClaim(ActorIds.Ireland, FundingClaimKind.Provided) { ClaimedBy = [ActorIds.IrishTimes], Purpose = [En.Text("The commission and its secretariat in Dublin and Belfast.")], Citations = [new Citation(SourceIds.IrishTimesIicdRemit)] },
            ],
            Citations = [new Citation(SourceIds.IicdAgreement), new Citation(SourceIds.IrishTimesIicdRemit)],
        },
    ];

    private static ValueList<Position> Positions() =>
    [
        new Position(new PositionId("dup-on-chairing-1996-06"), ActorIds.Dup, EntityReference.To(ProposalIds.ChairingArrangements), Stance.Opposes)
        {
            When = When.Parse("1996-06-12[Europe/London]"),
            Evidence = [StatementIds.PaisleyOutrageous],
            Citations = [new Citation(SourceIds.LaTimes), new Citation(SourceIds.Spokesman)],
        },
        new Position(new PositionId("uup-on-chairing-1996-06"), ActorIds.Uup, EntityReference.To(ProposalIds.ChairingArrangements), Stance.Supports)
        {
            When = When.Parse("1996-06-12[Europe/London]"),
            Notes = "Supported the compromise that let the participants revise the ground rules under which the three chairmen preside.",
            Citations = [new Citation(SourceIds.LaTimes)],
        },
        new Position(new PositionId("ireland-on-mitchell-strand-two-1996-05"), ActorIds.Ireland, EntityReference.To(ProvisionIds.MitchellRole), Stance.Supports)
        {
            SubjectVersion = 1,
            When = When.Parse("../1996-05-31[Europe/Dublin]"),
            Notes = "The Irish government favoured Mitchell to chair Strand Two.",
            Citations = [new Citation(SourceIds.IrishTimesChairmen)],
        },
        new Position(new PositionId("ireland-on-mitchell-plenary-1996-06"), ActorIds.Ireland, EntityReference.To(ProvisionIds.MitchellRole), Stance.Supports)
        {
            SubjectVersion = 2,
            When = When.Parse("1996-06-06[Europe/London]"),
            Notes = "Announced with Britain: Mitchell to chair the full meetings.",
            Citations = [new Citation(SourceIds.Spokesman)],
        },
        new Position(new PositionId("participants-on-decommissioning-1998-04"), ActorIds.Uup, EntityReference.To(ProvisionIds.Decommissioning), Stance.Supports)
        {
            When = When.Parse("1998-04-10[Europe/London]"),
            Evidence = [StatementIds.DecommissioningCommitment],
            Notes = "As one of the participants who confirmed the commitment in the agreement.",
            Citations = [new Citation(SourceIds.AgreementText)],
        },
    ];

    private static ValueList<Assessment> Assessments() =>
    [
        new Assessment(new AssessmentId("two-year-deadline-too-optimistic"), AssessmentKind.Interpretation, [En.Text("The two-year decommissioning deadline proved far too optimistic")])
        {
            Authors = [ActorIds.IrishTimes],
            Text = [En.Text("The Irish Times judges that the two-year period for decommissioning proved far too optimistic, noting that the governments published an additional decommissioning scheme in 2001.")],
            About = [EntityReference.To(ProvisionIds.Decommissioning), EntityReference.To(ActorIds.Iicd)],
            Citations = [new Citation(SourceIds.IrishTimesIicdRemit)],
        },
        new Assessment(new AssessmentId("patten-report-forecast"), AssessmentKind.Forecast, [En.Text("The policing report will be acclaimed by historians, circumstances permitting")])
        {
            Authors = [ActorIds.IrishTimes],
            Text = [En.Text("The reviewer calls the report an articulate, reasoned case for turning the RUC from a force into a service and expects historians to judge that it achieved its aims, circumstances permitting; the uncertainty of George Mitchell's review of the agreement's implementation leaves open a collapse that would shelve much of it.")],
            Drivers = [En.Text("The outcome of the review of the agreement's implementation")],
            Likelihood = new Likelihood(text: En.Text("certain, circumstances permitting")),
            About = [EntityReference.To(ProvisionIds.Policing), EntityReference.To(ActorIds.PolicingCommission)],
            When = When.Parse("1999-09-10[Europe/Dublin]!"),
            Citations = [new Citation(SourceIds.IrishTimesPattenReview)],
        },
    ];
}
