using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;

namespace NegotiationModel.Tests.Proposals;

/// <summary>One fully populated provision of every kind, built afresh on each call, from the roadmap in DIGEST.md.</summary>
internal static class ProvisionSamples
{
    public static readonly ActorId Ukraine = new("ukraine");
    public static readonly ActorId Russia = new("russia");
    public static readonly ActorId UnitedStates = new("united-states");
    public static readonly TerritoryId Donetsk = new("UA-14");
    public static readonly TerritoryId Luhansk = new("UA-09");
    public static readonly TerritoryId Zaporizhzhia = new("UA-23");
    public static readonly TerritoryId Kherson = new("UA-65");

    private static readonly (string Type, string Kind, ProvisionCategory Category)[] All =
    [
        (nameof(CeasefireProvision), "ceasefire", ProvisionCategory.Security),
        (nameof(EndOfHostilitiesProvision), "end-of-hostilities", ProvisionCategory.Security),
        (nameof(ForceWithdrawalProvision), "force-withdrawal", ProvisionCategory.Security),
        (nameof(DemilitarisedZoneProvision), "demilitarised-zone", ProvisionCategory.Security),
        (nameof(NeutralityProvision), "neutrality", ProvisionCategory.Security),
        (nameof(SecurityGuaranteeProvision), "security-guarantee", ProvisionCategory.Security),
        (nameof(ReconstructionFinancingProvision), "reconstruction-financing", ProvisionCategory.Economic),
        (nameof(ReferendumProvision), "referendum", ProvisionCategory.Territory),
        (nameof(TransitionalGovernmentProvision), "transitional-government", ProvisionCategory.Governance),
        (nameof(ElectionsProvision), "elections", ProvisionCategory.Governance),
        (nameof(DeploymentLimitsProvision), "deployment-limits", ProvisionCategory.Security),
        (nameof(WeaponsLimitsProvision), "weapons-limits", ProvisionCategory.Security),
        (nameof(SanctionsReliefProvision), "sanctions-relief", ProvisionCategory.Economic),
        (nameof(PrisonerExchangeProvision), "prisoner-exchange", ProvisionCategory.Humanitarian),
        (nameof(BorderSettlementProvision), "border-settlement", ProvisionCategory.Territory),
        (nameof(AmnestyProvision), "amnesty", ProvisionCategory.TransitionalJustice),
        (nameof(ConstitutionalReformProvision), "constitutional-reform", ProvisionCategory.Governance),
        (nameof(DecentralisationProvision), "decentralisation", ProvisionCategory.PowerSharing),
        (nameof(SpecialStatusProvision), "special-status", ProvisionCategory.PowerSharing),
        (nameof(HumanitarianAccessProvision), "humanitarian-access", ProvisionCategory.Humanitarian),
        (nameof(SocioEconomicReconnectionProvision), "socio-economic-reconnection", ProvisionCategory.Economic),
        (nameof(BorderControlProvision), "border-control", ProvisionCategory.Territory),
        (nameof(PowerSharingProvision), "power-sharing", ProvisionCategory.PowerSharing),
        (nameof(MilitaryIntegrationProvision), "military-integration", ProvisionCategory.PowerSharing),
        (nameof(NaturalResourcesProvision), "natural-resources", ProvisionCategory.Economic),
        (nameof(HumanRightsProvision), "human-rights", ProvisionCategory.HumanRights),
        (nameof(JusticeSectorReformProvision), "justice-sector-reform", ProvisionCategory.JusticeSector),
        (nameof(TransitionalJusticeProvision), "transitional-justice", ProvisionCategory.TransitionalJustice),
        (nameof(MissingPersonsProvision), "missing-persons", ProvisionCategory.Humanitarian),
        (nameof(PoliceProvision), "police", ProvisionCategory.Security),
        (nameof(SecuritySectorReformProvision), "security-sector-reform", ProvisionCategory.Security),
        (nameof(DisarmamentProvision), "disarmament", ProvisionCategory.Security),
        (nameof(CrimeAndCorruptionProvision), "crime-and-corruption", ProvisionCategory.Security),
        (nameof(DisplacedPersonsProvision), "displaced-persons", ProvisionCategory.Humanitarian),
        (nameof(LandAndPropertyProvision), "land-and-property", ProvisionCategory.Land),
        (nameof(EnvironmentProvision), "environment", ProvisionCategory.Land),
        (nameof(CulturalHeritageProvision), "cultural-heritage", ProvisionCategory.Land),
        (nameof(DevelopmentProvision), "development", ProvisionCategory.Economic),
        (nameof(PoliticalInstitutionsProvision), "political-institutions", ProvisionCategory.Governance),
        (nameof(PublicParticipationProvision), "public-participation", ProvisionCategory.Governance),
        (nameof(StateDefinitionProvision), "state-definition", ProvisionCategory.Territory),
        (nameof(InternationalMissionProvision), "international-mission", ProvisionCategory.Implementation),
        (nameof(ImplementationMechanismProvision), "implementation-mechanism", ProvisionCategory.Implementation),
        (nameof(GroupRightsProvision), "group-rights", ProvisionCategory.Groups),
        (nameof(GenderProvision), "gender", ProvisionCategory.Gender),
        (nameof(OtherProvision), "other", ProvisionCategory.Other),
    ];

