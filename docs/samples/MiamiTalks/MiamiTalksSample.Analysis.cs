using NegotiationModel.Assessments;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's guarantees.</summary>
    public static class GuaranteeIds
    {
        /// <summary>The roadmap's US–Russian guarantee of reconstruction loans.</summary>
        public static readonly GuaranteeId Reconstruction = new("reconstruction-loan-guarantee");

        /// <summary>The roadmap's security guarantees.</summary>
        public static readonly GuaranteeId Security = new("security-guarantees");
    }

    private static ValueList<Guarantee> Guarantees() =>
    [
        new Guarantee(GuaranteeIds.Reconstruction, GuaranteeKind.Financial)
        {
            Guarantors = [ActorIds.UnitedStates, ActorIds.Russia],
            Beneficiaries = [ActorIds.Ukraine],
            Obligations = [En("Guarantee the repayment of Ukraine's reconstruction loans.")],
            Instruments =
            [
                new FinancialInstrument(FinancialInstrumentKind.Loan) { Lender = ActorIds.WorldBank },
                new FinancialInstrument(FinancialInstrumentKind.Loan) { Lender = ActorIds.Ida },
                new FinancialInstrument(FinancialInstrumentKind.Loan) { Lender = ActorIds.Ebrd },
                new FinancialInstrument(FinancialInstrumentKind.Fund) { Description = [En("A reconstruction fund; no amount is given.")] },
            ],
            Conditions = [En("Possibly parts of the EU join the guarantors.")],
            StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, When.Parse(AfterNhkFinalUpdate)) { Citations = [BlogCitation] }],
            Proposal = ProposalIds.AuthorRoadmap,
            Provisions = [ProvisionIds.ReconstructionFinancing],
            Citations = [BlogCitation, CopilotCitation],
        },
        new Guarantee(GuaranteeIds.Security, GuaranteeKind.Security)
        {
            Guarantors = [ActorIds.UnitedStates, ActorIds.Russia],
            Beneficiaries = [ActorIds.Ukraine],
            Obligations = [En("Guarantee the security of a neutral Ukraine.")],
            Conditions = [En("Turkey, France and Germany are named as possible further guarantors.")],
            StatusHistory = [new StatusChange<GuaranteeStatus>(GuaranteeStatus.Proposed, When.Parse(AfterNhkFinalUpdate)) { Citations = [CopilotCitation] }],
            Proposal = ProposalIds.AuthorRoadmap,
            Provisions = [ProvisionIds.SecurityGuarantees],
            Citations = [CopilotCitation],
        },
    ];

    private static ValueList<Position> Positions() =>
    [
        new Position(new PositionId("russia-on-ukraine-europe-ceasefire"), ActorIds.Russia, EntityReference.To(ProposalIds.UkraineEuropeCeasefire), Stance.Opposes)
        {
            When = When.Parse("2025-12-28[Europe/Moscow]!"),
            Evidence = [StatementIds.UshakovCeasefireView],
            Citations = [NhkUpdate],
        },
        new Position(new PositionId("united-states-on-ukraine-europe-ceasefire"), ActorIds.UnitedStates, EntityReference.To(ProposalIds.UkraineEuropeCeasefire), Stance.Opposes)
        {
            When = When.Parse("2025-12-28[Europe/Moscow]!"),
            Evidence = [StatementIds.UshakovCeasefireView],
            Notes = "As stated by Ushakov, who says the two presidents share almost the same view; no US statement in the sources says so.",
            Citations = [NhkUpdate with { Credibility = CredibilityGrade.PossiblyTrue }],
        },
        new Position(new PositionId("ukraine-on-territorial-referendum"), ActorIds.Ukraine, EntityReference.To(ProvisionIds.TerritorialReferendum), Stance.Conditional)
        {
            Conditions = [En("A ceasefire.")],
            When = When.Parse("before(statement:ushakov-ceasefire-view)"),
            Evidence = [StatementIds.UkraineReferendumReadiness],
            Citations = [NhkUpdate],
        },
    ];

    private static ValueList<Assessment> Assessments() =>
    [
        new Assessment(new AssessmentId("scenario-a"), AssessmentKind.Scenario, [En("A violent change of power in Ukraine"), Ja("暴力的な政変が起きるシナリオA")])
        {
            Label = "Scenario A",
            Authors = [ActorIds.BlogAuthor],
            Text = [En("A \"trilemma\" — a collapsing front, fiscal collapse and economic decline — sharpens the conflict between the war-continuation and realist camps, which in turn deepens the trilemma, ending in a violent change of power.")],
            Drivers = [En("A collapsing front"), En("Fiscal collapse"), En("Economic decline"), En("Conflict between the war-continuation and realist camps")],
            About = [EntityReference.To(ActorIds.Ukraine), EntityReference.To(ActorIds.WarContinuationCamp), EntityReference.To(ActorIds.RealistCamp)],
            Citations = [BlogCitation],
        },
        new Assessment(new AssessmentId("scenario-b"), AssessmentKind.Scenario, [En("Ukraine accepts a US–Russian peace plan"), Ja("米露が協調して策定した和平案を受け入れるシナリオB")])
        {
            Label = "Scenario B",
            Authors = [ActorIds.BlogAuthor],
            Text = [En("Ukraine accepts a peace plan drawn up by the US and Russia together; a \"realist\" interim government freezes the conflict and rebuilds the state while keeping its sovereignty.")],
            About = [EntityReference.To(ActorIds.Ukraine), EntityReference.To(ActorIds.RealistCamp), EntityReference.To(ProposalIds.AuthorRoadmap)],
            Citations = [BlogCitation],
        },
        new Assessment(new AssessmentId("us-russia-pursue-scenario-b"), AssessmentKind.Interpretation, [En("The US and Russia are cooperating toward Scenario B")])
        {
            Authors = [ActorIds.BlogAuthor],
            Text = [En("The author reads NHK's report, and Ushakov's words above all, as strong evidence that the US and Russia cooperate toward Scenario B.")],
            Likelihood = new Likelihood(text: Ja("強く示唆されている")),
            About = [new EntityReference(EntityKind.Assessment, "scenario-b"), EntityReference.To(StatementIds.UshakovWorkingGroups)],
            Citations = [BlogCitation],
        },
        new Assessment(new AssessmentId("legitimacy-dispute"), AssessmentKind.Interpretation, [En("The legitimacy of Zelensky's government is disputed (the author's claim)")])
        {
            Authors = [ActorIds.BlogAuthor],
            Text = [En("The author calls the government in Kyiv \"the Kiev regime\" and holds that a legitimate interim government must be formed; this is the commentary's claim, not a fact of the record.")],
            About = [EntityReference.To(ActorIds.Zelensky), EntityReference.To(ActorIds.Ukraine)],
            Citations = [BlogCitation with { Quote = Ja("正統な暫定統括政権を樹立することが必要かつ必須である") }],
        },
        new Assessment(new AssessmentId("thorny-issues-are-legitimacy-and-territory"), AssessmentKind.Interpretation, [En("Trump's \"one or two thorny issues\" are legitimacy and territory")])
        {
            Authors = [ActorIds.BlogAuthor],
            Likelihood = new Likelihood(EstimativeProbability.Likely, text: Ja("キエフ政権の正統性の問題と領土問題のことだろう")),
            About = [EntityReference.To(StatementIds.TrumpThornyIssues)],
            Citations = [BlogCitation],
        },
        new Assessment(new AssessmentId("economy-before-security"), AssessmentKind.Forecast, [En("The economic group's results come first, then security; territory last")])
        {
            Authors = [ActorIds.BlogAuthor],
            Text = [En("The working groups' results are expected to be made public in the order economic reconstruction, then security; territory is in neither group and comes last.")],
            Likelihood = new Likelihood(text: Ja("見られる")),
            About = [EntityReference.To(WorkingGroupIds.Economy), EntityReference.To(WorkingGroupIds.Security)],
            Citations = [BlogCitation with { Quote = Ja("「経済復興」→「(米露が責任を持つ)安全保障」の順でその内容が明らかにされると見られる") }],
        },
        new Assessment(new AssessmentId("zelensky-has-softened"), AssessmentKind.Interpretation, [En("Zelensky has begun to turn from continuing the war to accepting peace")])
        {
            Authors = [ActorIds.BlogAuthor, ActorIds.Copilot],
            Text = [En("The idea of a referendum is read as a sign that Zelensky has softened; the AI assistant agrees with the author.")],
            About = [EntityReference.To(ActorIds.Zelensky), EntityReference.To(StatementIds.UkraineReferendumReadiness)],
            Citations = [BlogCitation, CopilotCitation],
        },
    ];
}
