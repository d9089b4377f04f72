using NegotiationModel.Identifiers;
using NegotiationModel.Mandates;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Votes;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's votes.</summary>
    public static class VoteIds
    {
        /// <summary>The referendum in Northern Ireland on the agreement, 22 May 1998.</summary>
        public static readonly VoteId ReferendumNorth = new("referendum-northern-ireland-1998");

        /// <summary>The referendum in Ireland on the Nineteenth Amendment of the Constitution Bill, 22 May 1998.</summary>
        public static readonly VoteId ReferendumSouth = new("referendum-ireland-1998");
    }

    /// <summary>The identifiers of the sample's mandates.</summary>
    public static class MandateIds
    {
        /// <summary>The decommissioning commission's mandate from the two governments' agreement of 26 August 1997.</summary>
        public static readonly MandateId Decommissioning = new("iicd-mandate-1997");
    }

    // Each source's figures stay its own: ARK rounds to one decimal and gives a lower turnout for Ireland than the
    // Referendum Commission; CAIN's first draft gives another turnout for Northern Ireland.
    private static ValueList<Vote> Votes() =>
    [
        new Vote(VoteIds.ReferendumNorth, VoteKind.Referendum)
        {
            Title = [En.Text("Referendum in Northern Ireland on the agreement")],
            Question = [En.Original("Do you support the agreement reached at the multi-party talks on Northern Ireland and set out in Command Paper 3883?")],
            Electorate = [En.Text("The electorate of Northern Ireland")],
            Territory = TerritoryIds.NorthernIreland,
            When = When.Parse("1998-05-22[Europe/London]"),
            Proposal = ProposalIds.Agreement,
            Results =
            [
                new VoteResult
                {
                    Counts = [new VoteCount(VoteChoice.Yes) { Count = 676_966, Share = 71.1 }, new VoteCount(VoteChoice.No) { Count = 274_879, Share = 28.9 }],
                    Turnout = 81.1,
                    Outcome = VoteOutcome.Approved,
                    Notes = "1,738 invalid ballots.",
                    Citations = [new Citation(SourceIds.ArkReferendums)],
                },
                new VoteResult { Turnout = 80.98, Citations = [new Citation(SourceIds.CainReferendums) { Notes = "A first draft of the results, as the page says." }] },
                new VoteResult
                {
                    Counts = [new VoteCount(VoteChoice.Yes) { Count = 676_966 }, new VoteCount(VoteChoice.No) { Count = 274_879 }],
                    Eligible = 1_175_403,
                    Turnout = 81.1,
                    Notes = "1,738 ballots spoilt.",
                    Citations = [new Citation(SourceIds.WikipediaReferendumNorth)],
                },
            ],
            Citations = [new Citation(SourceIds.CainReferendums), new Citation(SourceIds.ArkReferendums)],
        },
        new Vote(VoteIds.ReferendumSouth, VoteKind.Referendum)
        {
            Title = [En.Text("Referendum in Ireland on the Nineteenth Amendment of the Constitution Bill, 1998")],
            Question = [En.Original("Do you approve of the proposal to amend the Constitution contained in the undermentioned Bill? Nineteenth Amendment of the Constitution Bill, 1998")],
            Electorate = [En.Text("The electorate of Ireland")],
            Territory = TerritoryIds.Ireland,
            When = When.Parse("1998-05-22T08:00[Europe/Dublin]/1998-05-22T22:00[Europe/Dublin]"),
            Proposal = ProposalIds.Agreement,
            Results =
            [
                new VoteResult
                {
                    Counts = [new VoteCount(VoteChoice.Yes) { Count = 1_442_583 }, new VoteCount(VoteChoice.No) { Count = 85_748 }],
                    Eligible = 2_747_088,
                    Cast = 1_545_395,
                    Turnout = 56.26,
                    Outcome = VoteOutcome.Approved,
                    Notes = "17,064 invalid ballot papers; the Bill was signed by the President on 3 June 1998.",
                    Citations = [new Citation(SourceIds.ReferendumIe)],
                },
                new VoteResult
                {
                    Counts = [new VoteCount(VoteChoice.Yes) { Count = 1_442_583, Share = 94.4 }, new VoteCount(VoteChoice.No) { Count = 85_748, Share = 5.6 }],
                    Turnout = 55.6,
                    Notes = "17,064 invalid.",
                    Citations = [new Citation(SourceIds.ArkReferendums)],
                },
            ],
            Citations = [new Citation(SourceIds.ReferendumIe), new Citation(SourceIds.ArkReferendums)],
        },
    ];

    /// <summary>The agreement's status after it was reached: signed, ratified by each referendum, in force.</summary>
    private static ValueList<StatusChange<ProposalStatus>> AgreementStatusHistory() =>
    [
        new StatusChange<ProposalStatus>(ProposalStatus.Accepted, When.Parse("1998-04-10[Europe/London]")) { Citations = [new Citation(SourceIds.AgreementText), new Citation(SourceIds.Independent)] },
        new StatusChange<ProposalStatus>(ProposalStatus.Signed, When.Parse("1998-04-10[Europe/London]")) { Citations = [new Citation(SourceIds.AgreementText), new Citation(SourceIds.WikipediaAgreement)] },
        new StatusChange<ProposalStatus>(ProposalStatus.Ratified, When.Parse("1998-05-22[Europe/London]"))
        {
            Cause = EntityReference.To(VoteIds.ReferendumNorth),
            Citations = [new Citation(SourceIds.ArkReferendums) { Notes = "The agreement was ratified in referendums in Northern Ireland and in the Republic on 22 May 1998." }],
        },
        new StatusChange<ProposalStatus>(ProposalStatus.Ratified, When.Parse("1998-05-22[Europe/Dublin]"))
        {
            Cause = EntityReference.To(VoteIds.ReferendumSouth),
            Citations = [new Citation(SourceIds.ArkReferendums)],
        },
        new StatusChange<ProposalStatus>(ProposalStatus.InForce, When.Parse("1999-12-02")) { Citations = [new Citation(SourceIds.WikipediaAgreement) { Notes = "The British-Irish Agreement came into force on 2 December 1999." }] },
    ];

    private static ValueList<Mandate> Mandates() =>
    [
        new Mandate(MandateIds.Decommissioning, EntityReference.To(ActorIds.Iicd))
        {
            Title = [En.Text("Mandate of the Independent International Commission on Decommissioning")],
            GrantedBy = [ActorIds.UnitedKingdom, ActorIds.Ireland],
            Instrument = SourceIds.IicdAgreement,
            Tasks =
            [
                En.Text("Consult the governments, the participants and paramilitary groups, and propose how to achieve decommissioning."),
                En.Text("Observe, monitor and verify decommissioning; receive and audit arms; report periodically to the two governments."),
            ],
            TermStart = When.Parse("1997-08-26"),
            Citations = [new Citation(SourceIds.IicdAgreement), new Citation(SourceIds.IrishTimesIicdRemit)],
        },
    ];
}
