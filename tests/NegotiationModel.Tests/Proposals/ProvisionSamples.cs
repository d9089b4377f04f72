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
