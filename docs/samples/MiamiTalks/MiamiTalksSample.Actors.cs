using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's actors, for look-ups in tests and examples.</summary>
    public static class ActorIds
    {
        /// <summary>Donald Trump.</summary>
        public static readonly ActorId Trump = new("trump");

        /// <summary>Volodymyr Zelensky.</summary>
        public static readonly ActorId Zelensky = new("zelensky");

        /// <summary>Vladimir Putin.</summary>
        public static readonly ActorId Putin = new("putin");

        /// <summary>Yuri Ushakov, spelled ウシャコフ and ウィシャコフ in the sources.</summary>
        public static readonly ActorId Ushakov = new("ushakov");

        /// <summary>The blog's author ("site administrator").</summary>
        public static readonly ActorId BlogAuthor = new("blog-author");

        /// <summary>The United States.</summary>
        public static readonly ActorId UnitedStates = new("united-states");

        /// <summary>Ukraine.</summary>
        public static readonly ActorId Ukraine = new("ukraine");

        /// <summary>Russia.</summary>
        public static readonly ActorId Russia = new("russia");

        /// <summary>The Armed Forces of Ukraine.</summary>
        public static readonly ActorId UkrainianArmedForces = new("armed-forces-of-ukraine");

        /// <summary>"Europe", as the sources use the word for European governments together.</summary>
        public static readonly ActorId Europe = new("europe");

        /// <summary>The European Union.</summary>
        public static readonly ActorId EuropeanUnion = new("eu");

        /// <summary>NATO.</summary>
        public static readonly ActorId Nato = new("nato");

        /// <summary>The United Nations.</summary>
        public static readonly ActorId UnitedNations = new("un");

        /// <summary>The OSCE.</summary>
        public static readonly ActorId Osce = new("osce");

        /// <summary>The World Bank (IBRD).</summary>
        public static readonly ActorId WorldBank = new("world-bank");

        /// <summary>The International Development Association, the "second World Bank".</summary>
        public static readonly ActorId Ida = new("ida");

        /// <summary>The European Bank for Reconstruction and Development.</summary>
        public static readonly ActorId Ebrd = new("ebrd");

        /// <summary>The Asian Development Bank.</summary>
        public static readonly ActorId Adb = new("adb");

        /// <summary>Turkey, named as a possible guarantor.</summary>
        public static readonly ActorId Turkey = new("turkey");

        /// <summary>France, named as a possible guarantor.</summary>
        public static readonly ActorId France = new("france");

        /// <summary>Germany, named as a possible guarantor.</summary>
        public static readonly ActorId Germany = new("germany");

        /// <summary>The Presidential Administration of Russia (the Kremlin), where Ushakov serves.</summary>
        public static readonly ActorId RussianPresidentialAdministration = new("russian-presidential-administration");

        /// <summary>The Security Service of Ukraine (SBU; "SRU" in the blog, most likely a typo).</summary>
        public static readonly ActorId Sbu = new("sbu");

        /// <summary>The "war-continuation" camp in Ukraine, as the commentary names it.</summary>
        public static readonly ActorId WarContinuationCamp = new("war-continuation-camp");

        /// <summary>The "realist" camp in Ukraine, as the commentary names it.</summary>
        public static readonly ActorId RealistCamp = new("realist-camp");

        /// <summary>NHK, Japan's public broadcaster.</summary>
        public static readonly ActorId Nhk = new("nhk");

        /// <summary>The Yomiuri Shimbun.</summary>
        public static readonly ActorId Yomiuri = new("yomiuri");

        /// <summary>The Associated Press.</summary>
        public static readonly ActorId Ap = new("ap");

        /// <summary>Reuters.</summary>
        public static readonly ActorId Reuters = new("reuters");

        /// <summary>Bloomberg.</summary>
        public static readonly ActorId Bloomberg = new("bloomberg");

        /// <summary>Axios.</summary>
        public static readonly ActorId Axios = new("axios");

        /// <summary>The YouTube channel "The Truth of Diplomacy" (外交の真実).</summary>
        public static readonly ActorId TruthOfDiplomacy = new("truth-of-diplomacy");

        /// <summary>Microsoft Copilot, the AI assistant the blog's author chatted with.</summary>
        public static readonly ActorId Copilot = new("copilot");
    }

    private static readonly Citation BlogCitation = new(SourceIds.Blog);

    private static ValueList<Actor> Actors() =>
    [
        Person(ActorIds.Trump, "Donald Trump", "ドナルド・トランプ", "Дональд Трамп", "Q22686",
            Role(ActorIds.UnitedStates, "President of the United States", "アメリカ大統領"), "トランプ"),
        Person(ActorIds.Zelensky, "Volodymyr Zelensky", "ウォロディミル・ゼレンスキー", "Владимир Зеленский", null,
            Role(ActorIds.Ukraine, "President of Ukraine", "ウクライナ大統領"), "ゼレンスキー") with
        {
            Names =
            [
                Name("Volodymyr Zelensky", "en"), Name("Volodymyr Zelenskyy", "en", NameKind.Transliteration),
                Name("ウォロディミル・ゼレンスキー", "ja"), Name("ゼレンスキー", "ja", NameKind.Alias),
                Name("Владимир Зеленский", "ru"), Name("Володимир Зеленський", "uk"),
            ],
            Notes = "The blog commentary disputes the legitimacy of his government; that is the author's claim, recorded as an assessment, not here.",
        },
        Person(ActorIds.Putin, "Vladimir Putin", "ウラジーミル・プーチン", "Владимир Путин", "Q7747",
            Role(ActorIds.Russia, "President of Russia", "ロシア大統領"), "プーチン"),
        new Actor(ActorIds.Ushakov, ActorKind.Person,
        [
            Name("Yuri Ushakov", "en"), Name("Yury Ushakov", "en", NameKind.Transliteration),
            Name("ウシャコフ", "ja"), Name("ウィシャコフ", "ja", NameKind.Alias),
            Name("Юрий Ушаков", "ru"), Name("Ушаков", "ru", NameKind.Alias),
        ])
        {
            Memberships =
            [
                Role(ActorIds.RussianPresidentialAdministration, "Aide to the President of Russia", "ロシア大統領府補佐官") with
                {
                    OnBehalfOf = ActorIds.Putin,
                    Citations = [new Citation(SourceIds.Nhk) { Quote = Ja("ロシア大統領府のウシャコフ補佐官") }],
                },
            ],
            Citations = [new Citation(SourceIds.Nhk), new Citation(SourceIds.Blog) { Notes = "spelled ウィシャコフ in the blog's own text" }],
        },
        new Actor(ActorIds.BlogAuthor, ActorKind.Person, [Name("The blog's author (site administrator)", "en"), Name("サイト管理者", "ja")])
        {
            Description = [En("Author of the Japanese blog commentary the sample is built from; identifies as the site administrator (筆者).")],
            Citations = [BlogCitation],
        },
        State(ActorIds.UnitedStates, "United States", "アメリカ", "США", "US", "Q30"),
        State(ActorIds.Ukraine, "Ukraine", "ウクライナ", "Украина", "UA", "Q212"),
        State(ActorIds.Russia, "Russia", "ロシア", "Россия", "RU", "Q159"),
        State(ActorIds.Turkey, "Turkey", "トルコ", "Турция", "TR", "Q43"),
        State(ActorIds.France, "France", "フランス", "Франция", "FR", "Q142"),
        State(ActorIds.Germany, "Germany", "ドイツ", "Германия", "DE", "Q183"),
        Organisation(ActorIds.UkrainianArmedForces, OrganisationKind.ArmedForces, "Armed Forces of Ukraine", "ウクライナ軍", "Вооружённые силы Украины", parent: ActorIds.Ukraine),
        new Actor(ActorIds.Europe, ActorKind.Other, [Name("Europe", "en"), Name("ヨーロッパ", "ja"), Name("欧州", "ja", NameKind.Alias)])
        {
            Description = [En("European governments acting together, as the sources use the word; not an organisation.")],
            Citations = [new Citation(SourceIds.Nhk)],
        },
        Organisation(ActorIds.EuropeanUnion, OrganisationKind.Intergovernmental, "European Union", "欧州連合", "Европейский союз", "EU", "Q458"),
        Organisation(ActorIds.Nato, OrganisationKind.Alliance, "North Atlantic Treaty Organization", "北大西洋条約機構", "НАТО", "NATO", "Q7184"),
        Organisation(ActorIds.UnitedNations, OrganisationKind.UnitedNationsBody, "United Nations", "国際連合", "Организация Объединённых Наций", "UN", "Q1065"),
        Organisation(ActorIds.Osce, OrganisationKind.Intergovernmental, "Organization for Security and Co-operation in Europe", "欧州安全保障協力機構", "ОБСЕ", "OSCE"),
        Organisation(ActorIds.WorldBank, OrganisationKind.InternationalFinancialInstitution, "World Bank", "世界銀行", "Всемирный банк"),
        Organisation(ActorIds.Ida, OrganisationKind.InternationalFinancialInstitution, "International Development Association", "国際開発協会", "Международная ассоциация развития", "IDA") with
        {
            Names =
            [
                Name("International Development Association", "en"), Name("IDA", "en", NameKind.Abbreviation),
                Name("国際開発協会", "ja"), Name("第二世銀", "ja", NameKind.Alias), Name("Международная ассоциация развития", "ru"),
            ],
            Parent = ActorIds.WorldBank,
        },
        Organisation(ActorIds.Ebrd, OrganisationKind.InternationalFinancialInstitution, "European Bank for Reconstruction and Development", "欧州復興開発銀行", "Европейский банк реконструкции и развития", "EBRD"),
        Organisation(ActorIds.Adb, OrganisationKind.InternationalFinancialInstitution, "Asian Development Bank", "アジア開発銀行", "Азиатский банк развития", "ADB"),
        Organisation(ActorIds.RussianPresidentialAdministration, OrganisationKind.GovernmentBody, "Presidential Administration of Russia", "ロシア大統領府", "Администрация президента Российской Федерации", "Kremlin", parent: ActorIds.Russia),
        Organisation(ActorIds.Sbu, OrganisationKind.SecurityService, "Security Service of Ukraine", "ウクライナ保安庁", "Служба безопасности Украины", "SBU", parent: ActorIds.Ukraine) with
        {
            Names =
            [
                Name("Security Service of Ukraine", "en"), Name("SBU", "en", NameKind.Abbreviation),
                Name("ウクライナ保安庁", "ja"), Name("SRU", "ja", NameKind.Misspelling),
                Name("Служба безопасности Украины", "ru"), Name("Служба безпеки України", "uk"),
            ],
            Notes = "The blog writes 治安維持機関(SRU); SRU is most likely a typo for SBU.",
        },
        Faction(ActorIds.WarContinuationCamp, "War-continuation camp", "戦争継続派"),
        Faction(ActorIds.RealistCamp, "Realist camp", "現実派"),
        Outlet(ActorIds.Nhk, "NHK", "NHK（日本放送協会）"),
        Outlet(ActorIds.Yomiuri, "The Yomiuri Shimbun", "読売新聞"),
        Outlet(ActorIds.Ap, "Associated Press", "AP通信"),
        Outlet(ActorIds.Reuters, "Reuters", "ロイター"),
        Outlet(ActorIds.Bloomberg, "Bloomberg", "ブルームバーグ"),
        Outlet(ActorIds.Axios, "Axios", "アクシオス"),
        Outlet(ActorIds.TruthOfDiplomacy, "The Truth of Diplomacy (YouTube channel)", "外交の真実"),
        new Actor(ActorIds.Copilot, ActorKind.Other, [Name("Microsoft Copilot", "en"), Name("マイクロソフトのCopilot", "ja")])
        {
            Description = [En("An AI assistant; the blog's author chatted with it and published the chat.")],
            Citations = [BlogCitation],
        },
    ];

    private static Membership Role(ActorId organisation, string english, string japanese) => new()
    {
        Role = [En(english), Ja(japanese, isOriginal: false)],
        Organisation = organisation,
    };

    private static Actor Person(ActorId id, string english, string japanese, string russian, string? wikidata, Membership role, string japaneseShort) =>
        new(id, ActorKind.Person, [Name(english, "en"), Name(japanese, "ja"), Name(japaneseShort, "ja", NameKind.Alias), Name(russian, "ru")])
        {
            Memberships = [role with { Citations = [new Citation(SourceIds.Nhk)] }],
            Identifiers = wikidata is null ? [] : [new ExternalIdentifier(IdentifierSchemes.Wikidata, wikidata)],
            Citations = [new Citation(SourceIds.Nhk)],
        };

    private static Actor State(ActorId id, string english, string japanese, string russian, string iso3166, string wikidata) =>
        new(id, ActorKind.State, [Name(english, "en"), Name(japanese, "ja"), Name(russian, "ru")])
        {
            Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha2, iso3166), new ExternalIdentifier(IdentifierSchemes.Wikidata, wikidata)],
            Citations = [BlogCitation],
        };

    private static Actor Organisation(
        ActorId id, OrganisationKind kind, string english, string japanese, string russian, string? abbreviation = null, string? wikidata = null, ActorId? parent = null)
    {
        ValueList<LocalizedName> names = [Name(english, "en"), Name(japanese, "ja"), Name(russian, "ru")];
        return new Actor(id, ActorKind.Organisation, abbreviation is null ? names : names.Add(Name(abbreviation, "en", NameKind.Abbreviation)))
        {
            OrganisationKind = kind,
            Parent = parent,
            Identifiers = wikidata is null ? [] : [new ExternalIdentifier(IdentifierSchemes.Wikidata, wikidata)],
            Citations = [BlogCitation],
        };
    }

    private static Actor Faction(ActorId id, string english, string japanese) =>
        new(id, ActorKind.Faction, [Name(english, "en"), Name(japanese, "ja")])
        {
            Parent = ActorIds.Ukraine,
            Description = [En("A camp inside Ukraine as the blog commentary names and characterises it; the grouping is the author's.")],
            Citations = [BlogCitation],
        };

    private static Actor Outlet(ActorId id, string english, string japanese) =>
        new(id, ActorKind.MediaOutlet, [Name(english, "en"), Name(japanese, "ja")])
        {
            Citations = [BlogCitation],
        };
}
