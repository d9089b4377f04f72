using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's sources: the chains blog → NHK → wires and blog → Copilot → Yomiuri → wires.</summary>
    public static class SourceIds
    {
        /// <summary>The Japanese blog commentary the sample is built from.</summary>
        public static readonly SourceId Blog = new("blog-commentary");

        /// <summary>NHK's article, updated at 11:36 and 19:31 Japan time on 29 December.</summary>
        public static readonly SourceId Nhk = new("nhk-2025-12-29");

        /// <summary>The foreign wire reports NHK's article is based on (not named by NHK).</summary>
        public static readonly SourceId NhkWires = new("nhk-wire-reports");

        /// <summary>Yomiuri Shimbun's report, as the AI assistant summarised it.</summary>
        public static readonly SourceId Yomiuri = new("yomiuri-2025-12-29");

        /// <summary>The AP report Yomiuri's is based on.</summary>
        public static readonly SourceId Ap = new("ap-report");

        /// <summary>The Reuters report Yomiuri's is based on.</summary>
        public static readonly SourceId Reuters = new("reuters-report");

        /// <summary>The Bloomberg report Yomiuri's is based on.</summary>
        public static readonly SourceId Bloomberg = new("bloomberg-report");

        /// <summary>The Axios report Yomiuri's is based on.</summary>
        public static readonly SourceId Axios = new("axios-report");

        /// <summary>The blog author's chat with Microsoft Copilot, published in the blog.</summary>
        public static readonly SourceId CopilotChat = new("copilot-chat");

        /// <summary>The YouTube channel "The Truth of Diplomacy", which the blog cites for its general argument.</summary>
        public static readonly SourceId TruthOfDiplomacy = new("truth-of-diplomacy-channel");
    }

    private static ValueList<Source> Sources() =>
    [
        new Source(SourceIds.Blog, SourceKind.Commentary)
        {
            Title = [Ja("米露は和平協定の共同策定で主導権を握り暫定統括政権の樹立を経て和平の実現を目指している")],
            Authors = [ActorIds.BlogAuthor],
            Language = "ja",
            Published = When.Parse(AfterNhkFinalUpdate),
            Cites = [SourceIds.Nhk, SourceIds.CopilotChat, SourceIds.TruthOfDiplomacy],
            Reliability = ReliabilityGrade.CannotBeJudged,
            Notes = "One-sided political commentary. Its publication time is not given; it quotes NHK's update of 19:31 JST on 29 December, so it was published after that.",
        },
        new Source(SourceIds.Nhk, SourceKind.NewsReport)
        {
            Title = [Ja("トランプ大統領とゼレンスキー大統領が会談 和平合意持ち越し"), En("President Trump and President Zelensky meet; peace agreement carried over")],
            Outlet = ActorIds.Nhk,
            Language = "ja",
            Published = When.Parse("../2025-12-29T11:36[Asia/Tokyo]!"),
            Revisions =
            [
                new SourceRevision(1, When.Parse("2025-12-29T11:36[Asia/Tokyo]!")),
                new SourceRevision(2, When.Parse("2025-12-29T19:31[Asia/Tokyo]!"))
                {
                    Changes =
                    [
                        Ja("リード文に一文が付け加えられた：「ロシア側はプーチン大統領がトランプ大統領と電話で会談してけん制していて、合意の見通しは依然、立っていません」", isOriginal: false),
                        En("A sentence was added to the lead: Russia is applying pressure through Putin's call with Trump, and the prospects for an agreement remain unclear."),
                    ],
                },
            ],
            Cites = [SourceIds.NhkWires],
            Reliability = ReliabilityGrade.UsuallyReliable,
            Citations = [BlogCitation with { Notes = "The blog gives the title and the two update times, in Japan time; the year is not stated." }],
        },
        new Source(SourceIds.NhkWires, SourceKind.WireReport)
        {
            Title = [En("Foreign wire reports (外電) on the Miami meeting, not named by NHK")],
            Published = When.Parse("../2025-12-29T11:36[Asia/Tokyo]!"),
            Citations = [new Citation(SourceIds.Blog) { Quote = Ja("外電をもとに報道") }],
        },
        new Source(SourceIds.Yomiuri, SourceKind.NewsReport)
        {
            Title = [En("Yomiuri Shimbun report on the Miami meeting and Ushakov's statements (title not given)")],
            Outlet = ActorIds.Yomiuri,
            Language = "ja",
            Published = When.Parse("2025-12-29[Asia/Tokyo]~!"),
            Cites = [SourceIds.Ap, SourceIds.Reuters, SourceIds.Bloomberg, SourceIds.Axios],
            Reliability = ReliabilityGrade.UsuallyReliable,
            Citations = [new Citation(SourceIds.CopilotChat) { Credibility = CredibilityGrade.CannotBeJudged, Notes = "Known only through the AI assistant's search results." }],
        },
        Wire(SourceIds.Ap, ActorIds.Ap),
        Wire(SourceIds.Reuters, ActorIds.Reuters),
        Wire(SourceIds.Bloomberg, ActorIds.Bloomberg),
        Wire(SourceIds.Axios, ActorIds.Axios) with { Kind = SourceKind.NewsReport },
        new Source(SourceIds.CopilotChat, SourceKind.AiGenerated)
        {
            Title = [En("The blog author's chat with Microsoft Copilot")],
            Authors = [ActorIds.Copilot, ActorIds.BlogAuthor],
            Language = "ja",
            Published = When.Parse(AfterNhkFinalUpdate),
            Cites = [SourceIds.Yomiuri],
            Reliability = ReliabilityGrade.CannotBeJudged,
            Notes = "Text generated by an AI assistant: of low standing as evidence; it largely agrees with the author.",
            Citations = [BlogCitation],
        },
        new Source(SourceIds.TruthOfDiplomacy, SourceKind.Video)
        {
            Title = [Ja("外交の真実")],
            Outlet = ActorIds.TruthOfDiplomacy,
            Language = "ja",
            Notes = "Cited by the blog for the recurring argument that diplomacy is decided by the reality of the battlefield.",
            Citations = [BlogCitation],
        },
    ];

    private static Source Wire(SourceId id, ActorId outlet) => new(id, SourceKind.WireReport)
    {
        Outlet = outlet,
        Language = "en",
        Published = When.Parse("../2025-12-29[Asia/Tokyo]!"),
        Citations = [new Citation(SourceIds.CopilotChat) { Quote = Ja("一時ソースはAPやロイター、ブルームバーグ、そしてアクシオスなどの外電") }],
    };
}
