using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
{
    /// <summary>The identifiers of the sample's actors.</summary>
    public static class ActorIds
    {
        /// <summary>Petro Poroshenko, President of Ukraine.</summary>
        public static readonly ActorId Poroshenko = new("poroshenko");

        /// <summary>Vladimir Putin, President of Russia.</summary>
        public static readonly ActorId Putin = new("putin");

        /// <summary>François Hollande, President of France.</summary>
        public static readonly ActorId Hollande = new("hollande");

        /// <summary>Angela Merkel, Chancellor of Germany.</summary>
        public static readonly ActorId Merkel = new("merkel");

        /// <summary>Alexander Lukashenko, President of Belarus, the summit's host.</summary>
        public static readonly ActorId Lukashenko = new("lukashenko");

        /// <summary>Heidi Tagliavini, the OSCE Chairmanship's representative in the Trilateral Contact Group.</summary>
        public static readonly ActorId Tagliavini = new("tagliavini");

        /// <summary>Martin Sajdik, her successor from June 2015.</summary>
        public static readonly ActorId Sajdik = new("sajdik");

        /// <summary>Leonid Kuchma, Ukraine's representative in the Contact Group.</summary>
        public static readonly ActorId Kuchma = new("kuchma");

        /// <summary>Mikhail Zurabov, Russia's representative in the Contact Group.</summary>
        public static readonly ActorId Zurabov = new("zurabov");

        /// <summary>Alexander Zakharchenko, a signatory of the package from certain areas of the Donetsk region.</summary>
        public static readonly ActorId Zakharchenko = new("zakharchenko");

        /// <summary>Igor Plotnitsky, a signatory of the package from certain areas of the Luhansk region.</summary>
        public static readonly ActorId Plotnitsky = new("plotnitsky");

        /// <summary>Ivica Dačić, OSCE Chairperson-in-Office in 2015.</summary>
        public static readonly ActorId Dacic = new("dacic");

        /// <summary>Christian Schläpfer, analyst, former political adviser to the OSCE Special Representative.</summary>
        public static readonly ActorId Schlapfer = new("schlapfer");

        /// <summary>Ukraine.</summary>
        public static readonly ActorId Ukraine = new("ukraine");

        /// <summary>Russia.</summary>
        public static readonly ActorId Russia = new("russia");

        /// <summary>France.</summary>
        public static readonly ActorId France = new("france");

        /// <summary>Germany.</summary>
        public static readonly ActorId Germany = new("germany");

        /// <summary>Belarus.</summary>
        public static readonly ActorId Belarus = new("belarus");

        /// <summary>The Armed Forces of Ukraine ("Ukrainian troops" in the package).</summary>
        public static readonly ActorId UkrainianArmedForces = new("armed-forces-of-ukraine");

        /// <summary>The armed formations of certain areas of the Donetsk and Luhansk regions, as the package names them.</summary>
        public static readonly ActorId ArmedFormations = new("armed-formations-of-certain-areas");

        /// <summary>The Verkhovna Rada, Ukraine's parliament.</summary>
        public static readonly ActorId VerkhovnaRada = new("verkhovna-rada");

        /// <summary>The OSCE.</summary>
        public static readonly ActorId Osce = new("osce");

        /// <summary>The OSCE Special Monitoring Mission to Ukraine.</summary>
        public static readonly ActorId OsceSmm = new("osce-smm");

        /// <summary>The OSCE Office for Democratic Institutions and Human Rights.</summary>
        public static readonly ActorId OsceOdihr = new("osce-odihr");

        /// <summary>The UN Security Council.</summary>
        public static readonly ActorId SecurityCouncil = new("un-security-council");

        /// <summary>The Trilateral Contact Group: Ukraine, Russia and the OSCE.</summary>
        public static readonly ActorId ContactGroup = new("trilateral-contact-group");

        /// <summary>The Normandy format: the leaders of France, Germany, Russia and Ukraine.</summary>
        public static readonly ActorId NormandyFormat = new("normandy-format");

        /// <summary>The Financial Times.</summary>
        public static readonly ActorId FinancialTimes = new("financial-times");

        /// <summary>The Moscow Times.</summary>
        public static readonly ActorId MoscowTimes = new("moscow-times");

        /// <summary>EADaily.</summary>
        public static readonly ActorId EaDaily = new("eadaily");

        /// <summary>Gordon (gordonua.com).</summary>
        public static readonly ActorId Gordon = new("gordon");

        /// <summary>Sputnik.</summary>
        public static readonly ActorId Sputnik = new("sputnik");

        /// <summary>BelTA, the Belarusian Telegraph Agency.</summary>
        public static readonly ActorId Belta = new("belta");

        /// <summary>RBC-Ukraine.</summary>
        public static readonly ActorId RbcUkraine = new("rbc-ukraine");

        /// <summary>Ukrainian Position (uaposition.com).</summary>
        public static readonly ActorId UaPosition = new("uaposition");
    }

    private static ValueList<Actor> Actors() =>
    [
        Leader(ActorIds.Poroshenko, "Petro Poroshenko", Uk.Name("Петро Порошенко"), ActorIds.Ukraine, "President of Ukraine", null),
        Leader(ActorIds.Putin, "Vladimir Putin", Ru.Name("Владимир Путин"), ActorIds.Russia, "President of Russia", "Q7747"),
        Leader(ActorIds.Hollande, "François Hollande", Fr.Name("François Hollande"), ActorIds.France, "President of France", "Q157"),
        Leader(ActorIds.Merkel, "Angela Merkel", De.Name("Angela Merkel"), ActorIds.Germany, "Chancellor of Germany", "Q567"),
        Leader(ActorIds.Lukashenko, "Alexander Lukashenko", Ru.Name("Александр Лукашенко"), ActorIds.Belarus, "President of Belarus", null),
        Envoy(ActorIds.Tagliavini, "Heidi Tagliavini", De.Name("Heidi Tagliavini"), ActorIds.Osce, "Representative of the OSCE Chairperson-in-Office in the Trilateral Contact Group",
            SourceIds.Tagliavini, until: "../2015-06-23[Europe/Minsk]"),
        Envoy(ActorIds.Sajdik, "Martin Sajdik", De.Name("Martin Sajdik"), ActorIds.Osce, "Special Representative of the OSCE Chairperson-in-Office in the Trilateral Contact Group",
            SourceIds.GordonJune, from: "../2015-06-23[Europe/Minsk]"),
        Envoy(ActorIds.Kuchma, "Leonid Kuchma", Uk.Name("Леонід Кучма"), ActorIds.Ukraine, "Ukraine's representative in the Trilateral Contact Group; former President of Ukraine",
            SourceIds.Tagliavini),
        Envoy(ActorIds.Zurabov, "Mikhail Zurabov", Ru.Name("Михаил Зурабов"), ActorIds.Russia, "Russia's representative in the Trilateral Contact Group; Ambassador of Russia to Ukraine",
            SourceIds.Tagliavini),
        Signatory(ActorIds.Zakharchenko, "Alexander Zakharchenko", Ru.Name("Александр Захарченко"), "Donetsk"),
        Signatory(ActorIds.Plotnitsky, "Igor Plotnitsky", Ru.Name("Игорь Плотницкий"), "Luhansk"),
        Envoy(ActorIds.Dacic, "Ivica Dačić", new LanguageTag("sr").Name("Ивица Дачић"), ActorIds.Osce, "OSCE Chairperson-in-Office; First Deputy Prime Minister and Minister of Foreign Affairs of Serbia",
            SourceIds.OsceChairperson, from: "2015"),
        new Actor(ActorIds.Schlapfer, ActorKind.Person, [En.Name("Christian Schläpfer"), En.Name("Christian Schlaepfer", NameKind.Transliteration)])
        {
            Description = [En.Text("Historian; political adviser to the Special Representative of the OSCE Chairperson-in-Office in Ukraine until February 2016, writing in a personal capacity.")],
            Citations = [new Citation(SourceIds.Schlapfer)],
        },
        State(ActorIds.Ukraine, "Ukraine", Uk.Name("Україна"), "UA", "Q212"),
        State(ActorIds.Russia, "Russia", Ru.Name("Россия"), "RU", "Q159"),
        State(ActorIds.France, "France", Fr.Name("France"), "FR", "Q142"),
        State(ActorIds.Germany, "Germany", De.Name("Deutschland"), "DE", "Q183"),
        State(ActorIds.Belarus, "Belarus", Ru.Name("Беларусь"), "BY", "Q184"),
        Body(ActorIds.UkrainianArmedForces, OrganisationKind.ArmedForces, "Armed Forces of Ukraine", Uk.Name("Збройні сили України"), ActorIds.Ukraine, SourceIds.PackageText),
        new Actor(ActorIds.ArmedFormations, ActorKind.Faction,
            [En.Name("Armed formations of certain areas of the Donetsk and Luhansk regions"), Ru.Name("вооруженные формирования отдельных районов Донецкой и Луганской областей")])
        {
            Description = [En.Text("The armed formations the package names beside the Ukrainian troops; named here as the package names them.")],
            Citations = [PackageCitation],
        },
        Body(ActorIds.VerkhovnaRada, OrganisationKind.GovernmentBody, "Verkhovna Rada of Ukraine", Uk.Name("Верховна Рада України"), ActorIds.Ukraine, SourceIds.PackageText),
        Body(ActorIds.Osce, OrganisationKind.Intergovernmental, "Organization for Security and Co-operation in Europe", Ru.Name("ОБСЕ"), null, SourceIds.PackageText) with
        {
            Names = [En.Name("Organization for Security and Co-operation in Europe"), En.Name("OSCE", NameKind.Abbreviation), Ru.Name("Организация по безопасности и сотрудничеству в Европе"), Ru.Name("ОБСЕ", NameKind.Abbreviation)],
        },
        Body(ActorIds.OsceSmm, OrganisationKind.Intergovernmental, "OSCE Special Monitoring Mission to Ukraine", Ru.Name("Специальная мониторинговая миссия ОБСЕ в Украине"), ActorIds.Osce, SourceIds.UkraineMfaSmm) with
        {
            Names = [En.Name("OSCE Special Monitoring Mission to Ukraine"), En.Name("SMM", NameKind.Abbreviation), Ru.Name("Специальная мониторинговая миссия ОБСЕ в Украине")],
            Description = [En.Text("A civilian mission deployed by consensus of the OSCE Permanent Council on 21 March 2014: initially 100 civilian monitors for six months, its mandate renewable, its head office in Kyiv.")],
            ExistsFrom = When.Parse("2014-03-21[Europe/Vienna]"),
            Citations = [new Citation(SourceIds.UkraineMfaSmm), new Citation(SourceIds.RiaSmm) { Notes = "Initially 100 observers, possibly enlarged to 500; approved by all 57 participating States." }],
        },
        Body(ActorIds.OsceOdihr, OrganisationKind.Intergovernmental, "OSCE Office for Democratic Institutions and Human Rights", Ru.Name("Бюро по демократическим институтам и правам человека ОБСЕ"), ActorIds.Osce, SourceIds.PackageText) with
        {
            Names = [En.Name("OSCE Office for Democratic Institutions and Human Rights"), En.Name("ODIHR", NameKind.Abbreviation)],
        },
        Body(ActorIds.SecurityCouncil, OrganisationKind.UnitedNationsBody, "United Nations Security Council", Ru.Name("Совет Безопасности ООН"), null, SourceIds.Resolution2202),
        new Actor(ActorIds.ContactGroup, ActorKind.NegotiatingFormat, [En.Name("Trilateral Contact Group"), En.Name("TCG", NameKind.Abbreviation), Ru.Name("Трехсторонняя контактная группа")])
        {
            Description = [En.Text("A negotiating format of senior representatives of Ukraine, Russia and the OSCE Chairperson-in-Office, deciding by consensus; proposed by the Normandy leaders on 6 June 2014, first met on 8 June 2014.")],
            ExistsFrom = When.Parse("2014-06-08"),
            Citations = [new Citation(SourceIds.Tagliavini), new Citation(SourceIds.BeltaTcg)],
        },
        new Actor(ActorIds.NormandyFormat, ActorKind.NegotiatingFormat, [En.Name("Normandy format"), En.Name("Normandy Four", NameKind.Alias), Ru.Name("нормандский формат")])
        {
            Description = [En.Text("Meetings of the leaders of France, Germany, Russia and Ukraine, first held on the margins of the Normandy landing commemoration on 6 June 2014.")],
            Citations = [new Citation(SourceIds.Tagliavini)],
        },
        Outlet(ActorIds.FinancialTimes, "Financial Times", SourceIds.FtText),
        Outlet(ActorIds.MoscowTimes, "The Moscow Times", SourceIds.MoscowTimes),
        Outlet(ActorIds.EaDaily, "EADaily", SourceIds.EaDaily),
        Outlet(ActorIds.Gordon, "Gordon", SourceIds.GordonFebruary),
        Outlet(ActorIds.Sputnik, "Sputnik", SourceIds.SputnikResolution),
        Outlet(ActorIds.Belta, "BelTA (Belarusian Telegraph Agency)", SourceIds.BeltaTcg),
        Outlet(ActorIds.RbcUkraine, "RBC-Ukraine", SourceIds.RbcDecember),
        Outlet(ActorIds.UaPosition, "Ukrainian Position (uaposition.com)", SourceIds.UaPositionPoroshenko),
    ];

    private static Actor Leader(ActorId id, string english, LocalizedName native, ActorId state, string role, string? wikidata) =>
        new(id, ActorKind.Person, [En.Name(english), native])
        {
            Memberships = [new Membership { Role = [En.Text(role)], Organisation = state, Citations = [PackageCitation] }],
            Identifiers = wikidata is null ? [] : [new ExternalIdentifier(IdentifierSchemes.Wikidata, wikidata)],
            Citations = [new Citation(SourceIds.MoscowTimes)],
        };

    private static Actor Envoy(ActorId id, string english, LocalizedName native, ActorId organisation, string role, SourceId source, string? from = null, string? until = null) =>
        new(id, ActorKind.Person, [En.Name(english), native])
        {
            Memberships =
            [
                new Membership
                {
                    Role = [En.Text(role)],
                    Organisation = organisation,
                    Start = from is null ? null : When.Parse(from),
                    End = until is null ? null : When.Parse(until),
                    Citations = [new Citation(source)],
                },
            ],
            Citations = [new Citation(source)],
        };

    private static Actor Signatory(ActorId id, string english, LocalizedName native, string region) =>
        new(id, ActorKind.Person, [En.Name(english), native])
        {
            Description = [En.Text($"Signed the package without a title, after the Contact Group's members; associated with certain areas of the {region} region.")],
            Citations = [PackageCitation],
        };

    private static Actor State(ActorId id, string english, LocalizedName native, string iso3166, string wikidata) =>
        new(id, ActorKind.State, [En.Name(english), native])
        {
            Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha2, iso3166), new ExternalIdentifier(IdentifierSchemes.Wikidata, wikidata)],
            Citations = [new Citation(SourceIds.MoscowTimes)],
        };

    private static Actor Body(ActorId id, OrganisationKind kind, string english, LocalizedName native, ActorId? parent, SourceId source) =>
        new(id, ActorKind.Organisation, [En.Name(english), native])
        {
            OrganisationKind = kind,
            Parent = parent,
            Citations = [new Citation(source)],
        };

    private static Actor Outlet(ActorId id, string english, SourceId publishes) =>
        new(id, ActorKind.MediaOutlet, [En.Name(english)])
        {
            Citations = [new Citation(publishes)],
        };
}
