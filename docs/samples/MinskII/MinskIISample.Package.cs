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
            Summary = [En.Text("Point 1. An immediate and comprehensive ceasefire in certain areas of the Donetsk and Luhansk regions, strictly observed from 00:00 Kyiv time on 15 February 2015.")],
            Parties = [ActorIds.UkrainianArmedForces, ActorIds.ArmedFormations],
            Scope = [En.Text("Certain areas of the Donetsk and Luhansk regions of Ukraine.")],
            Territories = [TerritoryIds.CertainAreas],
            Depth = ProvisionDepth.Concrete,
            Citations = TextCitations,
        },
        new WeaponsLimitsProvision(ProvisionIds.Point2)
        {
            Summary = [En.Text("Point 2. Both sides withdraw all heavy weapons by equal distances to create security zones; the withdrawal starts no later than the second day after the ceasefire and is completed within 14 days, assisted by the OSCE with the Contact Group's support.")],
            Limits =
            [
                En.Text("A security zone at least 50 km wide for artillery systems of calibre 100 mm and more."),
                En.Text("A security zone 70 km wide for multiple rocket launchers."),
                En.Text("A security zone 140 km wide for the Tornado-S, Uragan and Smerch multiple rocket launchers and the Tochka (Tochka-U) tactical missile systems."),
            ],
            AppliesTo = [ActorIds.UkrainianArmedForces, ActorIds.ArmedFormations],
            Conditions =
            [
                En.Text("Ukrainian troops withdraw from the de facto line of contact."),
                En.Text("The armed formations of certain areas withdraw from the line of contact of the Minsk Memorandum of 19 September 2014."),
            ],
            Territories = [TerritoryIds.CertainAreas],
            Depth = ProvisionDepth.Concrete,
            Notes = "The zones are measured from two different lines, one per side (see the record's named lines).",
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point3)
        {
            Summary = [En.Text("Point 3. The OSCE monitors and verifies the ceasefire and the withdrawal of heavy weapons from the first day of the withdrawal, with all technical means needed, including satellites, drones and radar.")],
            Depth = ProvisionDepth.Concrete,
            Citations = TextCitations,
        },
        new ElectionsProvision(ProvisionIds.Point4)
        {
            Summary = [En.Text("Point 4. On the first day after the withdrawal, dialogue begins on how to hold local elections under Ukrainian law and the law on interim local self-government in certain areas, and on their future regime; within 30 days of signing, the Verkhovna Rada adopts a resolution naming the territory under the special regime, on the basis of the line of the Minsk Memorandum.")],
            Timing =
            [
                En.Text("Dialogue from the first day after the withdrawal of heavy weapons."),
                En.Text("The Rada resolution no later than 30 days after signing."),
            ],
            Territories = [TerritoryIds.CertainAreas],
            Depth = ProvisionDepth.Concrete,
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point5)
        {
            Summary = [En.Text("Point 5. Pardon and amnesty through a law forbidding the prosecution and punishment of persons in connection with the events in certain areas of the Donetsk and Luhansk regions.")],
            Territories = [TerritoryIds.CertainAreas],
            Citations = TextCitations,
        },
        new PrisonerExchangeProvision(ProvisionIds.Point6)
        {
            Summary = [En.Text("Point 6. Release and exchange of all hostages and unlawfully detained persons on an \"all for all\" basis, completed no later than the fifth day after the withdrawal.")],
            Terms = [En.Text("All for all."), En.Text("No later than the fifth day after the withdrawal of heavy weapons.")],
            Depth = ProvisionDepth.Concrete,
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point7)
        {
            Summary = [En.Text("Point 7. Safe access, delivery, storage and distribution of humanitarian aid to those in need, on the basis of an international mechanism.")],
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point8)
        {
            Summary = [En.Text("Point 8. The modalities of fully restoring socio-economic ties, including social transfers such as pensions, are defined; Ukraine restores management of the segment of its banking system in the conflict-affected areas, possibly through an international mechanism.")],
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point9)
        {
            Summary = [En.Text("Point 9. Ukraine restores full control of the state border throughout the conflict area, starting on the first day after the local elections and ending after a comprehensive political settlement by the end of 2015, provided point 11 is implemented in consultation and agreement with representatives of certain areas in the Contact Group.")],
            Conditions = [En.Text("Point 11 implemented in consultation and agreement with representatives of certain areas of the Donetsk and Luhansk regions, within the Contact Group.")],
            Territories = [TerritoryIds.CertainAreas],
            Notes = "Control of an existing state border, not a border settlement.",
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point10)
        {
            Summary = [En.Text("Point 10. Withdrawal of all foreign armed formations, military equipment and mercenaries from the territory of Ukraine under OSCE monitoring; disarmament of all illegal groups.")],
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point11Constitution)
        {
            Summary = [En.Text("Point 11. A new constitution of Ukraine in force by the end of 2015, with decentralisation as a key element that takes account of the particularities of certain areas, as agreed with their representatives.")],
            Territories = [TerritoryIds.Ukraine],
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point11SpecialStatus)
        {
            Summary = [En.Text("Point 11. Permanent legislation on the special status of certain areas of the Donetsk and Luhansk regions, in line with the measures listed in the note to the point, adopted by the end of 2015.")],
            Territories = [TerritoryIds.CertainAreas],
            Citations = TextCitations,
        },
        new ElectionsProvision(ProvisionIds.Point12)
        {
            Summary = [En.Text("Point 12. Questions of local elections are discussed and agreed with representatives of certain areas in the Contact Group; the elections are held to the relevant OSCE/ODIHR standards and monitored by OSCE/ODIHR.")],
            Territories = [TerritoryIds.CertainAreas],
            Citations = TextCitations,
        },
        new OtherProvision(ProvisionIds.Point13)
        {
            Summary = [En.Text("Point 13. The Contact Group intensifies its work, including through working groups on implementing the relevant aspects of the Minsk agreements, reflecting the Contact Group's composition.")],
            Citations = TextCitations,
        },
    ];

    private static ValueList<Phase> Phases()
    {
        (string Id, string Title, ProvisionId[] Provisions)[] steps =
        [
            ("phase-ceasefire", "Ceasefire from 15 February", [ProvisionIds.Point1]),
            ("phase-withdrawal", "Withdrawal of heavy weapons under OSCE monitoring", [ProvisionIds.Point2, ProvisionIds.Point3]),
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
