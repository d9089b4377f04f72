using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.Topics;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's statements.</summary>
    public static class StatementIds
    {
        /// <summary>Ushakov announces the first call and its length.</summary>
        public static readonly StatementId UshakovCallAnnounced = new("ushakov-call-announced");

        /// <summary>Ushakov: the presidents share the view that a temporary ceasefire would prolong the conflict.</summary>
        public static readonly StatementId UshakovCeasefireView = new("ushakov-ceasefire-view");

        /// <summary>Ushakov: Ukraine must first take a bold and responsible political decision.</summary>
        public static readonly StatementId UshakovPoliticalDecision = new("ushakov-political-decision");

        /// <summary>Ushakov, as Yomiuri reported it: Ukraine should decide without delay.</summary>
        public static readonly StatementId UshakovWithoutDelay = new("ushakov-without-delay");

        /// <summary>Ushakov: Putin agreed to the US proposal of two working groups.</summary>
        public static readonly StatementId UshakovWorkingGroups = new("ushakov-working-groups");

        /// <summary>Ushakov: another Putin–Trump call will follow the meeting.</summary>
        public static readonly StatementId UshakovSecondCall = new("ushakov-second-call");

        /// <summary>Trump: one or two thorny issues remain.</summary>
        public static readonly StatementId TrumpThornyIssues = new("trump-thorny-issues");

        /// <summary>Trump, on Donbas: not resolved, but probably closer to agreement than before.</summary>
        public static readonly StatementId TrumpDonbas = new("trump-donbas");

        /// <summary>Trump, on timing: a few weeks if things go well.</summary>
        public static readonly StatementId TrumpFewWeeks = new("trump-few-weeks");

        /// <summary>NHK's final lead: Russia is applying pressure; the prospects remain unclear.</summary>
        public static readonly StatementId NhkLead = new("nhk-final-lead");

        /// <summary>Ukraine, as reported: ready for a referendum on territorial concessions if there is a ceasefire.</summary>
        public static readonly StatementId UkraineReferendumReadiness = new("ukraine-referendum-readiness");
    }

    private static readonly Citation NhkUpdate = new(SourceIds.Nhk) { Revision = 1 };

    private static ValueList<Statement> Statements() =>
    [
        new Statement(StatementIds.UshakovCallAnnounced, [ActorIds.Ushakov],
            [Ja("プーチン大統領がトランプ大統領と1時間15分にわたって電話会談を行った", isOriginal: false), En("Putin held a phone call with Trump lasting 1 hour 15 minutes.")])
        {
            OnBehalfOf = ActorIds.RussianPresidentialAdministration,
            When = When.Parse("2025-12-28[Europe/Moscow]!"),
            Mode = StatementMode.Paraphrase,
            Act = ActType.Announce,
            About = [EntityReference.To(EventIds.FirstCall)],
            Citations = [NhkUpdate],
        },
        new Statement(StatementIds.UshakovCeasefireView, [ActorIds.Ushakov],
        [
            Ja("重要なのは、ロシアとアメリカの両大統領がウクライナとヨーロッパが提案する国民投票の準備などを口実とした一時的な停戦案は紛争の長期化につながり、戦闘再開の危険性をはらんでいるという、ほぼ同じ見解を共有していることだ", isOriginal: false),
            En("What matters is that the presidents of Russia and the United States share almost the same view: a temporary ceasefire, proposed by Ukraine and Europe on the pretext of preparing a referendum, would prolong the conflict and carries the risk of renewed fighting."),
        ])
        {
            OnBehalfOf = ActorIds.RussianPresidentialAdministration,
            Event = EventIds.FirstCall,
            When = When.Parse("2025-12-28[Europe/Moscow]!"),
            Mode = StatementMode.DirectQuote,
            Act = ActType.Reject,
            About = [EntityReference.To(ProposalIds.UkraineEuropeCeasefire), EntityReference.To(ActorIds.Trump), EntityReference.To(ActorIds.Putin)],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Referendum],
            Framings =
            [
                new Framing([Ja("領土で譲歩を迫られた場合には停戦を条件に国民投票を行う用意があるとするウクライナ側の主張をけん制しました"), En("NHK: pushing back on Ukraine's stated readiness to hold a referendum on territorial concessions if there is a ceasefire.")])
                {
                    By = ActorIds.Nhk,
                    Citations = [NhkUpdate],
                },
            ],
            Citations = [NhkUpdate, new Citation(SourceIds.Yomiuri) { Notes = "Yomiuri, as the AI assistant summarised it: a temporary ceasefire on the pretext of a referendum would prolong the conflict; both presidents agree." }],
            Notes = "Quoted in Japanese translation; the Russian original is not in the sources.",
        },
        new Statement(StatementIds.UshakovPoliticalDecision, [ActorIds.Ushakov],
        [
            Ja("紛争を完全に終結させるためには、何よりもまず、ウクライナ側がロシアとアメリカの間で行われている取り組みに沿った大胆で責任ある政治的決断を下す必要がある", isOriginal: false),
            En("To end the conflict completely, Ukraine must first of all take a bold and responsible political decision in line with the efforts under way between Russia and the United States."),
        ])
        {
            OnBehalfOf = ActorIds.RussianPresidentialAdministration,
            When = When.Parse("2025-12-28[Europe/Moscow]!"),
            Mode = StatementMode.DirectQuote,
            Act = ActType.Request,
            Audience = [ActorIds.Ukraine],
            About = [EntityReference.To(ActorIds.Ukraine)],
            Topics = [WellKnownTopics.Territory],
            Framings = [new Framing([Ja("ウクライナに領土で譲歩するよう重ねて求めました"), En("NHK: he again demanded territorial concessions from Ukraine.")]) { By = ActorIds.Nhk, Citations = [NhkUpdate] }],
            Citations = [NhkUpdate],
        },
        new Statement(StatementIds.UshakovWithoutDelay, [ActorIds.Ushakov], [Ja("ウクライナは遅滞なく決断すべきだ", isOriginal: false), En("Ukraine should decide without delay.")])
        {
            When = When.Parse("2025-12-28[Europe/Moscow]~!"),
            Mode = StatementMode.Summary,
            Act = ActType.Request,
            Audience = [ActorIds.Ukraine],
            Citations = [new Citation(SourceIds.CopilotChat) { Quote = Ja("ウクライナは遅滞なく決断すべきだ"), Credibility = CredibilityGrade.CannotBeJudged, Notes = "The AI assistant attributes this to Yomiuri's report." }],
        },
        new Statement(StatementIds.UshakovWorkingGroups, [ActorIds.Ushakov],
        [
            Ja("注目すべきは、プーチン大統領が、ウクライナ問題の解決に向けて特別に設置される2つの作業部会の枠組みで協力していくというアメリカ側の提案に同意したことだ", isOriginal: false),
            En("Notably, President Putin agreed to the US proposal to work within the framework of two working groups set up specially to resolve the Ukraine question."),
        ])
        {
            OnBehalfOf = ActorIds.RussianPresidentialAdministration,
            When = When.Parse("2025-12-28[Europe/Moscow]!"),
            Mode = StatementMode.DirectQuote,
            Act = ActType.Agree,
            About = [EntityReference.To(WorkingGroupIds.Security), EntityReference.To(WorkingGroupIds.Economy), EntityReference.To(EventIds.WorkingGroupDetails)],
            Topics = [WellKnownTopics.Security, WellKnownTopics.Economy],
            Framings = [new Framing([Ja("安全保障と経済の2つの分野での作業部会の設置で合意し、来月上旬にも具体的な内容を決めるとしています"), En("NHK: agreement to set up working groups on security and the economy; specifics to be decided early next month.")]) { By = ActorIds.Nhk, Citations = [NhkUpdate] }],
            Citations = [NhkUpdate, new Citation(SourceIds.Yomiuri) { Notes = "Yomiuri, as the AI assistant summarised it: the groups were a US proposal; details expected in early January." }],
        },
        new Statement(StatementIds.UshakovSecondCall, [ActorIds.Ushakov], [Ja("トランプ大統領とゼレンスキー大統領の会談のあと、ふたたびプーチン大統領とトランプ大統領の電話会談が行われる", isOriginal: false), En("After the Trump–Zelensky meeting, Putin and Trump will speak by phone again.")])
        {
            OnBehalfOf = ActorIds.RussianPresidentialAdministration,
            When = When.Parse("2025-12-28[Europe/Moscow]!"),
            Mode = StatementMode.Paraphrase,
            Act = ActType.Announce,
            Modality = Modality.Future,
            About = [EntityReference.To(EventIds.SecondCall)],
            Citations = [NhkUpdate],
        },
        new Statement(StatementIds.TrumpThornyIssues, [ActorIds.Trump], [Ja("1つか2つのやっかいな問題が残っている。とても難しい問題だ", isOriginal: false), En("One or two thorny issues remain. Very difficult issues.")])
        {
            Event = EventIds.PressConference,
            When = When.Parse("after(event:miami-meeting)"),
            Mode = StatementMode.DirectQuote,
            Act = ActType.Comment,
            Citations = [NhkUpdate],
            Notes = "Said in English; the sources give only NHK's Japanese translation.",
        },
        new Statement(StatementIds.TrumpDonbas, [ActorIds.Trump], [Ja("確かにそれは大きな問題のひとつだ。まだ解決していないが、おそらく以前よりも合意に近づいていると思う", isOriginal: false), En("Certainly that is one of the big issues. It is not resolved, but we are probably closer to agreement than before.")])
        {
            Event = EventIds.PressConference,
            When = When.Parse("after(event:miami-meeting)"),
            Mode = StatementMode.DirectQuote,
            Act = ActType.Comment,
            About = [EntityReference.To(TerritoryIds.Donbas)],
            Topics = [WellKnownTopics.Territory],
            Citations = [NhkUpdate with { Quote = Ja("ウクライナ東部のドンバス地域の領土の扱いについて問われると") }],
        },
        new Statement(StatementIds.TrumpFewWeeks, [ActorIds.Trump], [Ja("うまくいけば数週間、うまくいかなかったら実現しないだろう。しかし、数週間後には何らかの結果が出ると思う", isOriginal: false), En("If things go well, a few weeks; if not, it won't happen. But in a few weeks there will be some result.")])
        {
            Event = EventIds.PressConference,
            When = When.Parse("after(event:miami-meeting)"),
            Mode = StatementMode.DirectQuote,
            Act = ActType.Comment,
            Modality = Modality.Hypothetical,
            Topics = [WellKnownTopics.Territory],
            Citations = [NhkUpdate],
        },
        new Statement(StatementIds.NhkLead, [ActorIds.Nhk], [Ja("ロシア側はプーチン大統領がトランプ大統領と電話で会談してけん制していて、合意の見通しは依然、立っていません"), En("Russia is applying pressure through President Putin's phone call with President Trump, and the prospects for an agreement remain unclear.")])
        {
            When = When.Parse("2025-12-29T19:31[Asia/Tokyo]!"),
            Mode = StatementMode.Written,
            Act = ActType.Comment,
            About = [EntityReference.To(EventIds.FirstCall)],
            Citations = [new Citation(SourceIds.Nhk) { Revision = 2, Locator = "lead" }],
        },
        new Statement(StatementIds.UkraineReferendumReadiness, [ActorIds.Zelensky], [En("Ukraine is ready to hold a referendum on territorial concessions on condition of a ceasefire.")])
        {
            OnBehalfOf = ActorIds.Ukraine,
            When = When.Parse("before(statement:ushakov-ceasefire-view)"),
            Mode = StatementMode.Paraphrase,
            About = [EntityReference.To(ProposalIds.UkraineEuropeCeasefire)],
            Topics = [WellKnownTopics.Referendum, WellKnownTopics.Ceasefire, WellKnownTopics.Territory],
            Citations = [NhkUpdate with { Quote = Ja("領土で譲歩を迫られた場合には停戦を条件に国民投票を行う用意があるとするウクライナ側の主張") }],
            Notes = "Known only as NHK reports Ukraine's position; no statement of Zelensky's own is quoted.",
        },
    ];
}