    /// <summary>Every kind with the name its <c>"kind"</c> member must have and the category it must map onto.</summary>
    public static TheoryData<string, string, ProvisionCategory> Kinds
    {
        get
        {
            var data = new TheoryData<string, string, ProvisionCategory>();
            foreach (var (type, kind, category) in All)
            {
                data.Add(type, kind, category);
            }

            return data;
        }
    }

    /// <summary>The type name of every kind.</summary>
    public static TheoryData<string> KindNames => new(All.Select(row => row.Type));

    /// <summary>How many kinds derive from <see cref="Provision"/> in the library.</summary>
    public static int Count => All.Length;

    public static LocalizedText En(string text) => new(text, "en");

    public static Provision Create(string typeName) => typeName switch
    {
        nameof(CeasefireProvision) => WithBase(new CeasefireProvision(new ProvisionId("temporary-ceasefire"))
        {
            IsTemporary = true,
            Parties = [Ukraine, Russia],
            Scope = [En("The whole line of contact")],
        }),
        nameof(EndOfHostilitiesProvision) => WithBase(new EndOfHostilitiesProvision(new ProvisionId("end-of-hostilities"))
        {
            Parties = [Ukraine, Russia],
        }),
        nameof(ForceWithdrawalProvision) => WithBase(new ForceWithdrawalProvision(new ProvisionId("withdraw-behind-line"), Ukraine, WithdrawalExtent.BehindLine)
        {
            From = [Zaporizhzhia, Kherson],
            BehindLine = new NamedLineId("line-of-contact"),
        }),
        nameof(DemilitarisedZoneProvision) => WithBase(new DemilitarisedZoneProvision(new ProvisionId("optional-dmz"))
        {
            Features = [En("Transport hubs"), En("Bridges"), En("City surroundings"), En("Critical infrastructure such as nuclear plants")],
            Monitors = [new ActorId("un"), new ActorId("osce")],
            MonitoringMethods = [MonitoringMethod.Patrols, MonitoringMethod.Drones, MonitoringMethod.CivilianMonitors, MonitoringMethod.ArmedEscort],
            FundedBy = [],
            Width = new Quantity(50, "km") { Comparator = QuantityComparator.AtLeast },
        }),
        nameof(NeutralityProvision) => WithBase(new NeutralityProvision(new ProvisionId("ukraine-neutrality"), Ukraine)
        {
            ExcludedAlliances = [new ActorId("nato")],
        }),
        nameof(SecurityGuaranteeProvision) => WithBase(new SecurityGuaranteeProvision(new ProvisionId("security-guarantees"))
        {
            Guarantors = [UnitedStates, Russia, new ActorId("turkey"), new ActorId("france"), new ActorId("germany")],
            Guarantees = [new GuaranteeId("security-guarantee-for-ukraine")],
        }),
        nameof(ReconstructionFinancingProvision) => WithBase(new ReconstructionFinancingProvision(new ProvisionId("reconstruction-lending"))
        {
            Lenders = [new ActorId("world-bank"), new ActorId("ida"), new ActorId("ebrd")],
            Guarantors = [UnitedStates, Russia],
            Amount = new Money(2_500_000_000.00m, "USD"),
            Fund = En("Reconstruction fund"),
        }),
        nameof(ReferendumProvision) => WithBase(new ReferendumProvision(new ProvisionId("territorial-referendum"))
        {
            Question = [En("Do you accept the territorial concessions?")],
            Precondition = [En("A ceasefire")],
        }),
        nameof(TransitionalGovernmentProvision) => WithBase(new TransitionalGovernmentProvision(new ProvisionId("interim-government"))
        {
            State = Ukraine,
            Composition = [En("An interim government replacing the current one")],
        }),
        nameof(ElectionsProvision) => WithBase(new ElectionsProvision(new ProvisionId("elections"))
        {
            State = Ukraine,
            Timing = [En("After the ceasefire")],
        }),
        nameof(DeploymentLimitsProvision) => WithBase(new DeploymentLimitsProvision(new ProvisionId("deployment-limits"))
        {
            Limits = [En("No foreign troops on Ukrainian territory")],
            AppliesTo = [Ukraine],
            Strength = new Quantity(0, "{troop}"),
            Distance = new Quantity(30, "km") { Comparator = QuantityComparator.AtLeast },
        }),
        nameof(WeaponsLimitsProvision) => WithBase(new WeaponsLimitsProvision(new ProvisionId("weapons-limits"))
        {
            Limits = [En("Limits on weapon types")],
            AppliesTo = [Ukraine],
            Calibre = new Quantity(100, "mm") { Comparator = QuantityComparator.AtLeast },
            Range = new Quantity(500, "km") { Comparator = QuantityComparator.MoreThan },
            Distance = new Quantity(50, "km"),
            Count = new Quantity(200, "{tank}") { Comparator = QuantityComparator.AtMost },
        }),
        nameof(SanctionsReliefProvision) => WithBase(new SanctionsReliefProvision(new ProvisionId("sanctions-relief"))
        {
            ImposedBy = [UnitedStates, new ActorId("eu")],
            Targets = [Russia],
            Measures = [En("Staged lifting of sectoral sanctions")],
        }),
        nameof(PrisonerExchangeProvision) => WithBase(new PrisonerExchangeProvision(new ProvisionId("prisoner-exchange"))
        {
            Parties = [Ukraine, Russia],
            Terms = [En("All for all")],
        }),
        nameof(BorderSettlementProvision) => WithBase(new BorderSettlementProvision(new ProvisionId("final-borders"))
        {
            Deferred = true,
            Parties = [Ukraine, Russia],
        }),
        nameof(AmnestyProvision) => WithBase(new AmnestyProvision(new ProvisionId("amnesty"))
        {
            GrantedBy = [Ukraine],
            Beneficiaries = [new ActorId("armed-formations")],
            Covers = [En("Persons in connection with the events in certain areas")],
            Exclusions = [En("Serious crimes")],
        }),
        nameof(ConstitutionalReformProvision) => WithBase(new ConstitutionalReformProvision(new ProvisionId("constitutional-reform"))
        {
            State = Ukraine,
            Changes = [En("Decentralisation as a key element")],
            AgreedWith = [new ActorId("representatives-of-certain-areas")],
        }),
        nameof(DecentralisationProvision) => WithBase(new DecentralisationProvision(new ProvisionId("decentralisation"))
        {
            State = Ukraine,
            DevolvedTo = [new ActorId("local-councils")],
            Powers = [En("Local budgets")],
        }),
        nameof(SpecialStatusProvision) => WithBase(new SpecialStatusProvision(new ProvisionId("special-status"))
        {
            State = Ukraine,
            Powers = [En("Linguistic self-determination")],
            AgreedWith = [new ActorId("representatives-of-certain-areas")],
        }),
        nameof(HumanitarianAccessProvision) => WithBase(new HumanitarianAccessProvision(new ProvisionId("humanitarian-access"))
        {
            AllowedBy = [Ukraine, Russia],
            Providers = [new ActorId("icrc")],
            Assistance = [En("On the basis of an international mechanism")],
        }),
        nameof(SocioEconomicReconnectionProvision) => WithBase(new SocioEconomicReconnectionProvision(new ProvisionId("socio-economic-ties"))
        {
            RestoredBy = [Ukraine],
            FacilitatedBy = [new ActorId("international-mechanism")],
            Ties = [En("Pension payments"), En("Banking services")],
        }),
        nameof(BorderControlProvision) => WithBase(new BorderControlProvision(new ProvisionId("border-control"))
        {
            ControlledBy = Ukraine,
            Border = new NamedLineId("state-border-conflict-area"),
            IsRestoration = true,
            Arrangements = [En("In consultation with representatives of certain areas")],
        }),
        nameof(PowerSharingProvision) => WithBase(new PowerSharingProvision(new ProvisionId("power-sharing"))
        {
            Parties = [new ActorId("party-a"), new ActorId("party-b")],
            Institutions = [En("An executive in proportion to the parties' seats")],
            Safeguards = [En("Cross-community votes on key decisions")],
        }),
        nameof(MilitaryIntegrationProvision) => WithBase(new MilitaryIntegrationProvision(new ProvisionId("military-integration"))
        {
            Forces = [new ActorId("force-a"), new ActorId("force-b")],
            Into = new ActorId("national-army"),
            Arrangements = [En("A joint command")],
        }),
        nameof(NaturalResourcesProvision) => WithBase(new NaturalResourcesProvision(new ProvisionId("resource-sharing"))
        {
            Resources = [En("Oil revenues")],
            SharedBetween = [Ukraine, Russia],
            ManagedBy = [new ActorId("joint-commission")],
        }),
        nameof(HumanRightsProvision) => WithBase(new HumanRightsProvision(new ProvisionId("human-rights"))
        {
            Rights = [En("Freedom of movement")],
            Instruments = [En("European Convention on Human Rights")],
            Institutions = [new ActorId("human-rights-commission")],
        }),
        nameof(JusticeSectorReformProvision) => WithBase(new JusticeSectorReformProvision(new ProvisionId("justice-reform"))
        {
            State = Ukraine,
            Institutions = [new ActorId("prosecution-service")],
            Reforms = [En("Review of emergency legislation")],
        }),
        nameof(TransitionalJusticeProvision) => WithBase(new TransitionalJusticeProvision(new ProvisionId("transitional-justice"))
        {
            Bodies = [new ActorId("truth-commission")],
            Measures = [En("A truth commission")],
            Beneficiaries = [En("Victims of the conflict")],
        }),
        nameof(MissingPersonsProvision) => WithBase(new MissingPersonsProvision(new ProvisionId("missing-persons"))
        {
            Parties = [Ukraine, Russia],
            SearchedBy = [new ActorId("icrc")],
            Terms = [En("Exchange of information")],
        }),
        nameof(PoliceProvision) => WithBase(new PoliceProvision(new ProvisionId("policing"))
        {
            Services = [new ActorId("police-service")],
            OverseenBy = [new ActorId("policing-board")],
            Measures = [En("Local police units")],
        }),
        nameof(SecuritySectorReformProvision) => WithBase(new SecuritySectorReformProvision(new ProvisionId("security-sector-reform"))
        {
            Institutions = [new ActorId("armed-forces")],
            OverseenBy = [new ActorId("parliament")],
            Measures = [En("Civilian control")],
        }),
        nameof(DisarmamentProvision) => WithBase(new DisarmamentProvision(new ProvisionId("decommissioning"))
        {
            Groups = [new ActorId("armed-group")],
            OverseenBy = [new ActorId("decommissioning-commission")],
            Weapons = [En("All weapons")],
            Reintegration = [En("Reintegration programmes")],
        }),
        nameof(CrimeAndCorruptionProvision) => WithBase(new CrimeAndCorruptionProvision(new ProvisionId("organised-crime"))
        {
            Parties = [Ukraine, Russia],
            Offences = [En("Drug trafficking")],
            Measures = [En("Joint investigations")],
        }),
        nameof(DisplacedPersonsProvision) => WithBase(new DisplacedPersonsProvision(new ProvisionId("displaced-persons"))
        {
            ResponsibleParties = [Ukraine],
            AssistedBy = [new ActorId("unhcr")],
            Rights = [En("Voluntary return in safety and dignity")],
        }),
        nameof(LandAndPropertyProvision) => WithBase(new LandAndPropertyProvision(new ProvisionId("property-restitution"))
        {
            DecidedBy = [new ActorId("property-commission")],
            Measures = [En("Restitution or compensation")],
        }),
        nameof(EnvironmentProvision) => WithBase(new EnvironmentProvision(new ProvisionId("shared-river"))
        {
            Parties = [Ukraine, Russia],
            Resources = [En("A shared river")],
            Measures = [En("Water allocation")],
        }),
        nameof(CulturalHeritageProvision) => WithBase(new CulturalHeritageProvision(new ProvisionId("cultural-heritage"))
        {
            Heritage = [En("Religious sites")],
            ProtectedBy = [Ukraine],
        }),
        nameof(DevelopmentProvision) => WithBase(new DevelopmentProvision(new ProvisionId("development"))
        {
            ResponsibleParties = [Ukraine],
            FundedBy = [new ActorId("world-bank")],
            Measures = [En("Rebuilding infrastructure")],
        }),
        nameof(PoliticalInstitutionsProvision) => WithBase(new PoliticalInstitutionsProvision(new ProvisionId("new-assembly"))
        {
            State = Ukraine,
            Institutions = [En("A new assembly")],
        }),
        nameof(PublicParticipationProvision) => WithBase(new PublicParticipationProvision(new ProvisionId("civil-society"))
        {
            Participants = [new ActorId("civic-forum")],
            Roles = [En("Consultation on economic and social matters")],
        }),
        nameof(StateDefinitionProvision) => WithBase(new StateDefinitionProvision(new ProvisionId("principle-of-consent"))
        {
            State = Ukraine,
            Definition = [En("No change of status without the consent of a majority")],
        }),
        nameof(InternationalMissionProvision) => WithBase(new InternationalMissionProvision(new ProvisionId("monitoring-mission"))
        {
            Mission = new ActorId("osce-smm"),
            MandatedBy = [new ActorId("osce-permanent-council")],
            Tasks = [En("Monitoring and verifying the withdrawal")],
        }),
        nameof(ImplementationMechanismProvision) => WithBase(new ImplementationMechanismProvision(new ProvisionId("working-groups"))
        {
            Bodies = [new ActorId("trilateral-contact-group")],
            WorkingGroups = [new WorkingGroupId("wg-security")],
            Tasks = [En("Implementing the relevant aspects")],
        }),
        nameof(GroupRightsProvision) => WithBase(new GroupRightsProvision(new ProvisionId("minority-rights"))
        {
            Groups = [En("National minorities")],
            Representatives = [new ActorId("minority-council")],
            Measures = [En("Language rights")],
        }),
        nameof(GenderProvision) => WithBase(new GenderProvision(new ProvisionId("women-participation"))
        {
            Bodies = [new ActorId("commission")],
            Measures = [En("Women's full and equal participation")],
        }),
        nameof(OtherProvision) => WithBase(new OtherProvision(new ProvisionId("comprehensive-package"))),
        _ => throw new ArgumentOutOfRangeException(nameof(typeName), typeName, "No sample for this kind."),
    };

    /// <summary>Fills the members every provision has, so that the base part of every kind round-trips too.</summary>
    private static Provision WithBase(Provision provision) => provision with
    {
        Number = "point 3",
        Title = [En("Roadmap item")],
        Summary = [En("As the author's roadmap puts it"), new LocalizedText("著者のロードマップによる", "ja", isOriginal: true)],
        Depth = ProvisionDepth.Concrete,
        Territories = [Donetsk, Luhansk],
        Conditions = [En("If there is a ceasefire")],
        IsOptional = true,
        OpenQuestions = [En("Who pays for monitoring?")],
        Citations = [new Citation(new SourceId("copilot-chat")) { Locator = "roadmap, phase 3" }],
        Identifiers = [new ExternalIdentifier("pax", "123")],
        Notes = "Elaborated by an AI assistant.",
    };
}
