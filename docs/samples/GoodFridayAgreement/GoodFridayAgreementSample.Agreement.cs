using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's proposals.</summary>
    public static class ProposalIds
    {
        /// <summary>The two governments' arrangements for chairing the talks, from the first idea to the one adopted.</summary>
        public static readonly ProposalId ChairingArrangements = new("chairing-arrangements-1996");

        /// <summary>The agreement reached in the multi-party negotiations.</summary>
        public static readonly ProposalId Agreement = new("belfast-agreement");
    }

    /// <summary>The identifiers of the sample's provisions.</summary>
    public static class ProvisionIds
    {
        /// <summary>George Mitchell's role: Strand Two in version 1, the plenary in version 2 (one provision across versions).</summary>
        public static readonly ProvisionId MitchellRole = new("mitchell-role");

        /// <summary>Version 1: de Chastelain for a decommissioning subcommittee.</summary>
        public static readonly ProvisionId DecommissioningChairConsidered = new("de-chastelain-decommissioning-subcommittee");

        /// <summary>Strand One: the Assembly and the Executive.</summary>
        public static readonly ProvisionId StrandOne = new("strand-one-institutions");

        /// <summary>Strand Two: the North/South Ministerial Council.</summary>
        public static readonly ProvisionId StrandTwo = new("strand-two-institutions");

        /// <summary>Strand Three: the British-Irish Council and Intergovernmental Conference.</summary>
        public static readonly ProvisionId StrandThree = new("strand-three-institutions");

        /// <summary>The referendum in Northern Ireland.</summary>
        public static readonly ProvisionId ReferendumNorth = new("referendum-northern-ireland");

        /// <summary>The referendum in Ireland.</summary>
        public static readonly ProvisionId ReferendumSouth = new("referendum-ireland");

        /// <summary>The election to the Assembly.</summary>
        public static readonly ProvisionId AssemblyElection = new("assembly-election");

        /// <summary>Decommissioning of paramilitary arms with the Independent Commission.</summary>
        public static readonly ProvisionId Decommissioning = new("decommissioning");

        /// <summary>The accelerated release of prisoners.</summary>
        public static readonly ProvisionId Prisoners = new("prisoner-release");

        /// <summary>The independent commission on policing.</summary>
        public static readonly ProvisionId Policing = new("policing-commission");
    }

    private static ValueList<Citation> AgreementCitations => [new Citation(SourceIds.AgreementText), new Citation(SourceIds.QuillAgreement)];

    private static Proposal ChairingArrangements() =>
        new(ProposalIds.ChairingArrangements, ProposalKind.Other, [En.Text("Chairing arrangements for the multi-party talks")])
        {
            Proposers = [ActorIds.UnitedKingdom, ActorIds.Ireland],
            Stage = AgreementStage.PreNegotiation,
            Versions =
            [
                new ProposalVersion(1)
                {
                    When = When.Parse("../1996-05-31[Europe/Dublin]"),
                    Summary = [En.Text("Proposals the two governments were considering: George Mitchell to chair Strand Two, John de Chastelain to chair a subcommittee on decommissioning working in parallel.")],
                    Provisions =
                    [
                        new OtherProvision(ProvisionIds.MitchellRole) { PaxCategory = ProvisionCategory.Implementation, Title = [En.Text("Mitchell for Strand Two")], Summary = [En.Text("George Mitchell chairs Strand Two, on North/South relations (favoured by the Irish government).")], Citations = [new Citation(SourceIds.IrishTimesChairmen)] },
                        new OtherProvision(ProvisionIds.DecommissioningChairConsidered) { PaxCategory = ProvisionCategory.Implementation, Title = [En.Text("De Chastelain for a decommissioning subcommittee")], Summary = [En.Text("John de Chastelain chairs a subcommittee on arms decommissioning, in parallel with the talks.")], Citations = [new Citation(SourceIds.IrishTimesChairmen)] },
                    ],
                    Citations = [new Citation(SourceIds.IrishTimesChairmen)],
                },
                new ProposalVersion(2)
                {
                    When = When.Parse("1996-06-06[Europe/London]"),
                    Summary = [En.Text("Announced by Britain and Ireland: George Mitchell chairs the full meetings of the negotiators; Mitchell, de Chastelain and Holkeri preside over the strands.")],
                    Provisions =
                    [
                        new OtherProvision(ProvisionIds.MitchellRole) { PaxCategory = ProvisionCategory.Implementation, Title = [En.Text("Mitchell for the plenary")], Summary = [En.Text("George Mitchell chairs the plenary (the full meetings); he and two colleagues, John de Chastelain and Harri Holkeri, preside over the strands.")], Citations = [new Citation(SourceIds.Spokesman), new Citation(SourceIds.LaTimes)] },
                    ],
                    ChangeNotes = [En.Text("Mitchell moves from Strand Two to the plenary; the three chairmen share the strands.")],
                    Citations = [new Citation(SourceIds.Spokesman), new Citation(SourceIds.LaTimes)],
                },
            ],
            StatusHistory =
            [
                new StatusChange<ProposalStatus>(ProposalStatus.Drafted, When.Parse("../1996-05-31[Europe/Dublin]")) { Citations = [new Citation(SourceIds.IrishTimesChairmen)] },
                new StatusChange<ProposalStatus>(ProposalStatus.Tabled, When.Parse("1996-06-06[Europe/London]")) { Citations = [new Citation(SourceIds.Spokesman)] },
                new StatusChange<ProposalStatus>(ProposalStatus.Accepted, When.Parse("1996-06-12Tnight[Europe/London]"))
                {
                    Citations = [new Citation(SourceIds.LaTimes)],
                    Notes = "Seven of the nine parties accepted a compromise letting the participants revise the governments' ground rules; the DUP and a small allied party did not.",
                },
            ],
            Topics = [WellKnownTopics.Governance],
            Citations = [new Citation(SourceIds.IrishTimesChairmen), new Citation(SourceIds.Spokesman), new Citation(SourceIds.LaTimes)],
        };

    private static Proposal Agreement() =>
        new(ProposalIds.Agreement, ProposalKind.Other, [En.Text("The Belfast Agreement (Good Friday Agreement)"), Ga.Text("Comhaontú Aoine an Chéasta")])
        {
            Proposers = [ActorIds.UnitedKingdom, ActorIds.Ireland],
            Authors = [ActorIds.UnitedKingdom, ActorIds.Ireland, .. TalksParties],
            Stage = AgreementStage.SubstantiveComprehensive,
            Summary = [En.Text("The agreement reached in the multi-party negotiations (Command Paper 3883) and the British-Irish Agreement between the two governments: three strands of institutions, constitutional issues, rights, decommissioning, security, policing and justice, and prisoners, to be endorsed by referendums North and South.")],
            Versions = [new ProposalVersion(1) { When = When.Parse("1998-04-10[Europe/London]"), Provisions = Provisions(), Citations = AgreementCitations }],
            Phases = Phases(),
            StatusHistory = AgreementStatusHistory(),
            Topics = [WellKnownTopics.Governance, WellKnownTopics.Referendum, WellKnownTopics.Elections, WellKnownTopics.Security, WellKnownTopics.Prisoners, WellKnownTopics.Guarantees],
            Citations = AgreementCitations,
        };

    private static ValueList<Provision> Provisions() =>
    [
        new PowerSharingProvision(ProvisionIds.StrandOne)
        {
            Number = "Strand One",
            Title = [En.Text("Democratic institutions in Northern Ireland")],
            Parties = [.. TalksParties],
            Institutions = [En.Text("An elected Northern Ireland Assembly"), En.Text("An Executive in which power is shared")],
            Summary = [En.Text("Democratic institutions in Northern Ireland: an elected Assembly and an Executive in which power is shared.")],
            Territories = [TerritoryIds.NorthernIreland],
            Depth = ProvisionDepth.Concrete,
            Citations = AgreementCitations,
        },
        new PoliticalInstitutionsProvision(ProvisionIds.StrandTwo)
        {
            Number = "Strand Two",
            Title = [En.Text("North/South Ministerial Council")],
            Institutions = [En.Text("North/South Ministerial Council"), En.Text("Implementation bodies")],
            Summary = [En.Text("A North/South Ministerial Council with implementation bodies, for cooperation between Northern Ireland and Ireland.")],
            Territories = [TerritoryIds.NorthernIreland, TerritoryIds.Ireland],
            Depth = ProvisionDepth.Concrete,
            Citations = AgreementCitations,
        },
        new PoliticalInstitutionsProvision(ProvisionIds.StrandThree)
        {
            Number = "Strand Three",
            Title = [En.Text("British-Irish Council and British-Irish Intergovernmental Conference")],
            Institutions = [En.Text("British-Irish Council"), En.Text("British-Irish Intergovernmental Conference")],
            Summary = [En.Text("A British-Irish Council and a British-Irish Intergovernmental Conference, for cooperation between the United Kingdom and Ireland.")],
            Territories = [TerritoryIds.UnitedKingdom, TerritoryIds.Ireland],
            Depth = ProvisionDepth.Concrete,
            Citations = AgreementCitations,
        },
        new ReferendumProvision(ProvisionIds.ReferendumNorth)
        {
            Title = [En.Text("Referendum in Northern Ireland")],
            Effective = When.Parse("1998-05-22[Europe/London]"),
            Summary = [En.Text("A referendum in Northern Ireland on 22 May 1998 on the agreement.")],
            Question = [En.Original("Do you support the agreement reached at the multi-party talks on Northern Ireland and set out in Command Paper 3883?")],
            Territories = [TerritoryIds.NorthernIreland],
            Depth = ProvisionDepth.Concrete,
            Citations = [new Citation(SourceIds.CainReferendums) { Notes = "The question on the ballot paper." }, new Citation(SourceIds.ArkReferendums)],
        },
        new ReferendumProvision(ProvisionIds.ReferendumSouth)
        {
            Title = [En.Text("Referendum in Ireland")],
            Effective = When.Parse("1998-05-22[Europe/Dublin]"),
            Summary = [En.Text("A referendum in Ireland the same day on the Nineteenth Amendment of the Constitution Bill, 1998, allowing the state to be bound by the British-Irish Agreement.")],
            Question = [En.Original("Do you approve of the proposal to amend the Constitution contained in the undermentioned Bill? Nineteenth Amendment of the Constitution Bill, 1998")],
            Territories = [TerritoryIds.Ireland],
            Depth = ProvisionDepth.Concrete,
            Citations = [new Citation(SourceIds.ArkReferendums) { Notes = "The wording of the referendum in the Republic." }, new Citation(SourceIds.ReferendumIe)],
        },
        new ElectionsProvision(ProvisionIds.AssemblyElection)
        {
            Title = [En.Text("Election to the Assembly")],
            Effective = When.Parse("1998-06-25[Europe/London]"),
            Summary = [En.Text("An election to the Northern Ireland Assembly on 25 June 1998, the final stage after the referendums.")],
            Timing = [En.Text("25 June 1998.")],
            Territories = [TerritoryIds.NorthernIreland],
            Depth = ProvisionDepth.Concrete,
            Citations = [new Citation(SourceIds.CainReferendums)],
        },
        new DisarmamentProvision(ProvisionIds.Decommissioning)
        {
            Title = [En.Text("Decommissioning")],
            OverseenBy = [ActorIds.Iicd],
            Weapons = [En.Text("All paramilitary arms.")],
            Deadlines = [new Deadline(When.Parse("2000-05-22[Europe/London]")) { What = [En.Text("Two years after endorsement in the referendums: the date The Irish Times gives for the end of the period.")] }],
            Summary = [En.Text("The participants reaffirm their commitment to the total disarmament of all paramilitary organisations and will use any influence they have to achieve the decommissioning of all paramilitary arms within two years of endorsement in the referendums North and South, working with the Independent Commission.")],
            Conditions = [En.Text("In the context of the implementation of the overall settlement.")],
            Depth = ProvisionDepth.Concrete,
            Citations = [new Citation(SourceIds.AgreementText), new Citation(SourceIds.IrishTimesIicdBackground) { Notes = "Quotes the paragraph." }],
        },
        new TransitionalJusticeProvision(ProvisionIds.Prisoners)
        {
            Title = [En.Text("Prisoners")],
            Bodies = [ActorIds.SentenceReview],
            Measures = [En.Text("An accelerated programme for the release of qualifying prisoners.")],
            Deadlines = [new Deadline(When.Parse("1998-06-30[Europe/London]")) { What = [En.Text("The governments seek to enact the legislation by the end of June 1998.")] }],
            Summary = [En.Text("Both governments provide an accelerated programme for the release of qualifying prisoners convicted of scheduled offences; prisoners affiliated to organisations not maintaining a complete and unequivocal ceasefire do not benefit; qualifying prisoners still in custody two years after the scheme begins would be released then, should circumstances allow; legislation by the end of June 1998.")],
            Conditions = [En.Text("Only prisoners of organisations that have established and maintain a complete and unequivocal ceasefire.")],
            Depth = ProvisionDepth.Concrete,
            Citations = [new Citation(SourceIds.AgreementText), new Citation(SourceIds.KrocPrisoners) { Notes = "Gives the paragraphs on prisoners." }],
        },
        new PoliceProvision(ProvisionIds.Policing)
        {
            Title = [En.Text("Policing")],
            OverseenBy = [ActorIds.PolicingCommission],
            Measures = [En.Text("Proposals on composition, recruitment, training, culture, ethos and symbols.")],
            Summary = [En.Text("An independent commission makes proposals for future policing arrangements, including composition, recruitment, training, culture, ethos and symbols.")],
            Territories = [TerritoryIds.NorthernIreland],
            Citations = [new Citation(SourceIds.AgreementText), new Citation(SourceIds.PattenStatement) { Notes = "Quotes the terms of reference set in the April 1998 Agreement." }],
        },
    ];

    private static ValueList<Phase> Phases() =>
    [
        new Phase(new PhaseId("phase-referendums"), 0, [En.Text("Referendums North and South, 22 May 1998")])
        {
            Provisions = [ProvisionIds.ReferendumNorth, ProvisionIds.ReferendumSouth],
            Citations = [new Citation(SourceIds.CainReferendums)],
        },
        new Phase(new PhaseId("phase-assembly"), 1, [En.Text("Assembly election, 25 June 1998")])
        {
            DependsOn = [new PhaseId("phase-referendums")],
            Provisions = [ProvisionIds.AssemblyElection, ProvisionIds.StrandOne],
            Citations = [new Citation(SourceIds.CainReferendums)],
        },
        new Phase(new PhaseId("phase-two-years"), 2, [En.Text("Two-year periods: decommissioning from the referendums, release of qualifying prisoners from the start of the scheme")])
        {
            DependsOn = [new PhaseId("phase-referendums")],
            Provisions = [ProvisionIds.Decommissioning, ProvisionIds.Prisoners],
            Citations = [new Citation(SourceIds.IrishTimesIicdBackground), new Citation(SourceIds.KrocPrisoners)],
        },
    ];
}
