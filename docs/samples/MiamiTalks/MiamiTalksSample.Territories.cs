using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Territories;
using NegotiationModel.Time;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's territories (ISO 3166 codes where they have one).</summary>
    public static class TerritoryIds
    {
        /// <summary>Ukraine.</summary>
        public static readonly TerritoryId Ukraine = new("UA");

        /// <summary>Donetsk region.</summary>
        public static readonly TerritoryId Donetsk = new("UA-14");

        /// <summary>Luhansk region.</summary>
        public static readonly TerritoryId Luhansk = new("UA-09");

        /// <summary>Zaporizhzhia region.</summary>
        public static readonly TerritoryId Zaporizhzhia = new("UA-23");

        /// <summary>Kherson region.</summary>
        public static readonly TerritoryId Kherson = new("UA-65");

        /// <summary>Donbas: the Donetsk and Luhansk regions, as Trump was asked about it.</summary>
        public static readonly TerritoryId Donbas = new("donbas");
    }

    /// <summary>The identifiers of the sample's named lines.</summary>
    public static class LineIds
    {
        /// <summary>The line of contact at the time of the talks.</summary>
        public static readonly NamedLineId LineOfContact = new("line-of-contact-2025-12");
    }

    private static readonly TerritoryId[] ClaimedRegions = [TerritoryIds.Donetsk, TerritoryIds.Luhansk, TerritoryIds.Zaporizhzhia, TerritoryIds.Kherson];

    private static ValueList<Territory> Territories() =>
    [
        new Territory(TerritoryIds.Ukraine, TerritoryKind.State, [Name("Ukraine", "en"), Name("ウクライナ", "ja"), Name("Украина", "ru"), Name("Україна", "uk")])
        {
            Iso3166Code = "UA",
        },
        Region(TerritoryIds.Donetsk, "Donetsk Oblast", "ドネツク州", "Донецкая область", "Донецька область"),
        Region(TerritoryIds.Luhansk, "Luhansk Oblast", "ルガンスク州", "Луганская область", "Луганська область"),
        Region(TerritoryIds.Zaporizhzhia, "Zaporizhzhia Oblast", "ザポリージャ州", "Запорожская область", "Запорізька область"),
        Region(TerritoryIds.Kherson, "Kherson Oblast", "ヘルソン州", "Херсонская область", "Херсонська область"),
        new Territory(TerritoryIds.Donbas, TerritoryKind.Area, [Name("Donbas", "en"), Name("ドンバス地域", "ja"), Name("Донбасс", "ru")])
        {
            Parent = TerritoryIds.Ukraine,
            Notes = "The Donetsk and Luhansk regions together.",
            Citations = [NhkUpdate],
        },
    ];

    private static Territory Region(TerritoryId id, string english, string japanese, string russian, string ukrainian) =>
        new(id, TerritoryKind.Region, [Name(english, "en"), Name(japanese, "ja"), Name(russian, "ru"), Name(ukrainian, "uk")])
        {
            Iso3166Code = id.Value,
            Parent = TerritoryIds.Ukraine,
            Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Subdivision, id.Value!)],
        };

    private static ValueList<TerritorialClaim> Claims() =>
    [
        .. ClaimedRegions.Select(region => new TerritorialClaim(new TerritorialClaimId($"russia-claims-{region}"), ActorIds.Russia, region)
        {
            Bases = [ClaimBasis.Referendum, ClaimBasis.Constitution],
            BasisDescription = [En("The 2022 referendums Russia organised in the region, and Russia's constitution, which names the region as Russian territory.")],
            Since = When.Parse("2022"),
            DisputedBy = [ActorIds.Ukraine],
            Citations = [BlogCitation with { Quote = Ja("4州は地域のウクライナ住民投票ではロシアへの併合が承認されており、そのため、ロシアも憲法にロシアの領土と規定している") }],
        }),
        .. ClaimedRegions.Select(region => new TerritorialClaim(new TerritorialClaimId($"ukraine-claims-{region}"), ActorIds.Ukraine, region)
        {
            Bases = [ClaimBasis.InternationalRecognition],
            BasisDescription = [En("Ukraine's internationally recognised borders.")],
            DisputedBy = [ActorIds.Russia],
            Citations = [BlogCitation],
        }),
    ];

    private static ValueList<ControlObservation> ControlObservations() =>
    [
        .. ClaimedRegions.Select(region => new ControlObservation(new ControlObservationId($"russia-controls-part-of-{region}"), region, ActorIds.Russia, ControlExtent.Part, When.Parse("2025-12-late!"))
        {
            Line = region == TerritoryIds.Zaporizhzhia || region == TerritoryIds.Kherson ? LineIds.LineOfContact : null,
            Description = [En("Russia controls part of the region; the rest is held by Ukraine.")],
            Citations = [BlogCitation with { Quote = Ja("ロシアが管理下に置いている地域"), Credibility = CredibilityGrade.ProbablyTrue }],
        }),
    ];

    private static ValueList<NamedLine> Lines() =>
    [
        new NamedLine(LineIds.LineOfContact, LineKind.LineOfContact, [Name("Line of contact", "en"), Name("軍事境界線", "ja"), Name("現・軍事前線", "ja", NameKind.Alias)])
        {
            Territories = [TerritoryIds.Zaporizhzhia, TerritoryIds.Kherson],
            When = When.Parse("2025-12-late!"),
            Notes = "The front line as it stood during the talks; it divides the Zaporizhzhia and Kherson regions.",
            Citations = [BlogCitation, CopilotCitation],
        },
    ];
}
