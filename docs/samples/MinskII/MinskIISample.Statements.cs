using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Statements;
using NegotiationModel.Topics;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
{
    /// <summary>The identifiers of the sample's statements.</summary>
    public static class StatementIds
    {
        /// <summary>The four leaders endorse the package and will use their influence on the parties.</summary>
        public static readonly StatementId DeclarationSupport = new("declaration-endorses-package");

        /// <summary>The declaration: Germany and France offer technical expertise for the banking segment.</summary>
        public static readonly StatementId DeclarationBanking = new("declaration-banking-expertise");

        /// <summary>The declaration: an oversight mechanism in the Normandy format.</summary>
        public static readonly StatementId DeclarationOversight = new("declaration-oversight-mechanism");

        /// <summary>Poroshenko: nothing was agreed on autonomy or federalisation.</summary>
        public static readonly StatementId PoroshenkoNoAutonomy = new("poroshenko-no-autonomy");

        /// <summary>The Security Council endorses the package.</summary>
        public static readonly StatementId CouncilEndorses = new("unsc-endorses-package");

        /// <summary>The OSCE Chairperson-in-Office calls for full compliance and access for the monitors.</summary>
        public static readonly StatementId DacicCompliance = new("dacic-full-compliance");

        /// <summary>The French Presidency: progress noted, the OSCE to play a more direct role.</summary>
        public static readonly StatementId ElyseeProgress = new("elysee-progress-noted");

        /// <summary>The French Presidency: the Contact Group to set up the working groups once the ceasefire allows.</summary>
        public static readonly StatementId ElyseeWorkingGroups = new("elysee-working-groups");
    }

    private static Citation ElyseeCitation => new(SourceIds.ElyseeCall);

    private static ValueList<Statement> Statements() =>
    [
        new Statement(StatementIds.DeclarationSupport, [ActorIds.Putin, ActorIds.Poroshenko, ActorIds.Hollande, ActorIds.Merkel],
            [En.Text("The four leaders reaffirm their respect for Ukraine's sovereignty and territorial integrity, endorse the Package of Measures signed in Minsk on 12 February 2015, and will contribute to the process and use their influence on the relevant parties.")])
        {
            Event = EventIds.MinskSummit,
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Mode = StatementMode.Summary,
            Act = ActType.Support,
            About = [EntityReference.To(ProposalIds.Package)],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Guarantees],
            Notes = "A joint declaration, not signed.",
            Citations = [new Citation(SourceIds.Declaration), new Citation(SourceIds.EaDaily), new Citation(SourceIds.GordonFebruary) { Notes = "The declaration is unsigned." }],
        },
        new Statement(StatementIds.DeclarationBanking, [ActorIds.Putin, ActorIds.Poroshenko, ActorIds.Hollande, ActorIds.Merkel],
            [En.Text("Germany and France will provide technical expertise for restoring the banking segment in the conflict-affected areas, possibly through an international mechanism to facilitate social transfers.")])
        {
            Event = EventIds.MinskSummit,
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Mode = StatementMode.Summary,
            Act = ActType.Aid,
            About = [EntityReference.To(GuaranteeIds.BankingExpertise), EntityReference.To(ProvisionIds.Point8)],
            Topics = [WellKnownTopics.Economy],
            Citations = [new Citation(SourceIds.Declaration), new Citation(SourceIds.EaDaily)],
        },
        new Statement(StatementIds.DeclarationOversight, [ActorIds.Putin, ActorIds.Poroshenko, ActorIds.Hollande, ActorIds.Merkel],
            [En.Text("The leaders agree on an oversight mechanism in the Normandy format, meeting regularly, as a rule at the level of senior officials of the foreign ministries.")])
        {
            Event = EventIds.MinskSummit,
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Mode = StatementMode.Summary,
            Act = ActType.Agree,
            About = [EntityReference.To(WorkingGroupIds.NormandyOversight)],
            Citations = [new Citation(SourceIds.Declaration), new Citation(SourceIds.GordonFebruary)],
        },
        new Statement(StatementIds.PoroshenkoNoAutonomy, [ActorIds.Poroshenko],
            [En.Text("There are no agreements on any autonomy or federalisation; Ukraine did not yield to ultimatums and held that the ceasefire should take effect without preconditions.")])
        {
            OnBehalfOf = ActorIds.Ukraine,
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Mode = StatementMode.Paraphrase,
            Act = ActType.Comment,
            About = [EntityReference.To(ProvisionIds.Point11SpecialStatus), EntityReference.To(ProvisionIds.Point1)],
            Topics = [WellKnownTopics.Governance, WellKnownTopics.Ceasefire],
            Citations = [new Citation(SourceIds.UaPositionPoroshenko) { Credibility = CredibilityGrade.ProbablyTrue }],
        },
        new Statement(StatementIds.CouncilEndorses, [ActorIds.SecurityCouncil],
            [En.Text("The Security Council endorses the Package of Measures, welcomes the leaders' declaration and calls on all parties to implement the package fully, including a comprehensive ceasefire.")])
        {
            Event = EventIds.Resolution2202,
            When = When.Parse("2015-02-17[America/New_York]"),
            Mode = StatementMode.Summary,
            Act = ActType.Support,
            About = [EntityReference.To(ProposalIds.Package)],
            Topics = [WellKnownTopics.Ceasefire],
            Citations = [new Citation(SourceIds.Resolution2202), new Citation(SourceIds.SputnikResolution)],
        },
        new Statement(StatementIds.DacicCompliance, [ActorIds.Dacic],
            [En.Text("The Chairperson-in-Office welcomes resolution 2202 and calls for full and unconditional compliance with the ceasefire by all signatories, an immediate end to military activity, and full access for the Special Monitoring Mission, including in and around Debaltseve.")])
        {
            OnBehalfOf = ActorIds.Osce,
            When = When.Parse("2015-02-18[Europe/Belgrade]"),
            Mode = StatementMode.Paraphrase,
            Act = ActType.Request,
            About = [EntityReference.To(ProvisionIds.Point1), EntityReference.To(ProvisionIds.Point3), EntityReference.To(ActorIds.OsceSmm)],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Monitoring],
            Citations = [new Citation(SourceIds.OsceChairperson)],
        },
        new Statement(StatementIds.ElyseeProgress, [ActorIds.Hollande],
            [En.Original("Progress is noted, but the situation must be improved.")])
        {
            OnBehalfOf = ActorIds.France,
            Event = EventIds.MarchCall,
            When = When.Parse("2015-03-02Tevening[Europe/Paris]"),
            Mode = StatementMode.Written,
            Act = ActType.Request,
            About = [EntityReference.To(ProposalIds.Package), EntityReference.To(ProvisionIds.Point3)],
            Topics = [WellKnownTopics.Monitoring, WellKnownTopics.Prisoners, WellKnownTopics.Humanitarian],
            Notes = "The same communiqué: the four leaders agreed to ask the OSCE to play a more direct role in the ceasefire and the withdrawal of heavy weapons and to report on them daily; prisoner releases and humanitarian assistance to be facilitated with the ICRC.",
            Citations = [ElyseeCitation with { Quote = En.Original("Progress is noted, but the situation must be improved.") }],
        },
        new Statement(StatementIds.ElyseeWorkingGroups, [ActorIds.Hollande],
            [En.Original("The Contact Group must set up the working groups planned as soon as the ceasefire conditions allow it.")])
        {
            OnBehalfOf = ActorIds.France,
            Event = EventIds.MarchCall,
            When = When.Parse("2015-03-02Tevening[Europe/Paris]"),
            Mode = StatementMode.Written,
            Act = ActType.Request,
            Audience = [ActorIds.ContactGroup],
            About = [EntityReference.To(ProvisionIds.Point13), EntityReference.To(WorkingGroupIds.Security), EntityReference.To(WorkingGroupIds.Political),
                EntityReference.To(WorkingGroupIds.Humanitarian), EntityReference.To(WorkingGroupIds.Economic)],
            Citations = [ElyseeCitation with { Quote = En.Original("The Contact Group must set up the working groups planned as soon as the ceasefire conditions allow it.") }],
        },
    ];
}
