using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's proposals.</summary>
    public static class ProposalIds
    {
        /// <summary>Ukraine and Europe's proposal: a temporary ceasefire, then a referendum on territory.</summary>
        public static readonly ProposalId UkraineEuropeCeasefire = new("ukraine-europe-ceasefire");

        /// <summary>The blog author's phased roadmap, elaborated with the AI assistant.</summary>
        public static readonly ProposalId AuthorRoadmap = new("author-roadmap");
    }

    /// <summary>The identifiers of the sample's provisions.</summary>
    public static class ProvisionIds
    {
        /// <summary>The temporary ceasefire of the Ukraine/Europe proposal.</summary>
        public static readonly ProvisionId TemporaryCeasefire = new("temporary-ceasefire");

        /// <summary>The referendum on territory of the Ukraine/Europe proposal.</summary>
        public static readonly ProvisionId TerritorialReferendum = new("territorial-referendum");

        /// <summary>The roadmap's US–Russia working groups and basic principles.</summary>
        public static readonly ProvisionId WorkingGroupsAndPrinciples = new("roadmap-working-groups");

        /// <summary>The roadmap's reconstruction financing.</summary>
        public static readonly ProvisionId ReconstructionFinancing = new("roadmap-reconstruction-financing");

        /// <summary>The roadmap's Ukrainian neutrality.</summary>
        public static readonly ProvisionId Neutrality = new("roadmap-neutrality");

        /// <summary>The roadmap's security guarantees.</summary>
        public static readonly ProvisionId SecurityGuarantees = new("roadmap-security-guarantees");

        /// <summary>The roadmap's limits on deployments.</summary>
        public static readonly ProvisionId DeploymentLimits = new("roadmap-deployment-limits");

        /// <summary>The roadmap's limits on weapon types.</summary>
        public static readonly ProvisionId WeaponsLimits = new("roadmap-weapons-limits");

        /// <summary>The roadmap's complete withdrawal from Donetsk and Luhansk.</summary>
        public static readonly ProvisionId WithdrawalDonbas = new("roadmap-withdrawal-donetsk-luhansk");

        /// <summary>The roadmap's withdrawal behind the line of contact in Zaporizhzhia and Kherson.</summary>
        public static readonly ProvisionId WithdrawalSouth = new("roadmap-withdrawal-zaporizhzhia-kherson");

        /// <summary>The roadmap's final borders, left to later negotiation.</summary>
        public static readonly ProvisionId FinalBorders = new("roadmap-final-borders");

        /// <summary>The roadmap's optional demilitarised zone.</summary>
        public static readonly ProvisionId DemilitarisedZone = new("roadmap-dmz");

        /// <summary>The roadmap's interim government.</summary>
        public static readonly ProvisionId InterimGovernment = new("roadmap-interim-government");

        /// <summary>The roadmap's comprehensive agreement as one package.</summary>
        public static readonly ProvisionId ComprehensivePackage = new("roadmap-comprehensive-package");
    }

    private static readonly Citation CopilotCitation = new(SourceIds.CopilotChat);

    private static ValueList<Proposal> Proposals() =>
    [
        new Proposal(ProposalIds.UkraineEuropeCeasefire, ProposalKind.CeasefireProposal, [En("Temporary ceasefire, then a referendum on territory"), Ja("国民投票の準備などを口実とした一時的な停戦案", isOriginal: false)])
        {
            Proposers = [ActorIds.Ukraine, ActorIds.Europe],
            Stage = AgreementStage.Ceasefire,
            Versions =
            [
                new ProposalVersion(1)
                {
                    Provisions =
                    [
                        new CeasefireProvision(ProvisionIds.TemporaryCeasefire)
                        {
                            IsTemporary = true,
                            Summary = [En("A temporary ceasefire, in part to prepare a referendum.")],
                            Depth = ProvisionDepth.Mention,
                            Citations = [NhkUpdate],
                        },
                        new ReferendumProvision(ProvisionIds.TerritorialReferendum)
                        {
                            Summary = [En("A referendum on territorial concessions.")],
                            Question = [En("Territorial concessions (the question's wording is not reported).")],
                            Precondition = [En("A ceasefire.")],
                            Depth = ProvisionDepth.Mention,
                            Citations = [NhkUpdate],
                        },
                    ],
                    Citations = [NhkUpdate],
                },
            ],
            StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Tabled, When.Parse("../2025-12-28[Europe/Moscow]!")) { Citations = [NhkUpdate] }],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Referendum, WellKnownTopics.Territory],
            Notes = "Known through Ushakov's rejection of it and NHK's framing; no text of the proposal is in the sources.",
            Citations = [NhkUpdate],
        },
        new Proposal(ProposalIds.AuthorRoadmap, ProposalKind.Roadmap, [En("A phased peace roadmap (the blog author's)"), Ja("段階的な和平協定案の提示順序", isOriginal: false)])
        {
            Authors = [ActorIds.BlogAuthor, ActorIds.Copilot],
            Stage = AgreementStage.SubstantiveComprehensive,
            Summary = [En("The blog author's own plan, elaborated in the chat with the AI assistant: economy and security first, territory last, then a single comprehensive package. Commentary, not a proposal tabled by any party.")],
            Versions = [new ProposalVersion(1) { Provisions = RoadmapProvisions(), Citations = [BlogCitation, CopilotCitation] }],
            Phases = RoadmapPhases(),
            StatusHistory = [new StatusChange<ProposalStatus>(ProposalStatus.Drafted, When.Parse(AfterNhkFinalUpdate)) { Citations = [BlogCitation] }],
            Topics = [WellKnownTopics.Economy, WellKnownTopics.Security, WellKnownTopics.Territory, WellKnownTopics.Governance],
            Citations = [BlogCitation, CopilotCitation],
        },
    ];

    private static ValueList<Provision> RoadmapProvisions() =>
    [
        new OtherProvision(ProvisionIds.WorkingGroupsAndPrinciples)
        {
            Summary = [En("US–Russia working groups on the economy and security, and agreement on basic principles."), Ja("米露で作業部会設置（経済・安全保障）＋基本原則の合意", isOriginal: false)],
            Citations = [CopilotCitation],
        },
        new ReconstructionFinancingProvision(ProvisionIds.ReconstructionFinancing)
        {
            Summary = [En("The US and Russia act as guarantors so that Ukraine can borrow from international financial institutions; a reconstruction fund.")],
            Lenders = [ActorIds.WorldBank, ActorIds.Ida, ActorIds.Ebrd, ActorIds.Adb],
            Guarantors = [ActorIds.UnitedStates, ActorIds.Russia],
            Fund = En("A reconstruction fund"),
            Conditions = [En("Possibly parts of the EU join the guarantors.")],
            Depth = ProvisionDepth.Concrete,
            Citations = [BlogCitation with { Quote = Ja("経済復興資金は米露が保証国になれば、世界銀行や第二世銀などの国際金融機関から融資を受けられる") }, CopilotCitation],
        },
        new NeutralityProvision(ProvisionIds.Neutrality, ActorIds.Ukraine)
        {
            Summary = [En("Ukrainian neutrality: no NATO membership.")],
            ExcludedAlliances = [ActorIds.Nato],
            Citations = [CopilotCitation],
        },
        new SecurityGuaranteeProvision(ProvisionIds.SecurityGuarantees)
        {
            Summary = [En("Security guarantees from the US and Russia, possibly also Turkey, France and Germany.")],
            Guarantors = [ActorIds.UnitedStates, ActorIds.Russia],
            Guarantees = [GuaranteeIds.Security],
            OpenQuestions = [En("Whether Turkey, France and Germany join the guarantors.")],
            Citations = [CopilotCitation],
        },
        new DeploymentLimitsProvision(ProvisionIds.DeploymentLimits)
        {
            Summary = [En("Principles for the deployment of forces.")],
            Limits = [En("Limits on where forces may be deployed (not specified).")],
            Citations = [CopilotCitation],
        },
        new WeaponsLimitsProvision(ProvisionIds.WeaponsLimits)
        {
            Summary = [En("Limits on the types of weapons.")],
            Limits = [En("Limits on weapon types (not specified).")],
            Citations = [CopilotCitation],
        },
        new ForceWithdrawalProvision(ProvisionIds.WithdrawalDonbas, ActorIds.UkrainianArmedForces, WithdrawalExtent.Complete)
        {
            Summary = [En("Ukrainian forces withdraw completely from the Donetsk and Luhansk regions.")],
            From = [TerritoryIds.Donetsk, TerritoryIds.Luhansk],
            Territories = [TerritoryIds.Donetsk, TerritoryIds.Luhansk],
            Depth = ProvisionDepth.Concrete,
            Citations = [BlogCitation with { Quote = Ja("最低、ドネツク、ルガンスク州からウクライナ軍は出て行き") }],
        },
        new ForceWithdrawalProvision(ProvisionIds.WithdrawalSouth, ActorIds.UkrainianArmedForces, WithdrawalExtent.BehindLine)
        {
            Summary = [En("In the Zaporizhzhia and Kherson regions, Ukrainian forces withdraw behind the current line of contact.")],
            From = [TerritoryIds.Zaporizhzhia, TerritoryIds.Kherson],
            BehindLine = LineIds.LineOfContact,
            Territories = [TerritoryIds.Zaporizhzhia, TerritoryIds.Kherson],
            Depth = ProvisionDepth.Concrete,
            Citations = [BlogCitation with { Quote = Ja("ザポリージャ、ヘルソン州は軍事境界線を境に、ウクライナが撤退する") }],
        },
        new BorderSettlementProvision(ProvisionIds.FinalBorders)
        {
            Summary = [En("Final borders are left to later negotiation.")],
            Deferred = true,
            Territories = [TerritoryIds.Donetsk, TerritoryIds.Luhansk, TerritoryIds.Zaporizhzhia, TerritoryIds.Kherson],
            Citations = [CopilotCitation],
        },
        new DemilitarisedZoneProvision(ProvisionIds.DemilitarisedZone)
        {
            Summary = [En("Optionally, a demilitarised zone limited to key places, monitored by the UN, the OSCE or an ad-hoc force.")],
            IsOptional = true,
            Features = [En("Transport hubs"), En("Bridges"), En("City surroundings"), En("Critical infrastructure such as nuclear power plants")],
            Monitors = [ActorIds.UnitedNations, ActorIds.Osce],
            MonitoringMethods = [MonitoringMethod.Patrols, MonitoringMethod.Drones, MonitoringMethod.CivilianMonitors, MonitoringMethod.ArmedEscort],
            Territories = [TerritoryIds.Zaporizhzhia, TerritoryIds.Kherson],
            OpenQuestions =
            [
                En("Who provides the monitoring force and who pays for it: a considerable burden."),
                Ja("監視のための軍と資金は誰が出すのかという問題がある"),
                En("Whether an ad-hoc force monitors instead of the UN or the OSCE."),
            ],
            Citations = [BlogCitation with { Quote = Ja("非武装地帯(DMZ)は国際法と軍事情勢の理由から、どうしても置かなければならないというのなら、設置する必要がある") }, CopilotCitation],
        },
        new TransitionalGovernmentProvision(ProvisionIds.InterimGovernment)
        {
            Summary = [En("Ukraine's political decision and domestic process; in the author's words, an interim government replacing the current one.")],
            Citations = [CopilotCitation with { Quote = Ja("ゼレンスキー政権に替わる統括暫定政権の樹立") }],
        },
        new OtherProvision(ProvisionIds.ComprehensivePackage)
        {
            Summary = [En("A comprehensive peace agreement presented as one package.")],
            Citations = [CopilotCitation],
        },
    ];

    private static ValueList<Phase> RoadmapPhases()
    {
        (string Id, string Title, ProvisionId[] Provisions)[] steps =
        [
            ("roadmap-phase-0", "US–Russia working groups and basic principles", [ProvisionIds.WorkingGroupsAndPrinciples]),
            ("roadmap-phase-1", "Economic reconstruction", [ProvisionIds.ReconstructionFinancing]),
            ("roadmap-phase-2", "Security", [ProvisionIds.Neutrality, ProvisionIds.SecurityGuarantees, ProvisionIds.DeploymentLimits, ProvisionIds.WeaponsLimits]),
            ("roadmap-phase-3", "Territory and front line", [ProvisionIds.WithdrawalDonbas, ProvisionIds.WithdrawalSouth, ProvisionIds.FinalBorders, ProvisionIds.DemilitarisedZone]),
            ("roadmap-phase-4", "Ukraine's political decision and domestic process", [ProvisionIds.InterimGovernment]),
            ("roadmap-phase-5", "Comprehensive peace agreement as one package", [ProvisionIds.ComprehensivePackage]),
        ];
        return ValueList.From(steps.Select((step, order) => new Phase(new PhaseId(step.Id), order, [En(step.Title)])
        {
            DependsOn = order == 0 ? [] : [new PhaseId(steps[order - 1].Id)],
            Provisions = ValueList.From(step.Provisions),
            Citations = [CopilotCitation],
        }));
    }
}
