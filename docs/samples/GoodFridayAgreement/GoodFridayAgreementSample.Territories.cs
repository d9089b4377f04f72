using NegotiationModel.Identifiers;
using NegotiationModel.Territories;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's territories (ISO 3166 codes).</summary>
    public static class TerritoryIds
    {
        /// <summary>The United Kingdom.</summary>
        public static readonly TerritoryId UnitedKingdom = new("GB");

        /// <summary>Northern Ireland.</summary>
        public static readonly TerritoryId NorthernIreland = new("GB-NIR");

        /// <summary>Ireland.</summary>
        public static readonly TerritoryId Ireland = new("IE");
    }

    private static ValueList<Territory> Territories() =>
    [
        new Territory(TerritoryIds.UnitedKingdom, TerritoryKind.State, [En.Name("United Kingdom")]) { Iso3166Code = "GB" },
        new Territory(TerritoryIds.NorthernIreland, TerritoryKind.Region, [En.Name("Northern Ireland"), Ga.Name("Tuaisceart Éireann")])
        {
            Iso3166Code = "GB-NIR",
            Parent = TerritoryIds.UnitedKingdom,
            Identifiers = [new ExternalIdentifier(IdentifierSchemes.Iso3166Subdivision, "GB-NIR")],
        },
        new Territory(TerritoryIds.Ireland, TerritoryKind.State, [En.Name("Ireland"), Ga.Name("Éire")]) { Iso3166Code = "IE" },
    ];
}
