using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's actors.</summary>
    public static class ActorIds
    {
        /// <summary>George Mitchell, independent chairman of the talks.</summary>
        public static readonly ActorId Mitchell = new("mitchell");

        /// <summary>John de Chastelain, independent chairman, later chairman of the decommissioning commission.</summary>
        public static readonly ActorId DeChastelain = new("de-chastelain");

        /// <summary>Harri Holkeri, independent chairman.</summary>
        public static readonly ActorId Holkeri = new("holkeri");

        /// <summary>Chris Patten, chairman of the Independent Commission on Policing.</summary>
        public static readonly ActorId Patten = new("patten");

        /// <summary>Ian Paisley, leader of the Democratic Unionist Party.</summary>
        public static readonly ActorId Paisley = new("paisley");

        /// <summary>David Trimble, leader of the Ulster Unionist Party.</summary>
        public static readonly ActorId Trimble = new("trimble");

        /// <summary>The United Kingdom.</summary>
        public static readonly ActorId UnitedKingdom = new("united-kingdom");

        /// <summary>Ireland.</summary>
        public static readonly ActorId Ireland = new("ireland");

        /// <summary>The Ulster Unionist Party.</summary>
        public static readonly ActorId Uup = new("uup");

        /// <summary>The Social Democratic and Labour Party.</summary>
        public static readonly ActorId Sdlp = new("sdlp");

        /// <summary>Sinn Féin.</summary>
        public static readonly ActorId SinnFein = new("sinn-fein");

        /// <summary>The Alliance Party.</summary>
        public static readonly ActorId Alliance = new("alliance");

        /// <summary>The Progressive Unionist Party.</summary>
        public static readonly ActorId Pup = new("pup");

        /// <summary>The Ulster Democratic Party.</summary>
        public static readonly ActorId Udp = new("udp");

        /// <summary>The Northern Ireland Women's Coalition.</summary>
        public static readonly ActorId Niwc = new("niwc");

        /// <summary>Labour, as the talks' records name the Labour grouping.</summary>
        public static readonly ActorId Labour = new("labour-ni");

        /// <summary>The Democratic Unionist Party.</summary>
        public static readonly ActorId Dup = new("dup");

        /// <summary>The Independent International Commission on Decommissioning.</summary>
        public static readonly ActorId Iicd = new("iicd");

        /// <summary>The Independent Commission on Policing for Northern Ireland.</summary>
        public static readonly ActorId PolicingCommission = new("policing-commission");

        /// <summary>The Sentence Review Commissioners.</summary>
        public static readonly ActorId SentenceReview = new("sentence-review-commissioners");

        /// <summary>The Office of the Independent Chairmen of the talks.</summary>
        public static readonly ActorId IndependentChairmen = new("independent-chairmen");

        /// <summary>The Los Angeles Times.</summary>
        public static readonly ActorId LaTimes = new("los-angeles-times");

        /// <summary>The Irish Times.</summary>
        public static readonly ActorId IrishTimes = new("irish-times");

        /// <summary>The Independent.</summary>
        public static readonly ActorId Independent = new("the-independent");

        /// <summary>The Spokesman-Review.</summary>
        public static readonly ActorId Spokesman = new("spokesman-review");

        /// <summary>CAIN, the Conflict Archive on the Internet (Ulster University).</summary>
        public static readonly ActorId Cain = new("cain");

        /// <summary>ARK, the Northern Ireland social and political archive.</summary>
        public static readonly ActorId Ark = new("ark");

        /// <summary>The QUILL project (archives of the talks).</summary>
        public static readonly ActorId Quill = new("quill");

        /// <summary>The Peace Accords Matrix of the Kroc Institute (University of Notre Dame).</summary>
        public static readonly ActorId Kroc = new("kroc-institute");

        /// <summary>The Referendum Commission of Ireland (referendum.ie).</summary>
        public static readonly ActorId ReferendumCommission = new("referendum-commission");

        /// <summary>Wikipedia, the online encyclopedia.</summary>
        public static readonly ActorId Wikipedia = new("wikipedia");
    }

    private static readonly ActorId[] TalksParties =
        [ActorIds.Alliance, ActorIds.Labour, ActorIds.Niwc, ActorIds.Pup, ActorIds.SinnFein, ActorIds.Sdlp, ActorIds.Udp, ActorIds.Uup];

    private static ValueList<Actor> Actors() =>
    [
        Chairman(ActorIds.Mitchell, "George Mitchell", "Independent chairman of the multi-party talks; former United States senator", SourceIds.LaTimes) with
        {
            Names = [En.Name("George Mitchell"), En.Name("George J. Mitchell", NameKind.Alias), En.Name("Senator Mitchell", NameKind.Alias)],
        },
        Chairman(ActorIds.DeChastelain, "John de Chastelain", "Independent chairman of the talks; Canadian general", SourceIds.LaTimes),
        Chairman(ActorIds.Holkeri, "Harri Holkeri", "Independent chairman of the talks; former Prime Minister of Finland", SourceIds.LaTimes),
        new Actor(ActorIds.Patten, ActorKind.Person, [En.Name("Chris Patten")])
        {
            Memberships = [new Membership { Role = [En.Text("Chairman")], Organisation = ActorIds.PolicingCommission, Citations = [new Citation(SourceIds.PattenStatement)] }],
            Citations = [new Citation(SourceIds.PattenStatement)],
        },
        PartyLeader(ActorIds.Paisley, "Ian Paisley", ActorIds.Dup),
        PartyLeader(ActorIds.Trimble, "David Trimble", ActorIds.Uup),
        State(ActorIds.UnitedKingdom, "United Kingdom", "GB", "Q145"),
        State(ActorIds.Ireland, "Ireland", "IE", "Q27") with { Names = [En.Name("Ireland"), Ga.Name("Éire")] },
        Party(ActorIds.Uup, "Ulster Unionist Party", "UUP"),
        Party(ActorIds.Sdlp, "Social Democratic and Labour Party", "SDLP"),
        Party(ActorIds.SinnFein, "Sinn Féin", null) with { Names = [En.Name("Sinn Féin"), En.Name("Sinn Fein", NameKind.Transliteration)] },
        Party(ActorIds.Alliance, "Alliance Party", null),
        Party(ActorIds.Pup, "Progressive Unionist Party", "PUP"),
        Party(ActorIds.Udp, "Ulster Democratic Party", "UDP"),
        Party(ActorIds.Niwc, "Northern Ireland Women's Coalition", "NIWC"),
        Party(ActorIds.Labour, "Labour (Northern Ireland talks grouping)", null),
        Party(ActorIds.Dup, "Democratic Unionist Party", "DUP") with { Citations = [new Citation(SourceIds.LaTimes)] },
        new Actor(ActorIds.Iicd, ActorKind.Organisation,
            [En.Name("Independent International Commission on Decommissioning"), En.Name("IICD", NameKind.Abbreviation), En.Name("de Chastelain commission", NameKind.Alias)])
        {
            OrganisationKind = OrganisationKind.Intergovernmental,
            Description = [En.Text("Established by an agreement between the British and Irish governments; independent in its functions; three members, from Canada, Finland and the United States, with a secretariat in Dublin and Belfast funded by the two governments.")],
            ExistsFrom = When.Parse("1997-08-26"),
            Citations = [new Citation(SourceIds.IicdAgreement), new Citation(SourceIds.IrishTimesIicdRemit)],
        },
        new Actor(ActorIds.PolicingCommission, ActorKind.Organisation, [En.Name("Independent Commission on Policing for Northern Ireland"), En.Name("Patten Commission", NameKind.Alias)])
        {
            OrganisationKind = OrganisationKind.GovernmentBody,
            Description = [En.Text("Set up under the Agreement to propose future policing arrangements; eight commissioners under Chris Patten.")],
            ExistsFrom = When.Parse("1998-06"),
            Citations = [new Citation(SourceIds.PattenStatement)],
        },
        new Actor(ActorIds.SentenceReview, ActorKind.Organisation, [En.Name("Sentence Review Commissioners")])
        {
            OrganisationKind = OrganisationKind.GovernmentBody,
            Parent = ActorIds.UnitedKingdom,
            Description = [En.Text("Appointed by the Secretary of State under the Northern Ireland (Sentences) Act 1998 to decide prisoners' applications for release.")],
            Citations = [new Citation(SourceIds.SentencesAct)],
        },
        new Actor(ActorIds.IndependentChairmen, ActorKind.Other, [En.Name("Office of the Independent Chairmen")])
        {
            Description = [En.Text("The office of the talks' three independent chairmen at Castle Buildings, Stormont, Belfast.")],
            Citations = [new Citation(SourceIds.StrandTwoRecord)],
        },
        Outlet(ActorIds.LaTimes, "Los Angeles Times", SourceIds.LaTimes),
        Outlet(ActorIds.IrishTimes, "The Irish Times", SourceIds.IrishTimesIicdRemit),
        Outlet(ActorIds.Independent, "The Independent", SourceIds.Independent),
        Outlet(ActorIds.Spokesman, "The Spokesman-Review", SourceIds.Spokesman),
        Archive(ActorIds.Cain, "CAIN (Conflict Archive on the Internet, Ulster University)", SourceIds.CainReferendums),
        Archive(ActorIds.Ark, "ARK (Access Research Knowledge), Northern Ireland", SourceIds.ArkReferendums),
        Archive(ActorIds.Quill, "QUILL project", SourceIds.QuillAgreement),
        Archive(ActorIds.Kroc, "Peace Accords Matrix, Kroc Institute, University of Notre Dame", SourceIds.KrocPrisoners),
        Archive(ActorIds.Wikipedia, "Wikipedia", SourceIds.WikipediaAgreement),
        new Actor(ActorIds.ReferendumCommission, ActorKind.Organisation, [En.Name("Referendum Commission (Ireland)")])
        {
            OrganisationKind = OrganisationKind.GovernmentBody,
            Parent = ActorIds.Ireland,
            Citations = [new Citation(SourceIds.ReferendumIe)],
        },
    ];

    private static Actor Chairman(ActorId id, string english, string role, SourceId source) =>
        new(id, ActorKind.Person, [En.Name(english)])
        {
            Memberships = [new Membership { Role = [En.Text(role)], Organisation = ActorIds.IndependentChairmen, Start = When.Parse("1996-06-12[Europe/London]"), Citations = [new Citation(source)] }],
            Citations = [new Citation(source)],
        };

    private static Actor PartyLeader(ActorId id, string english, ActorId party) =>
        new(id, ActorKind.Person, [En.Name(english)])
        {
            Memberships = [new Membership { Role = [En.Text("Party leader")], Organisation = party, Citations = [new Citation(SourceIds.LaTimes)] }],
            Citations = [new Citation(SourceIds.LaTimes)],
        };

    private static Actor State(ActorId id, string english, string iso3166, string wikidata) =>
        new(id, ActorKind.State, [En.Name(english)])
        {
            Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Alpha2, iso3166), new ExternalIdentifier(IdentifierSchemes.Wikidata, wikidata)],
            Citations = [new Citation(SourceIds.AgreementText)],
        };

    private static Actor Party(ActorId id, string english, string? abbreviation) =>
        new(id, ActorKind.Organisation, abbreviation is null ? [En.Name(english)] : [En.Name(english), En.Name(abbreviation, NameKind.Abbreviation)])
        {
            OrganisationKind = OrganisationKind.PoliticalParty,
            Citations = [new Citation(SourceIds.StrandTwoRecord)],
        };

    private static Actor Outlet(ActorId id, string english, SourceId publishes) =>
        new(id, ActorKind.MediaOutlet, [En.Name(english)]) { Citations = [new Citation(publishes)] };

    private static Actor Archive(ActorId id, string english, SourceId publishes) =>
        new(id, ActorKind.Organisation, [En.Name(english)]) { OrganisationKind = OrganisationKind.Other, Citations = [new Citation(publishes)] };
}
