using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's sources.</summary>
    public static class SourceIds
    {
        /// <summary>The Belfast Agreement as the UK government publishes it.</summary>
        public static readonly SourceId AgreementText = new("belfast-agreement-gov-uk");

        /// <summary>The QUILL project's catalogue entry of the agreement (Cm. 3883).</summary>
        public static readonly SourceId QuillAgreement = new("quill-belfast-agreement");

        /// <summary>The Independent's edited text of the agreement, 11 April 1998.</summary>
        public static readonly SourceId Independent = new("independent-1998-04-11");

        /// <summary>The summary record of the Strand Two meeting of 20 January 1998.</summary>
        public static readonly SourceId StrandTwoRecord = new("strand-two-record-1998-01-20");

        /// <summary>The Irish Times on the chairmen considered for the talks, before 10 June 1996.</summary>
        public static readonly SourceId IrishTimesChairmen = new("irish-times-1996-chairmen-considered");

        /// <summary>The Spokesman-Review on the announcement of Mitchell's chairmanship, 7 June 1996.</summary>
        public static readonly SourceId Spokesman = new("spokesman-review-1996-06-07");

        /// <summary>The Los Angeles Times on Mitchell taking the chair, 13 June 1996.</summary>
        public static readonly SourceId LaTimes = new("la-times-1996-06-13");

        /// <summary>The two governments' agreement establishing the decommissioning commission.</summary>
        public static readonly SourceId IicdAgreement = new("iicd-agreement-1997-08-26");

        /// <summary>The Irish Times on the commission's composition and remit.</summary>
        public static readonly SourceId IrishTimesIicdRemit = new("irish-times-iicd-remit");

        /// <summary>The Irish Times' background on the commission and the two-year target.</summary>
        public static readonly SourceId IrishTimesIicdBackground = new("irish-times-iicd-background");

        /// <summary>CAIN's results of the two referendums of 22 May 1998.</summary>
        public static readonly SourceId CainReferendums = new("cain-referendums-1998");

        /// <summary>ARK's page on the 1998 referendums.</summary>
        public static readonly SourceId ArkReferendums = new("ark-referendums-1998");

        /// <summary>The Referendum Commission's record of the Nineteenth Amendment referendum.</summary>
        public static readonly SourceId ReferendumIe = new("referendum-ie-nineteenth-amendment");

        /// <summary>Wikipedia's article on the Northern Ireland referendum of 22 May 1998.</summary>
        public static readonly SourceId WikipediaReferendumNorth = new("wikipedia-1998-northern-ireland-referendum");

        /// <summary>Wikipedia's article on the Good Friday Agreement.</summary>
        public static readonly SourceId WikipediaAgreement = new("wikipedia-good-friday-agreement");

        /// <summary>The Peace Accords Matrix on prisoner release.</summary>
        public static readonly SourceId KrocPrisoners = new("peace-accords-matrix-prisoner-release");

        /// <summary>The Northern Ireland (Sentences) Act 1998.</summary>
        public static readonly SourceId SentencesAct = new("northern-ireland-sentences-act-1998");

        /// <summary>Chris Patten's statement on publishing the policing report, 9 September 1999.</summary>
        public static readonly SourceId PattenStatement = new("patten-statement-1999-09-09");

        /// <summary>The Irish Times' review of the policing report.</summary>
        public static readonly SourceId IrishTimesPattenReview = new("irish-times-1999-patten-review");
    }

    private static ValueList<Source> Sources() =>
    [
        new Source(SourceIds.AgreementText, SourceKind.OfficialStatement)
        {
            Title = [En.Original("The Belfast Agreement")],
            Authors = [ActorIds.UnitedKingdom],
            Language = "en",
            Uri = new Uri("https://www.gov.uk/government/publications/the-belfast-agreement"),
            Published = When.Parse("1998-04-10[Europe/London]"),
            Notes = "UK government policy paper: the agreement reached in the multi-party negotiations and signed on 10 April 1998 (Command Paper 3883), also known as the Good Friday Agreement. "
                + "It covers an elected Assembly, a North/South Ministerial Council, and a British-Irish Council with a British-Irish Intergovernmental Conference.",
        },
        new Source(SourceIds.QuillAgreement, SourceKind.Other)
        {
            Title = [En.Original("(1998) The Belfast Agreement: an Agreement Reached at the Multi-Party Talks on Northern Ireland")],
            Outlet = ActorIds.Quill,
            Language = "en",
            Uri = new Uri("https://quillproject.net/resource_collections/290/resource_item/16631"),
            Cites = [SourceIds.AgreementText],
            Notes = "Catalogue entry: the agreement comprises the multi-party agreement and the British-Irish Agreement between the two governments, and sets up three strands of institutions.",
        },
        new Source(SourceIds.Independent, SourceKind.NewsReport)
        {
            Title = [En.Original("Irish Peace Talks: The heart of a 67-page plan for reconciliation")],
            Outlet = ActorIds.Independent,
            Language = "en",
            Uri = new Uri("http://www.independent.co.uk/news/irish-peace-talks-the-heart-of-a-67-page-plan-for-reconciliation-1155537.html"),
            Published = When.Parse("1998-04-11[Europe/London]"),
            Cites = [SourceIds.AgreementText],
            Reliability = ReliabilityGrade.UsuallyReliable,
            Notes = "An edited version of the text agreed in the multi-party negotiations the day before.",
        },
        new Source(SourceIds.StrandTwoRecord, SourceKind.OfficialTranscript)
        {
            Title = [En.Original("Summary record of Strand Two meeting - Tuesday 20 January 1998 at 1112")],
            Authors = [ActorIds.IndependentChairmen],
            Outlet = ActorIds.Quill,
            Language = "en",
            Uri = new Uri("https://preview.quillproject.net/resource_collections/125/resource_item/25758"),
            Published = When.Parse("1998-01-20[Europe/London]/.."),
            Notes = "From the papers digitised from Bowdoin College's archives: chairmen Holkeri and de Chastelain; present the two governments and eight parties.",
        },
        new Source(SourceIds.IrishTimesChairmen, SourceKind.NewsReport)
        {
            Title = [En.Original("Mitchell, de Chastelain considered for NI talks")],
            Outlet = ActorIds.IrishTimes,
            Language = "en",
            Uri = new Uri("http://www.irishtimes.com/news/mitchell-de-chastelain-considered-for-ni-talks-1.43961"),
            Published = When.Parse("../1996-05-31[Europe/Dublin]"),
            Reliability = ReliabilityGrade.UsuallyReliable,
            Notes = "Published before the election of 31 May 1996 that it mentions as ahead; the day is not recorded.",
        },
        new Source(SourceIds.Spokesman, SourceKind.NewsReport)
        {
            Title = [En.Original("North Irish Peace Talks Due Monday Former U.S. Sen. George Mitchell To Chair New Negotiations")],
            Outlet = ActorIds.Spokesman,
            Language = "en",
            Uri = new Uri("https://www.spokesman.com/stories/1996/jun/07/north-irish-peace-talks-due-monday-former-us-sen"),
            Published = When.Parse("1996-06-07[America/Los_Angeles]"),
        },
        new Source(SourceIds.LaTimes, SourceKind.NewsReport)
        {
            Title = [En.Original("Mitchell Takes the Helm at N. Ireland Peace Talks")],
            Outlet = ActorIds.LaTimes,
            Language = "en",
            Uri = new Uri("https://www.latimes.com/archives/la-xpm-1996-06-13-mn-14458-story.html"),
            Published = When.Parse("1996-06-13[America/Los_Angeles]"),
            Reliability = ReliabilityGrade.UsuallyReliable,
        },
        new Source(SourceIds.IicdAgreement, SourceKind.OfficialStatement)
        {
            Title = [En.Original("Agreement between the Government of Ireland and the Government of the United Kingdom establishing the Independent International Commission on Decommissioning")],
            Authors = [ActorIds.Ireland, ActorIds.UnitedKingdom],
            Outlet = ActorIds.Cain,
            Language = "en",
            Uri = new Uri("https://cain.ulster.ac.uk/events/peace/docs/dec26897.htm"),
            Published = When.Parse("1997-08-26"),
        },
        new Source(SourceIds.IrishTimesIicdRemit, SourceKind.NewsReport)
        {
            Title = [En.Original("IICD: composition and remit")],
            Outlet = ActorIds.IrishTimes,
            Language = "en",
            Uri = new Uri("https://irishtimes.com/news/iicd-composition-and-remit-1.497514"),
            Reliability = ReliabilityGrade.UsuallyReliable,
            Notes = "Undated background piece; it says the 1995 body that preceded the commission was chaired by George Mitchell.",
        },
        new Source(SourceIds.IrishTimesIicdBackground, SourceKind.NewsReport)
        {
            Title = [En.Original("Background to the commission")],
            Outlet = ActorIds.IrishTimes,
            Language = "en",
            Uri = new Uri("https://irishtimes.com/news/background-to-the-commission-1.239529"),
            Published = When.Parse("2000"),
            Cites = [SourceIds.AgreementText],
            Reliability = ReliabilityGrade.UsuallyReliable,
            Notes = "Quotes the agreement's decommissioning paragraph and says the two-year period expires on 22 May \"this year\": published in 2000.",
        },
        new Source(SourceIds.CainReferendums, SourceKind.Other)
        {
            Title = [En.Original("Results of the Referenda in Northern Ireland and Republic of Ireland, Friday 22 May 1998")],
            Outlet = ActorIds.Cain,
            Language = "en",
            Uri = new Uri("https://cain.ulster.ac.uk/issues/politics/election/ref1998.htm"),
            Notes = "Text and research by Martin Melaugh and Fionnuala McKenna; a first draft of the results, as the page says.",
        },
        new Source(SourceIds.ArkReferendums, SourceKind.Other)
        {
            Title = [En.Original("The 1998 Referendums")],
            Outlet = ActorIds.Ark,
            Language = "en",
            Uri = new Uri("http://www.ark.ac.uk/elections/fref98.htm"),
        },
        new Source(SourceIds.ReferendumIe, SourceKind.OfficialStatement)
        {
            Title = [En.Original("Referendum on British-Irish Agreement (1998) (Nineteenth Amendment of the Constitution Bill, 1998)")],
            Authors = [ActorIds.ReferendumCommission],
            Language = "en",
            Uri = new Uri("http://www.referendum.ie/archive/referendum-on-the-thirty-third-amendment-of-the-constitution-court-of-appeal-bill-2013-12-3-8/"),
            Notes = "Archive page of the Referendum Commission; its address names another referendum, its content is the 1998 one.",
        },
        new Source(SourceIds.WikipediaReferendumNorth, SourceKind.Other)
        {
            Title = [En.Original("1998 Northern Ireland Good Friday Agreement referendum")],
            Outlet = ActorIds.Wikipedia,
            Language = "en",
            Uri = new Uri("https://en.wikipedia.org/wiki/1998_Northern_Ireland_Good_Friday_Agreement_referendum"),
            Notes = "Encyclopedia article; its infobox gives the electorate, the counts and the spoilt ballots.",
        },
        new Source(SourceIds.WikipediaAgreement, SourceKind.Other)
        {
            Title = [En.Original("Good Friday Agreement")],
            Outlet = ActorIds.Wikipedia,
            Language = "en",
            Uri = new Uri("https://en.wikipedia.org/wiki/Good_Friday_Agreement"),
            Notes = "Encyclopedia article: a pair of agreements signed on 10 April 1998, approved in two referendums on 22 May 1998; the British-Irish Agreement came into force on 2 December 1999.",
        },
        new Source(SourceIds.KrocPrisoners, SourceKind.Other)
        {
            Title = [En.Original("Prisoner Release: Northern Ireland Good Friday Agreement")],
            Outlet = ActorIds.Kroc,
            Language = "en",
            Uri = new Uri("https://peaceaccords.nd.edu/provision/prisoner-release-northern-ireland-good-friday-agreement"),
            Cites = [SourceIds.AgreementText, SourceIds.SentencesAct],
            Notes = "Gives the agreement's paragraphs on prisoners and their implementation history.",
        },
        new Source(SourceIds.SentencesAct, SourceKind.OfficialStatement)
        {
            Title = [En.Original("Northern Ireland (Sentences) Act 1998")],
            Authors = [ActorIds.UnitedKingdom],
            Language = "en",
            Uri = new Uri("https://www.legislation.gov.uk/ukpga/1998/35"),
            Published = When.Parse("1998-07-28[Europe/London]"),
            Notes = "1998 c. 35; royal assent on 28 July 1998.",
        },
        new Source(SourceIds.PattenStatement, SourceKind.OfficialStatement)
        {
            Title = [En.Original("Statement by Chris Patten on the future of Policing in Northern Ireland, 9 September 1999")],
            Authors = [ActorIds.Patten],
            Outlet = ActorIds.Cain,
            Language = "en",
            Uri = new Uri("https://cain.ulst.ac.uk/issues/police/patten/cp9999.htm"),
            Published = When.Parse("1999-09-09[Europe/London]"),
        },
        new Source(SourceIds.IrishTimesPattenReview, SourceKind.Commentary)
        {
            Title = [En.Original("A remarkable look at the future and failings of policing in North")],
            Outlet = ActorIds.IrishTimes,
            Language = "en",
            Uri = new Uri("https://irishtimes.com/culture/a-remarkable-look-at-the-future-and-failings-of-policing-in-north-1.225879"),
            Published = When.Parse("1999-09-10[Europe/Dublin]!"),
            Notes = "Refers to Patten's news conference \"yesterday morning\": the date is inferred.",
        },
    ];
}
