using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
{
    /// <summary>The identifiers of the sample's sources.</summary>
    public static class SourceIds
    {
        /// <summary>The Package of Measures for the Implementation of the Minsk Agreements, signed on 12 February 2015.</summary>
        public static readonly SourceId PackageText = new("package-of-measures-2015-02-12");

        /// <summary>The Financial Times' publication of the package's official English version.</summary>
        public static readonly SourceId FtText = new("ft-2015-02-12-full-text");

        /// <summary>The Moscow Times' account of what was agreed, from the Russian-language document handed to reporters.</summary>
        public static readonly SourceId MoscowTimes = new("moscow-times-2015-02-12");

        /// <summary>The declaration of the four leaders in support of the package.</summary>
        public static readonly SourceId Declaration = new("normandy-declaration-2015-02-12");

        /// <summary>EADaily's report on the declaration.</summary>
        public static readonly SourceId EaDaily = new("eadaily-2015-02-12");

        /// <summary>Gordon's report on the publication of the declaration and the package.</summary>
        public static readonly SourceId GordonFebruary = new("gordon-2015-02-12");

        /// <summary>Ukrainian Position's report on the results of the talks, quoting Poroshenko.</summary>
        public static readonly SourceId UaPositionPoroshenko = new("uaposition-2015-02-12");

        /// <summary>UN Security Council resolution 2202 (2015).</summary>
        public static readonly SourceId Resolution2202 = new("unsc-resolution-2202");

        /// <summary>Sputnik's report on the resolution, citing AFP.</summary>
        public static readonly SourceId SputnikResolution = new("sputnik-2015-02-17");

        /// <summary>The OSCE Chairperson-in-Office's statement of 18 February 2015.</summary>
        public static readonly SourceId OsceChairperson = new("osce-cio-2015-02-18");

        /// <summary>The French Presidency's communiqué on the leaders' call of 2 March 2015.</summary>
        public static readonly SourceId ElyseeCall = new("elysee-2015-03-02");

        /// <summary>Ukraine's Ministry of Foreign Affairs on the OSCE decision to deploy the monitoring mission.</summary>
        public static readonly SourceId UkraineMfaSmm = new("mfa-ukraine-2014-03-21");

        /// <summary>RIA Novosti's report on the same decision.</summary>
        public static readonly SourceId RiaSmm = new("ria-novosti-2014-03-21");

        /// <summary>Gordon's report on the Contact Group's meeting of 23 June 2015.</summary>
        public static readonly SourceId GordonJune = new("gordon-2015-06-23");

        /// <summary>RBC-Ukraine's report of a Contact Group meeting in December 2015.</summary>
        public static readonly SourceId RbcDecember = new("rbc-ukraine-2015-12-08");

        /// <summary>BelTA's background on the Contact Group and its working groups (2020).</summary>
        public static readonly SourceId BeltaTcg = new("belta-2020-02-12");

        /// <summary>Heidi Tagliavini's account of her mediation up to 23 June 2015 (OSCE Yearbook 2015).</summary>
        public static readonly SourceId Tagliavini = new("tagliavini-osce-yearbook-2015");

        /// <summary>Christian Schläpfer's article on the Minsk process (Security and Human Rights, 2016).</summary>
        public static readonly SourceId Schlapfer = new("schlapfer-2016");
    }

    private static Citation PackageCitation => new(SourceIds.PackageText);

    private static ValueList<Source> Sources() =>
    [
        new Source(SourceIds.PackageText, SourceKind.OfficialStatement)
        {
            Title = [Ru.Original("Комплекс мер по выполнению Минских соглашений"), En.Text("Package of Measures for the Implementation of the Minsk Agreements")],
            Language = "ru",
            Published = When.Parse("2015-02-12[Europe/Minsk]"),
            Notes = "Signed in Minsk by Heidi Tagliavini, Leonid Kuchma, Mikhail Zurabov, Alexander Zakharchenko and Igor Plotnitsky. "
                + "Read here in the English version the Financial Times published and in the Moscow Times' rendering of the Russian document; "
                + "endorsed by UN Security Council resolution 2202 (2015), to which it is annexed.",
            Citations = [new Citation(SourceIds.FtText), new Citation(SourceIds.MoscowTimes)],
        },
        new Source(SourceIds.FtText, SourceKind.NewsReport)
        {
            Title = [En.Original("Full text of the Minsk agreement")],
            Outlet = ActorIds.FinancialTimes,
            Language = "en",
            Uri = new Uri("http://www.ft.com/cms/s/0/21b8f98e-b2a5-11e4-b234-00144feab7de.html"),
            Published = When.Parse("2015-02-12[Europe/London]/2015-02-12T14:03[Europe/London]"),
            Cites = [SourceIds.PackageText],
            Reliability = ReliabilityGrade.UsuallyReliable,
            Notes = "Presents its text as the official English version of the package; last updated at 2:03 pm on 12 February 2015.",
        },
        new Source(SourceIds.MoscowTimes, SourceKind.NewsReport)
        {
            Title = [En.Original("The Minsk Deal: What Was Agreed at Ukraine Peace Talks")],
            Outlet = ActorIds.MoscowTimes,
            Language = "en",
            Uri = new Uri("https://themoscowtimes.com/2015/02/12/the-minsk-deal-what-was-agreed-at-ukraine-peace-talks-a43848"),
            Published = When.Parse("2015-02-12[Europe/Moscow]"),
            Cites = [SourceIds.PackageText],
            Reliability = ReliabilityGrade.UsuallyReliable,
            Notes = "Gives the points of the package from a Russian-language document handed to reporters.",
        },
        new Source(SourceIds.Declaration, SourceKind.OfficialStatement)
        {
            Title = [En.Text("Declaration of the President of the Russian Federation, the President of Ukraine, the President of the French Republic and the Chancellor of the Federal Republic of Germany in support of the Package of Measures")],
            Language = "ru",
            Published = When.Parse("2015-02-12[Europe/Minsk]"),
            Notes = "Not signed; published on the Russian President's website. Its title is given here in English as the reports describe it.",
            Citations = [new Citation(SourceIds.EaDaily), new Citation(SourceIds.GordonFebruary)],
        },
        new Source(SourceIds.EaDaily, SourceKind.NewsReport)
        {
            Title = [En.Original("Leaders of Russia, Ukraine, France, and Germany pass declaration on series of measures to fulfill Minsk agreements")],
            Outlet = ActorIds.EaDaily,
            Language = "en",
            Uri = new Uri("https://eadaily.com/en/news/2015/02/12/leaders-of-russia-ukraine-france-and-germany-pass-declaration-on-series-of-measures-to-fulfill-minsk-agreements"),
            Published = When.Parse("2015-02-12[Europe/Moscow]"),
            Cites = [SourceIds.Declaration],
        },
        new Source(SourceIds.GordonFebruary, SourceKind.NewsReport)
        {
            Title = [En.Text("Report that the Normandy Four declaration and the Package of Measures were published (title not recorded)")],
            Outlet = ActorIds.Gordon,
            Language = "ru",
            Uri = new Uri("https://gordonua.com/news/politics/Opublikovana-deklaraciya-Normandskoy-chetverki-i-Kompleks-mer-po-vypolneniyu-Minskih-soglasheniy-66119.html"),
            Published = When.Parse("2015-02-12[Europe/Kyiv]~"),
            Cites = [SourceIds.Declaration, SourceIds.PackageText],
            Notes = "Says the Russian President's website published both documents, the declaration unsigned, and that the leaders agreed on an oversight mechanism in the Normandy format.",
        },
        new Source(SourceIds.UaPositionPoroshenko, SourceKind.NewsReport)
        {
            Title = [En.Original("The results of peace talks in Minsk")],
            Outlet = ActorIds.UaPosition,
            Language = "en",
            Uri = new Uri("https://uaposition.com/video/the-results-of-peace-talks-in-minsk"),
            Published = When.Parse("2015-02-12[Europe/Kyiv]~"),
            Reliability = ReliabilityGrade.CannotBeJudged,
            Notes = "An advocacy site that comments on the package in its own words; used here only for President Poroshenko's reported remarks.",
        },
        new Source(SourceIds.Resolution2202, SourceKind.OfficialStatement)
        {
            Title = [En.Original("Resolution 2202 (2015)")],
            Authors = [ActorIds.SecurityCouncil],
            Language = "en",
            Uri = new Uri("https://undocs.org/S/RES/2202(2015)"),
            Published = When.Parse("2015-02-17[America/New_York]"),
            Cites = [SourceIds.PackageText, SourceIds.Declaration],
            Notes = "Document symbol S/RES/2202 (2015); the package is its annex I.",
        },
        new Source(SourceIds.SputnikResolution, SourceKind.NewsReport)
        {
            Title = [Fr.Text("Report on the adoption of resolution 2202, citing AFP (title not recorded)")],
            Outlet = ActorIds.Sputnik,
            Language = "fr",
            Uri = new Uri("https://fr.sputniknews.africa/20150217/1014757877.html"),
            Published = When.Parse("2015-02-17[Europe/Moscow]~"),
            Cites = [SourceIds.Resolution2202],
            Notes = "A Russian state outlet; the facts used here are those it attributes to AFP.",
        },
        new Source(SourceIds.OsceChairperson, SourceKind.OfficialStatement)
        {
            Title = [En.Original("OSCE Chairperson-in-Office calls for full implementation of the Minsk Package of Measures")],
            Authors = [ActorIds.Osce],
            Language = "en",
            Published = When.Parse("2015-02-18[Europe/Belgrade]"),
            Notes = "OSCE press release, Belgrade, 18 February 2015; read in a republication by research.uaposition.com that links to the OSCE.",
        },
        new Source(SourceIds.ElyseeCall, SourceKind.OfficialStatement)
        {
            Title = [En.Original("Ukraine/Russia/conversation with Angela Merkel, Petro Poroshenko and Vladimir Putin")],
            Authors = [ActorIds.France],
            Language = "en",
            Uri = new Uri("https://franceintheus.org/spip.php?article6568"),
            Published = When.Parse("2015-03-03[America/New_York]"),
            Notes = "Communiqué issued by the Presidency of the Republic, Paris, 2 March 2015, in the English version the Embassy of France in the United States published on 3 March.",
        },
        new Source(SourceIds.UkraineMfaSmm, SourceKind.OfficialStatement)
        {
            Title = [En.Text("The OSCE Permanent Council decides to send a special monitoring mission to Ukraine (Ministry of Foreign Affairs of Ukraine; title paraphrased)")],
            Authors = [ActorIds.Ukraine],
            Language = "en",
            Uri = new Uri("https://greece.mfa.gov.ua/en/news/20463-postijna-rada-obse-prijnyala-rishennya-pro-napravlennya-v-ukrajinu-specialynoji-monitoringovoji-misiji-obse"),
            Published = When.Parse("2014-03-21/2014-03-23"),
            Notes = "Also records Ukraine's interpretative statement that the mandate covers all of Ukraine within its internationally recognised borders.",
        },
        new Source(SourceIds.RiaSmm, SourceKind.WireReport)
        {
            Title = [En.Original("OSCE Agrees on Ukraine Observer Mission")],
            Outlet = ActorIds.Sputnik,
            Language = "en",
            Uri = new Uri("https://sputnikglobe.com/20140321/OSCE-Agrees-on-Ukraine-Observer-Mission-188647692.html"),
            Published = When.Parse("2014-03-21[Europe/Vienna]"),
            Notes = "RIA Novosti report from Vienna, now on the Sputnik site.",
        },
        new Source(SourceIds.GordonJune, SourceKind.NewsReport)
        {
            Title = [En.Text("Report that a meeting of the Trilateral Contact Group began in Minsk on 23 June 2015 (title not recorded)")],
            Outlet = ActorIds.Gordon,
            Language = "ru",
            Uri = new Uri("https://gordonua.com/news/politics/MID-Belarusi-V-Minske-nachalos-zasedanie-trehstoronney-kontaktnoy-gruppy-po-Donbassu-86346.html"),
            Published = When.Parse("2015-06-23[Europe/Kyiv]"),
            Notes = "Cites the Belarusian foreign ministry and BelTA: the working subgroups on economic, humanitarian and political questions met before the Contact Group; the OSCE's new Special Representative Martin Sajdik attended for the first time.",
        },
        new Source(SourceIds.RbcDecember, SourceKind.NewsReport)
        {
            Title = [En.Text("Report that a meeting of the Contact Group began in Minsk (title not recorded)")],
            Outlet = ActorIds.RbcUkraine,
            Language = "ru",
            Uri = new Uri("https://rbc.ua/rus/news/minske-nachalos-zasedanie-kontaktnoy-gruppy-1449576661.html/amp"),
            Published = When.Parse("2015-12-08[Europe/Kyiv]!"),
            Notes = "Cites the spokesperson of Ukraine's representative: all four subgroups were negotiating, the political one from the morning, the security and economic ones from midday. "
                + "The date is inferred from the Unix time in the address (1449576661 = 8 December 2015, 12:11 UTC).",
        },
        new Source(SourceIds.BeltaTcg, SourceKind.WireReport)
        {
            Title = [De.Original("Sitzung trilateraler Kontaktgruppe zur Situation in der Ostukraine findet in Minsk statt")],
            Outlet = ActorIds.Belta,
            Language = "de",
            Uri = new Uri("https://deu.belta.by/politics/view/sitzung-trilateraler-kontaktgruppe-zur-situation-in-der-ostukraine-findet-in-minsk-statt-48282-2020/"),
            Published = When.Parse("2020-02-12[Europe/Minsk]"),
            Notes = "Background paragraph: the Contact Group was set up on 8 June 2014; four working groups (security, political, economic and humanitarian questions) were formed afterwards.",
        },
        new Source(SourceIds.Tagliavini, SourceKind.Other)
        {
            Title = [En.Original("Mediation in the Crisis in Eastern Ukraine up to 23 June 2015")],
            Authors = [ActorIds.Tagliavini],
            Language = "en",
            Published = When.Parse("2016"),
            Notes = "In: IFSH (ed.), OSCE Yearbook 2015, Baden-Baden 2016, pp. 217–227. The author represented the OSCE Chairmanship in the Contact Group: a participant's account.",
        },
        new Source(SourceIds.Schlapfer, SourceKind.Commentary)
        {
            Title = [En.Original("Ukraine Crisis and Mediation: Not Business as Usual")],
            Authors = [ActorIds.Schlapfer],
            Language = "en",
            Uri = new Uri("https://doi.org/10.1163/18750230-02703009"),
            Published = When.Parse("2016"),
            Notes = "Security and Human Rights 27 (2016), pp. 327–341. The author states that he expresses a personal point of view.",
        },
    ];
}
