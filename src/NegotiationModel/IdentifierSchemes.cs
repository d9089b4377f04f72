namespace NegotiationModel;

/// <summary>Names of well-known identifier schemes for <see cref="ExternalIdentifier.Scheme"/>. Any other scheme name may be used.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class IdentifierSchemes
{
    /// <summary>A Wikidata item, such as <c>Q22686</c>.</summary>
    public const string Wikidata = "wikidata";

    /// <summary>An ISO 3166-1 alpha-2 country code, such as <c>UA</c>.</summary>
    public const string Iso3166Alpha2 = "iso3166-1-alpha2";

    /// <summary>An ISO 3166-1 alpha-3 country code, such as <c>UKR</c>.</summary>
    public const string Iso3166Alpha3 = "iso3166-1-alpha3";

    /// <summary>An ISO 3166-2 subdivision code, such as <c>UA-14</c>.</summary>
    public const string Iso3166Subdivision = "iso3166-2";

    /// <summary>A Gleditsch–Ward state number, such as <c>369</c>.</summary>
    public const string GleditschWard = "gleditsch-ward";

    /// <summary>A UCDP conflict, dyad, actor or agreement identifier.</summary>
    public const string Ucdp = "ucdp";

    /// <summary>A PA-X peace agreement identifier.</summary>
    public const string PaX = "pa-x";

    /// <summary>A web address that identifies the entity.</summary>
    public const string Uri = "uri";
}
