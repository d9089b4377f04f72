namespace NegotiationModel.Territories;

/// <summary>What kind of area a territory is.</summary>
public enum TerritoryKind
{
    /// <summary>The whole territory of a state, such as Ukraine.</summary>
    State = 1,

    /// <summary>A first-level subdivision of a state: an oblast, province, republic or region, such as the Donetsk oblast (ISO 3166-2 <c>UA-14</c>).</summary>
    Region = 2,

    /// <summary>A lower-level subdivision: a district (raion) or municipality.</summary>
    District = 3,

    /// <summary>A city or town.</summary>
    City = 4,

    /// <summary>An area defined by a negotiation rather than by administration: a demilitarised zone, a buffer zone, a security zone.</summary>
    Area = 5,

    /// <summary>Any other territory: a river, a sea area, a piece of infrastructure such as a nuclear plant's site.</summary>
    Other = 6,
}
