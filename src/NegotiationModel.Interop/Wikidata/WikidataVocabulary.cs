using NegotiationModel.Actors;

namespace NegotiationModel.Interop.Wikidata;

/// <summary>
/// The Wikidata properties and classes this mapping understands (docs/interop.md has them as tables). A class or
/// property not listed here is reported, never guessed.
/// </summary>
internal static class WikidataVocabulary
{
    public const string InstanceOf = "P31";
    public const string PositionHeld = "P39";
    public const string MemberOfPoliticalParty = "P102";
    public const string MemberOf = "P463";
    public const string Inception = "P571";
    public const string Dissolved = "P576";
    public const string DateOfBirth = "P569";
    public const string DateOfDeath = "P570";
    public const string StartTime = "P580";
    public const string EndTime = "P582";
    public const string Of = "P642";
    public const string AppliesToJurisdiction = "P1001";
    public const string Employer = "P108";
    public const string ParliamentaryGroup = "P4100";
    public const string ReferenceUrl = "P854";

    public const string GregorianCalendar = "Q1985727";
    public const string JulianCalendar = "Q1985786";

    /// <summary>Classes (values of P31 instance of) and the kind of actor an item of that class is.</summary>
    public static readonly (string Class, string Label, ActorKind Kind, OrganisationKind? Organisation)[] Classes =
    [
        ("Q5", "human", ActorKind.Person, null),
        ("Q3624078", "sovereign state", ActorKind.State, null),
        ("Q6256", "country", ActorKind.State, null),
        ("Q7275", "state", ActorKind.State, null),
        ("Q15634554", "state with limited recognition", ActorKind.State, null),
        ("Q7278", "political party", ActorKind.Organisation, OrganisationKind.PoliticalParty),
        ("Q484652", "international organization", ActorKind.Organisation, OrganisationKind.Intergovernmental),
        ("Q245065", "intergovernmental organization", ActorKind.Organisation, OrganisationKind.Intergovernmental),
        ("Q1127126", "military alliance", ActorKind.Organisation, OrganisationKind.Alliance),
        ("Q327333", "government agency", ActorKind.Organisation, OrganisationKind.GovernmentBody),
        ("Q11204", "legislature", ActorKind.Organisation, OrganisationKind.Legislature),
        ("Q41487", "court", ActorKind.Organisation, OrganisationKind.Court),
        ("Q79913", "non-governmental organization", ActorKind.Organisation, OrganisationKind.NonGovernmental),
        ("Q783794", "company", ActorKind.Organisation, OrganisationKind.Company),
        ("Q4830453", "business", ActorKind.Organisation, OrganisationKind.Company),
        ("Q43229", "organization", ActorKind.Organisation, OrganisationKind.Other),
        ("Q17149090", "armed organization", ActorKind.Faction, null),
        ("Q11032", "newspaper", ActorKind.MediaOutlet, null),
        ("Q1331793", "media company", ActorKind.MediaOutlet, null),
    ];

    /// <summary>Classes of items that are roles (a position, an office) rather than actors: they name a membership's role.</summary>
    public static readonly string[] PositionClasses = ["Q4164871", "Q294414"];

    /// <summary>Properties whose value is an identifier the model has a scheme for.</summary>
    public static readonly (string Property, string Scheme)[] Identifiers =
    [
        ("P297", IdentifierSchemes.Iso3166Alpha2),
        ("P298", IdentifierSchemes.Iso3166Alpha3),
        ("P300", IdentifierSchemes.Iso3166Subdivision),
    ];

    /// <summary>Properties whose statements become memberships (with their qualifiers: start, end, of, parliamentary group).</summary>
    public static readonly string[] MembershipProperties = [PositionHeld, MemberOfPoliticalParty, MemberOf];

    /// <summary>Qualifiers of a membership statement this mapping reads; any other is counted as not mapped.</summary>
    public static readonly string[] MembershipQualifiers = [StartTime, EndTime, Of, AppliesToJurisdiction, Employer, ParliamentaryGroup];

    /// <summary>Every property an item's claims are read for; the rest are counted per property.</summary>
    public static readonly HashSet<string> MappedProperties =
    [
        InstanceOf, Inception, Dissolved, DateOfBirth, DateOfDeath, .. MembershipProperties, .. Identifiers.Select(entry => entry.Property),
    ];

    /// <summary>Members of an entity this mapping reads or that only describe the entity's page; any other is counted.</summary>
    public static readonly HashSet<string> EntityMembers =
    [
        "id", "type", "labels", "aliases", "descriptions", "claims", "lastrevid", "modified", "pageid", "ns", "title",
    ];

    public static (ActorKind Kind, OrganisationKind? Organisation)? KindOf(string itemClass)
    {
        foreach (var entry in Classes)
        {
            if (entry.Class == itemClass)
            {
                return (entry.Kind, entry.Organisation);
            }
        }

        return null;
    }
}
