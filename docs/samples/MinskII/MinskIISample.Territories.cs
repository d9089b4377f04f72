using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Territories;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
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

        /// <summary>Certain areas of the Donetsk and Luhansk regions, as the package names them.</summary>
        public static readonly TerritoryId CertainAreas = new("certain-areas-donetsk-luhansk");
    }

    /// <summary>The identifiers of the sample's named lines.</summary>
    public static class LineIds
    {
        /// <summary>The de facto line of contact in February 2015, from which Ukrainian troops withdraw.</summary>
        public static readonly NamedLineId DeFactoLine = new("line-of-contact-2015-02");

        /// <summary>The line of contact of the Minsk Memorandum of 19 September 2014.</summary>
        public static readonly NamedLineId MemorandumLine = new("line-of-contact-2014-09-19");
    }

    private static ValueList<Territory> Territories() =>
    [
        new Territory(TerritoryIds.Ukraine, TerritoryKind.State, [En.Name("Ukraine"), Uk.Name("Україна")]) { Iso3166Code = "UA" },
        Region(TerritoryIds.Donetsk, "Donetsk Oblast", "Донецька область"),
        Region(TerritoryIds.Luhansk, "Luhansk Oblast", "Луганська область"),
        new Territory(TerritoryIds.CertainAreas, TerritoryKind.Area,
            [En.Name("Certain areas of the Donetsk and Luhansk regions"), Ru.Name("отдельные районы Донецкой и Луганской областей"), Uk.Name("окремі райони Донецької та Луганської областей")])
        {
            Parent = TerritoryIds.Ukraine,
            Notes = "The package's term; point 4 has the Verkhovna Rada name the territory under the special regime, on the basis of the line of the Minsk Memorandum.",
            Citations = [PackageCitation],
        },
    ];

    private static Territory Region(TerritoryId id, string english, string ukrainian) =>
        new(id, TerritoryKind.Region, [En.Name(english), Uk.Name(ukrainian)])
        {
            Iso3166Code = id.Value,
            Parent = TerritoryIds.Ukraine,
            Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Subdivision, id.Value!)],
        };

    private static ValueList<NamedLine> Lines() =>
    [
        new NamedLine(LineIds.DeFactoLine, LineKind.LineOfContact, [En.Name("De facto line of contact"), Ru.Name("фактическая линия соприкосновения")])
        {
            Territories = [TerritoryIds.Donetsk, TerritoryIds.Luhansk],
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Notes = "The line from which Ukrainian troops measure the withdrawal of point 2.",
            Citations = TextCitations,
        },
        new NamedLine(LineIds.MemorandumLine, LineKind.LineOfContact, [En.Name("Line of contact of the Minsk Memorandum of 19 September 2014"), Ru.Name("линия соприкосновения согласно Минскому меморандуму от 19 сентября 2014 г.")])
        {
            Territories = [TerritoryIds.Donetsk, TerritoryIds.Luhansk],
            When = When.Parse("2014-09-19[Europe/Minsk]"),
            Notes = "The line from which the armed formations of certain areas measure the withdrawal of point 2.",
            Citations = TextCitations,
        },
    ];
}
