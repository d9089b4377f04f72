using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
{
    /// <summary>The identifiers of the sample's proposals.</summary>
    public static class ProposalIds
    {
        /// <summary>The Package of Measures for the Implementation of the Minsk Agreements.</summary>
        public static readonly ProposalId Package = new("package-of-measures");
    }

    /// <summary>The identifiers of the package's provisions, one per point (point 11 has two).</summary>
    public static class ProvisionIds
    {
        /// <summary>Point 1: the ceasefire.</summary>
        public static readonly ProvisionId Point1 = new("point-1-ceasefire");

        /// <summary>Point 2: the withdrawal of heavy weapons and the security zones.</summary>
        public static readonly ProvisionId Point2 = new("point-2-heavy-weapons-withdrawal");

        /// <summary>Point 2: the zone for multiple rocket launchers.</summary>
        public static readonly ProvisionId Point2Rocket = new("point-2-rocket-launchers-withdrawal");

        /// <summary>Point 2: the zone for the heaviest rocket launchers and tactical missiles.</summary>
        public static readonly ProvisionId Point2LongRange = new("point-2-long-range-withdrawal");

        /// <summary>Point 3: OSCE monitoring and verification.</summary>
        public static readonly ProvisionId Point3 = new("point-3-osce-monitoring");

        /// <summary>Point 4: dialogue on local elections and the Rada resolution on the special regime.</summary>
        public static readonly ProvisionId Point4 = new("point-4-local-elections-dialogue");

        /// <summary>Point 5: pardon and amnesty.</summary>
        public static readonly ProvisionId Point5 = new("point-5-amnesty");

        /// <summary>Point 6: release and exchange of hostages and unlawfully detained persons.</summary>
        public static readonly ProvisionId Point6 = new("point-6-release-and-exchange");

        /// <summary>Point 7: humanitarian access.</summary>
        public static readonly ProvisionId Point7 = new("point-7-humanitarian-access");

        /// <summary>Point 8: restoring socio-economic ties.</summary>
        public static readonly ProvisionId Point8 = new("point-8-socio-economic-ties");

        /// <summary>Point 9: Ukraine restores full control of the state border.</summary>
        public static readonly ProvisionId Point9 = new("point-9-border-control");

        /// <summary>Point 10: withdrawal of foreign armed formations and disarmament of illegal groups.</summary>
        public static readonly ProvisionId Point10 = new("point-10-foreign-formations-withdrawal");

        /// <summary>Point 11: constitutional reform with decentralisation.</summary>
        public static readonly ProvisionId Point11Constitution = new("point-11-constitutional-reform");

        /// <summary>Point 11: permanent legislation on the special status of certain areas.</summary>
        public static readonly ProvisionId Point11SpecialStatus = new("point-11-special-status");

        /// <summary>Point 12: local elections agreed in the Contact Group, monitored by OSCE/ODIHR.</summary>
        public static readonly ProvisionId Point12 = new("point-12-local-elections");

        /// <summary>Point 13: the Contact Group's work intensified through working groups.</summary>
        public static readonly ProvisionId Point13 = new("point-13-working-groups");
    }

    private static ValueList<Citation> TextCitations => [PackageCitation, new Citation(SourceIds.FtText), new Citation(SourceIds.MoscowTimes)];

    private static Proposal Package() =>
        new(ProposalIds.Package, ProposalKind.Other, [En.Text("Package of Measures for the Implementation of the Minsk Agreements"), Ru.Original("Комплекс мер по выполнению Минских соглашений")])
        {
            Authors = [ActorIds.ContactGroup],
            Stage = AgreementStage.Implementation,
            Summary = [En.Text("Thirteen points agreed in the Trilateral Contact Group to implement the Minsk Protocol of 5 September 2014 and the Minsk Memorandum of 19 September 2014: a ceasefire, the withdrawal of heavy weapons, OSCE monitoring, and a sequence of political, humanitarian and economic steps.")],
            Versions = [new ProposalVersion(1) { When = When.Parse("2015-02-12[Europe/Minsk]"), Provisions = Points(), Citations = TextCitations }],
            Phases = Phases(),
            StatusHistory =
            [
                new StatusChange<ProposalStatus>(ProposalStatus.Accepted, When.Parse("2015-02-12[Europe/Minsk]"))
                {
                    Citations = [PackageCitation, new Citation(SourceIds.Declaration)],
                    Notes = "Signed by the Contact Group's members and the two signatories from certain areas; endorsed the same day by the four leaders' declaration.",
                },
            ],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Security, WellKnownTopics.Monitoring, WellKnownTopics.Governance, WellKnownTopics.Elections,
                WellKnownTopics.Humanitarian, WellKnownTopics.Prisoners, WellKnownTopics.Economy, WellKnownTopics.Territory],
            Citations = TextCitations,
        };

    private static ValueList<Provision> Points() =>
    [
        new CeasefireProvision(ProvisionIds.Point1)
        {
            Number = "1",
            Title = [En.Text("Ceasefire")],
            Summary = [En.Text("An immediate and comprehensive ceasefire in certain areas of the Donetsk and Luhansk regions, strictly observed from 00:00 Kyiv time on 15 February 2015.")],
            Parties = [ActorIds.UkrainianArmedForces, ActorIds.ArmedFormations],
            Scope = [En.Text("Certain areas of the Donetsk and Luhansk regions of Ukraine.")],
            Territories = [TerritoryIds.CertainAreas],
            Depth = ProvisionDepth.Concrete,
            Effective = When.Parse("2015-02-15T00:00[Europe/Kyiv]"),
            Citations = TextCitations,
        },
        new WeaponsLimitsProvision(ProvisionIds.Point2)
        {
            Number = "2",
            Title = [En.Text("Withdrawal of heavy weapons: artillery of 100 mm and more")],
            Summary = [En.Text("Both sides withdraw all heavy weapons by equal distances to create security zones; the withdrawal starts no later than the second day after the ceasefire and is completed within 14 days, assisted by the OSCE with the Contact Group's support.")],
            Limits = [En.Text("A security zone at least 50 km wide for artillery systems of calibre 100 mm and more.")],
            AppliesTo = [ActorIds.UkrainianArmedForces, ActorIds.ArmedFormations],
            Conditions =
            [
                En.Text("Ukrainian troops withdraw from the de facto line of contact."),
                En.Text("The armed formations of certain areas withdraw from the line of contact of the Minsk Memorandum of 19 September 2014."),
            ],
            Territories = [TerritoryIds.CertainAreas],
            Depth = ProvisionDepth.Concrete,
            Notes = "The distance is the width of the security zone between the two sides, each withdrawing by an equal distance, from two different lines (see the record's named lines).",
            Calibre = new Quantity(100, "mm") { Comparator = QuantityComparator.AtLeast },
            Distance = new Quantity(50, "km") { Comparator = QuantityComparator.AtLeast },
            Effective = When.Parse("after(provision:point-1-ceasefire, P0D, P2D)"),
            Deadlines = [new Deadline(When.Parse("after(provision:point-1-ceasefire, P0D, P16D)")) { What = [En.Text("Withdrawal completed within 14 days of its start, itself no later than the second day of the ceasefire.")] }],
            Citations = TextCitations,
        },
        WeaponsZone(ProvisionIds.Point2Rocket, "Withdrawal of heavy weapons: multiple rocket launchers", "A security zone 70 km wide for multiple rocket launchers.", new Quantity(70, "km")),
        WeaponsZone(ProvisionIds.Point2LongRange, "Withdrawal of heavy weapons: Tornado-S, Uragan, Smerch and Tochka", "A security zone 140 km wide for the Tornado-S, Uragan and Smerch multiple rocket launchers and the Tochka (Tochka-U) tactical missile systems.", new Quantity(140, "km")),
        new OtherProvision(ProvisionIds.Point3)
        {
            PaxCategory = ProvisionCategory.Implementation,
            Number = "3",
            Title = [En.Text("OSCE monitoring and verification")],
            Summary = [En.Text("The OSCE monitors and verifies the ceasefire and the withdrawal of heavy weapons from the first day of the withdrawal, with all technical means needed, including satellites, drones and radar.")],
            Depth = ProvisionDepth.Concrete,
            Effective = When.Parse("after(provision:point-2-heavy-weapons-withdrawal)"),
            Citations = TextCitations,
        },
        new ElectionsProvision(ProvisionIds.Point4)
        {
            Number = "4",
            Title = [En.Text("Dialogue on local elections; the territory of the special regime")],
            Summary = [En.Text("On the first day after the withdrawal, dialogue begins on how to hold local elections under Ukrainian law and the law on interim local self-government in certain areas, and on their future regime; within 30 days of signing, the Verkhovna Rada adopts a resolution naming the territory under the special regime, on the basis of the line of the Minsk Memorandum.")],
            Timing =
            [
                En.Text("Dialogue from the first day after the withdrawal of heavy weapons."),
                En.Text("The Rada resolution no later than 30 days after signing."),
            ],
            Territories = [TerritoryIds.CertainAreas],
            Depth = ProvisionDepth.Concrete,
            Deadlines = [new Deadline(When.Parse("after(event:package-signing-2015-02-12, P0D, P30D)")) { What = [En.Text("The Verkhovna Rada's resolution on the territory under the special regime, no later than 30 days after signing.")] }],
            Citations = TextCitations,
        },
        new AmnestyProvision(ProvisionIds.Point5)
        {
            Number = "5",
            Title = [En.Text("Pardon and amnesty")],
            Summary = [En.Text("Pardon and amnesty through a law forbidding the prosecution and punishment of persons in connection with the events in certain areas of the Donetsk and Luhansk regions.")],
            Territories = [TerritoryIds.CertainAreas],
            GrantedBy = [ActorIds.Ukraine],
            Covers = [En.Text("Persons in connection with the events in certain areas of the Donetsk and Luhansk regions.")],
            Citations = TextCitations,
        },
        new PrisonerExchangeProvision(ProvisionIds.Point6)
        {
            Number = "6",
            Title = [En.Text("Release and exchange of hostages and detainees")],
            Summary = [En.Text("Release and exchange of all hostages and unlawfully detained persons on an \"all for all\" basis, completed no later than the fifth day after the withdrawal.")],
            Terms = [En.Text("All for all."), En.Text("No later than the fifth day after the withdrawal of heavy weapons.")],
            Depth = ProvisionDepth.Concrete,
            Deadlines = [new Deadline(When.Parse("after(provision:point-2-heavy-weapons-withdrawal, P0D, P19D)")) { What = [En.Text("No later than the fifth day after the withdrawal, itself completed within 14 days.")] }],
            Citations = TextCitations,
        },
        new HumanitarianAccessProvision(ProvisionIds.Point7)
        {
            Number = "7",
            Title = [En.Text("Humanitarian access")],
            Summary = [En.Text("Safe access, delivery, storage and distribution of humanitarian aid to those in need, on the basis of an international mechanism.")],
            Citations = TextCitations,
        },
        new SocioEconomicReconnectionProvision(ProvisionIds.Point8)
        {
            Number = "8",
            Title = [En.Text("Restoring socio-economic ties")],
            Summary = [En.Text("The modalities of fully restoring socio-economic ties, including social transfers such as pensions, are defined; Ukraine restores management of the segment of its banking system in the conflict-affected areas, possibly through an international mechanism.")],
            RestoredBy = [ActorIds.Ukraine],
            Ties = [En.Text("Social transfers such as pensions."), En.Text("The banking segment in the conflict-affected areas.")],
            Citations = TextCitations,
        },
        new BorderControlProvision(ProvisionIds.Point9)
        {
            Number = "9",
            Title = [En.Text("Control of the state border")],
            Summary = [En.Text("Ukraine restores full control of the state border throughout the conflict area, starting on the first day after the local elections and ending after a comprehensive political settlement by the end of 2015, provided point 11 is implemented in consultation and agreement with representatives of certain areas in the Contact Group.")],
            Conditions = [En.Text("Point 11 implemented in consultation and agreement with representatives of certain areas of the Donetsk and Luhansk regions, within the Contact Group.")],
            Territories = [TerritoryIds.CertainAreas],
            Notes = "Control of an existing state border, not a border settlement.",
            ControlledBy = ActorIds.Ukraine,
            IsRestoration = true,
            Deadlines = [new Deadline(When.Parse("2015-12-31[Europe/Kyiv]")) { What = [En.Text("Full control restored after a comprehensive political settlement, by the end of 2015.")] }],
            Citations = TextCitations,
        },
        new DisarmamentProvision(ProvisionIds.Point10)
        {
            Number = "10",
            Title = [En.Text("Withdrawal of foreign armed formations; disarmament of illegal groups")],
            Summary = [En.Text("Withdrawal of all foreign armed formations, military equipment and mercenaries from the territory of Ukraine under OSCE monitoring; disarmament of all illegal groups.")],
            OverseenBy = [ActorIds.Osce],
            Weapons = [En.Text("Foreign armed formations, military equipment and mercenaries withdrawn; all illegal groups disarmed.")],
            Citations = TextCitations,
        },
        new ConstitutionalReformProvision(ProvisionIds.Point11Constitution)
        {
            Number = "11",
            Title = [En.Text("Constitutional reform with decentralisation")],
            Summary = [En.Text("A new constitution of Ukraine in force by the end of 2015, with decentralisation as a key element that takes account of the particularities of certain areas, as agreed with their representatives.")],
            Territories = [TerritoryIds.Ukraine],
            State = ActorIds.Ukraine,
            AgreedWith = [ActorIds.ArmedFormations],
            Deadlines = [new Deadline(When.Parse("2015-12-31[Europe/Kyiv]")) { What = [En.Text("The new constitution in force by the end of 2015.")] }],
            Citations = TextCitations,
        },
        new SpecialStatusProvision(ProvisionIds.Point11SpecialStatus)
        {
            Number = "11",
            Title = [En.Text("Special status of certain areas")],
            Summary = [En.Text("Permanent legislation on the special status of certain areas of the Donetsk and Luhansk regions, in line with the measures listed in the note to the point, adopted by the end of 2015.")],
            Territories = [TerritoryIds.CertainAreas],
            State = ActorIds.Ukraine,
            Deadlines = [new Deadline(When.Parse("2015-12-31[Europe/Kyiv]")) { What = [En.Text("Permanent legislation adopted by the end of 2015.")] }],
            Citations = TextCitations,
        },
        new ElectionsProvision(ProvisionIds.Point12)
        {
            Number = "12",
            Title = [En.Text("Local elections")],
            Summary = [En.Text("Questions of local elections are discussed and agreed with representatives of certain areas in the Contact Group; the elections are held to the relevant OSCE/ODIHR standards and monitored by OSCE/ODIHR.")],
            Territories = [TerritoryIds.CertainAreas],
            Citations = TextCitations,
        },
        new ImplementationMechanismProvision(ProvisionIds.Point13)
        {
            Number = "13",
            Title = [En.Text("Working groups of the Contact Group")],
            Summary = [En.Text("The Contact Group intensifies its work, including through working groups on implementing the relevant aspects of the Minsk agreements, reflecting the Contact Group's composition.")],
            Bodies = [ActorIds.ContactGroup],
            WorkingGroups = [WorkingGroupIds.Security, WorkingGroupIds.Political, WorkingGroupIds.Humanitarian, WorkingGroupIds.Economic],
            Citations = TextCitations,
        },
    ];

    private static WeaponsLimitsProvision WeaponsZone(ProvisionId id, string title, string limit, Quantity width) =>
        new(id)
        {
            Number = "2",
            Title = [En.Text(title)],
            Summary = [En.Text("Both sides withdraw these weapons by equal distances to create a security zone, on the timetable of the first part of point 2.")],
            Limits = [En.Text(limit)],
            AppliesTo = [ActorIds.UkrainianArmedForces, ActorIds.ArmedFormations],
            Distance = width,
            Territories = [TerritoryIds.CertainAreas],
            Depth = ProvisionDepth.Concrete,
            Effective = When.Parse("after(provision:point-1-ceasefire, P0D, P2D)"),
            Deadlines = [new Deadline(When.Parse("after(provision:point-1-ceasefire, P0D, P16D)")) { What = [En.Text("Withdrawal completed within 14 days of its start.")] }],
            Citations = TextCitations,
        };

    private static ValueList<Phase> Phases()
    {
        (string Id, string Title, ProvisionId[] Provisions)[] steps =
        [
            ("phase-ceasefire", "Ceasefire from 15 February", [ProvisionIds.Point1]),
            ("phase-withdrawal", "Withdrawal of heavy weapons under OSCE monitoring", [ProvisionIds.Point2, ProvisionIds.Point2Rocket, ProvisionIds.Point2LongRange, ProvisionIds.Point3]),
            ("phase-after-withdrawal", "Steps counted from the withdrawal", [ProvisionIds.Point4, ProvisionIds.Point6]),
            ("phase-political-settlement", "Constitutional reform, local elections and the border, by the end of 2015", [ProvisionIds.Point11Constitution, ProvisionIds.Point11SpecialStatus, ProvisionIds.Point12, ProvisionIds.Point9]),
        ];
        return ValueList.From(steps.Select((step, order) => new Phase(new PhaseId(step.Id), order, [En.Text(step.Title)])
        {
            DependsOn = order == 0 ? [] : [new PhaseId(steps[order - 1].Id)],
            Provisions = ValueList.From(step.Provisions),
            Citations = [PackageCitation],
        }));
    }
}
