using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;

namespace NegotiationModel.Interop.Pax;

/// <summary>
/// Creates a provision from its JSON <c>kind</c> name. Listed here rather than found by reflection so that the package stays
/// trimmable; a test holds the names equal to Provision's <c>[JsonDerivedType]</c> list.
/// </summary>
internal static class PaxProvisionKinds
{
    private static readonly Dictionary<string, Func<ProvisionId, Provision>?> Factories = new(StringComparer.Ordinal)
    {
        ["ceasefire"] = id => new CeasefireProvision(id),
        ["end-of-hostilities"] = id => new EndOfHostilitiesProvision(id),
        // These two need an actor (the withdrawing force, the neutral state) that a PA-X row names only in prose.
        ["force-withdrawal"] = null,
        ["demilitarised-zone"] = id => new DemilitarisedZoneProvision(id),
        ["neutrality"] = null,
        ["security-guarantee"] = id => new SecurityGuaranteeProvision(id),
        ["reconstruction-financing"] = id => new ReconstructionFinancingProvision(id),
        ["referendum"] = id => new ReferendumProvision(id),
        ["transitional-government"] = id => new TransitionalGovernmentProvision(id),
        ["elections"] = id => new ElectionsProvision(id),
        ["deployment-limits"] = id => new DeploymentLimitsProvision(id),
        ["weapons-limits"] = id => new WeaponsLimitsProvision(id),
        ["sanctions-relief"] = id => new SanctionsReliefProvision(id),
        ["prisoner-exchange"] = id => new PrisonerExchangeProvision(id),
        ["border-settlement"] = id => new BorderSettlementProvision(id),
        ["amnesty"] = id => new AmnestyProvision(id),
        ["constitutional-reform"] = id => new ConstitutionalReformProvision(id),
        ["decentralisation"] = id => new DecentralisationProvision(id),
        ["special-status"] = id => new SpecialStatusProvision(id),
        ["humanitarian-access"] = id => new HumanitarianAccessProvision(id),
        ["socio-economic-reconnection"] = id => new SocioEconomicReconnectionProvision(id),
        ["border-control"] = id => new BorderControlProvision(id),
        ["power-sharing"] = id => new PowerSharingProvision(id),
        ["military-integration"] = id => new MilitaryIntegrationProvision(id),
        ["natural-resources"] = id => new NaturalResourcesProvision(id),
        ["human-rights"] = id => new HumanRightsProvision(id),
        ["justice-sector-reform"] = id => new JusticeSectorReformProvision(id),
        ["transitional-justice"] = id => new TransitionalJusticeProvision(id),
        ["missing-persons"] = id => new MissingPersonsProvision(id),
        ["police"] = id => new PoliceProvision(id),
        ["security-sector-reform"] = id => new SecuritySectorReformProvision(id),
        ["disarmament"] = id => new DisarmamentProvision(id),
        ["crime-and-corruption"] = id => new CrimeAndCorruptionProvision(id),
        ["displaced-persons"] = id => new DisplacedPersonsProvision(id),
        ["land-and-property"] = id => new LandAndPropertyProvision(id),
        ["environment"] = id => new EnvironmentProvision(id),
        ["cultural-heritage"] = id => new CulturalHeritageProvision(id),
        ["development"] = id => new DevelopmentProvision(id),
        ["political-institutions"] = id => new PoliticalInstitutionsProvision(id),
        ["public-participation"] = id => new PublicParticipationProvision(id),
        ["state-definition"] = id => new StateDefinitionProvision(id),
        ["international-mission"] = id => new InternationalMissionProvision(id),
        ["implementation-mechanism"] = id => new ImplementationMechanismProvision(id),
        ["group-rights"] = id => new GroupRightsProvision(id),
        ["gender"] = id => new GenderProvision(id),
    };

    /// <summary>Gets the kind names this table knows, those it can create and those that need more than an identifier.</summary>
    public static IEnumerable<string> Names => Factories.Keys;

    /// <summary>Whether a provision of the named kind can be made from an identifier alone, as the import has no more.</summary>
    public static bool CanCreate(string kind) => Factories.GetValueOrDefault(kind) is not null;

    /// <summary>Creates a provision of the named kind.</summary>
    public static Provision Create(string kind, ProvisionId id) => Factories[kind]!(id);
}
