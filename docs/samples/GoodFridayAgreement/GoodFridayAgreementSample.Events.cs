using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.Topics;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's events.</summary>
    public static class EventIds
    {
        /// <summary>The opening of the multi-party talks on 10 June 1996.</summary>
        public static readonly NegotiationEventId TalksOpen = new("talks-open-1996-06-10");

        /// <summary>The plenary launched under Mitchell's chairmanship in the early hours of 12 June 1996.</summary>
        public static readonly NegotiationEventId MitchellTakesChair = new("mitchell-takes-chair-1996-06-12");

        /// <summary>The two governments sign the agreement establishing the decommissioning commission.</summary>
        public static readonly NegotiationEventId IicdEstablished = new("iicd-established-1997-08-26");

        /// <summary>The Strand Two meeting of 20 January 1998.</summary>
        public static readonly NegotiationEventId StrandTwoMeeting = new("strand-two-meeting-1998-01-20");

        /// <summary>The agreement reached on Good Friday, 10 April 1998.</summary>
        public static readonly NegotiationEventId AgreementReached = new("agreement-reached-1998-04-10");

        /// <summary>The referendum in Northern Ireland, 22 May 1998.</summary>
        public static readonly NegotiationEventId ReferendumNorth = new("referendum-northern-ireland-1998-05-22");

        /// <summary>The referendum in Ireland, 22 May 1998.</summary>
        public static readonly NegotiationEventId ReferendumSouth = new("referendum-ireland-1998-05-22");

        /// <summary>The election to the Northern Ireland Assembly, 25 June 1998.</summary>
        public static readonly NegotiationEventId AssemblyElection = new("assembly-election-1998-06-25");

        /// <summary>Royal assent to the Northern Ireland (Sentences) Act 1998.</summary>
        public static readonly NegotiationEventId SentencesAct = new("sentences-act-royal-assent-1998-07-28");

        /// <summary>The policing commission presents its report, 9 September 1999.</summary>
        public static readonly NegotiationEventId PattenReport = new("patten-report-1999-09-09");
    }

    private static readonly Place CastleBuildings = new() { Name = "Castle Buildings, Stormont, Belfast", TimeZone = "Europe/London" };

    private static ValueList<NegotiationEvent> Events() =>
    [
        Took(new NegotiationEvent(EventIds.TalksOpen, EventKind.NegotiationRound, [En.Text("The multi-party negotiations on Northern Ireland open")])
        {
            When = When.Parse("1996-06-10[Europe/London]"),
            Place = CastleBuildings with { Name = "Stormont, Belfast" },
            Participants = [new Participant(ActorIds.UnitedKingdom, ParticipantRole.Principal), new Participant(ActorIds.Ireland, ParticipantRole.Principal),
                new Participant(ActorIds.Uup, ParticipantRole.Principal), new Participant(ActorIds.Dup, ParticipantRole.Principal)],
            Notes = "Nine parties took part, among them the UUP and the DUP; Sinn Féin was expected to be excluded unless the IRA renewed its ceasefire (Spokesman-Review, 7 June 1996). "
                + "It appears among the participants in the Strand Two record of January 1998.",
            Citations = [new Citation(SourceIds.Spokesman), new Citation(SourceIds.LaTimes)],
        }, SourceIds.LaTimes),
        Took(new NegotiationEvent(EventIds.MitchellTakesChair, EventKind.NegotiationRound, [En.Text("The plenary opens under George Mitchell's chairmanship")])
        {
            When = When.Parse("1996-06-12Tnight[Europe/London]"),
            Place = CastleBuildings with { Name = "Stormont, Belfast" },
            Parent = EventIds.TalksOpen,
            Participants = [new Participant(ActorIds.Mitchell, ParticipantRole.Mediator), new Participant(ActorIds.DeChastelain, ParticipantRole.Mediator), new Participant(ActorIds.Holkeri, ParticipantRole.Mediator)],
            Notes = "After more than 15 hours of wrangling; seven of the nine parties accepted the compromise on the rules, the DUP and a small party allied with it did not.",
            Citations = [new Citation(SourceIds.LaTimes)],
        }, SourceIds.LaTimes),
        Took(new NegotiationEvent(EventIds.IicdEstablished, EventKind.Signing, [En.Text("The two governments establish the Independent International Commission on Decommissioning")])
        {
            When = When.Parse("1997-08-26"),
            Participants = [new Participant(ActorIds.Ireland, ParticipantRole.Principal), new Participant(ActorIds.UnitedKingdom, ParticipantRole.Principal)],
            Topics = [WellKnownTopics.Security, WellKnownTopics.Monitoring],
            Citations = [new Citation(SourceIds.IicdAgreement), new Citation(SourceIds.IrishTimesIicdRemit)],
        }, SourceIds.IicdAgreement),
        Took(new NegotiationEvent(EventIds.StrandTwoMeeting, EventKind.NegotiationRound, [En.Text("Strand Two meeting on North/South issues")])
        {
            When = When.Parse("1998-01-20T11:12[Europe/London]"),
            Place = CastleBuildings,
            Participants =
            [
                new Participant(ActorIds.Holkeri, ParticipantRole.Mediator), new Participant(ActorIds.DeChastelain, ParticipantRole.Mediator),
                new Participant(ActorIds.UnitedKingdom, ParticipantRole.Principal), new Participant(ActorIds.Ireland, ParticipantRole.Principal),
                .. TalksParties.Select(p => new Participant(p, ParticipantRole.Principal)),
            ],
            Notes = "Convened at 11:12 by Holkeri; the chairmen condemned the renewed cycle of violence.",
            Citations = [new Citation(SourceIds.StrandTwoRecord)],
        }, SourceIds.StrandTwoRecord),
        Took(new NegotiationEvent(EventIds.AgreementReached, EventKind.Signing, [En.Text("Agreement reached in the multi-party negotiations (Good Friday)")])
        {
            When = When.Parse("1998-04-10[Europe/London]"),
            Place = CastleBuildings with { Name = "Stormont, Belfast" },
            Participants = [new Participant(ActorIds.UnitedKingdom, ParticipantRole.Principal), new Participant(ActorIds.Ireland, ParticipantRole.Principal),
                .. TalksParties.Select(p => new Participant(p, ParticipantRole.Principal)), new Participant(ActorIds.Mitchell, ParticipantRole.Mediator)],
            Topics = [WellKnownTopics.Governance, WellKnownTopics.Referendum, WellKnownTopics.Security, WellKnownTopics.Prisoners],
            Notes = "The parties listed are the eight recorded as present in the Strand Two meeting of January 1998.",
            Citations = [new Citation(SourceIds.AgreementText), new Citation(SourceIds.Independent), new Citation(SourceIds.StrandTwoRecord)],
        }, SourceIds.AgreementText),
        Took(new NegotiationEvent(EventIds.ReferendumNorth, EventKind.Other, [En.Text("Referendum in Northern Ireland on the agreement")])
        {
            When = When.Parse("1998-05-22[Europe/London]"),
            Place = new Place { Name = "Northern Ireland", TimeZone = "Europe/London", Territory = TerritoryIds.NorthernIreland },
            Topics = [WellKnownTopics.Referendum],
            Notes = "The question and the results as each source gives them are in the vote referendum-northern-ireland-1998.",
            Citations = [new Citation(SourceIds.CainReferendums), new Citation(SourceIds.ArkReferendums)],
        }, SourceIds.CainReferendums),
        Took(new NegotiationEvent(EventIds.ReferendumSouth, EventKind.Other, [En.Text("Referendum in Ireland on the Nineteenth Amendment of the Constitution Bill, 1998")])
        {
            When = When.Parse("1998-05-22T08:00[Europe/Dublin]/1998-05-22T22:00[Europe/Dublin]"),
            Place = new Place { Name = "Ireland", TimeZone = "Europe/Dublin", Territory = TerritoryIds.Ireland },
            Topics = [WellKnownTopics.Referendum],
            Notes = "Polling from 8 a.m. to 10 p.m.; a referendum on the Treaty of Amsterdam was held the same day. The question and the results as each source gives them "
                + "are in the vote referendum-ireland-1998.",
            Citations = [new Citation(SourceIds.ReferendumIe), new Citation(SourceIds.ArkReferendums), new Citation(SourceIds.CainReferendums)],
        }, SourceIds.ReferendumIe),
        new NegotiationEvent(EventIds.AssemblyElection, EventKind.Other, [En.Text("Election to the Northern Ireland Assembly")])
        {
            When = When.Parse("1998-06-25[Europe/London]"),
            Place = new Place { Name = "Northern Ireland", TimeZone = "Europe/London", Territory = TerritoryIds.NorthernIreland },
            StatusHistory =
            [
                new StatusChange<EventStatus>(EventStatus.Scheduled, When.Parse("1998-05-22[Europe/London]/..")) { Citations = [new Citation(SourceIds.CainReferendums)], Notes = "The final stage of the process, as CAIN put it after the referendums." },
                new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("1998-06-25[Europe/London]")) { Citations = [new Citation(SourceIds.ArkReferendums)], Notes = "ARK compares the Assembly election's turnout of June 1998 with the referendum's." },
            ],
            Topics = [WellKnownTopics.Elections],
            Citations = [new Citation(SourceIds.CainReferendums), new Citation(SourceIds.ArkReferendums)],
        },
        Took(new NegotiationEvent(EventIds.SentencesAct, EventKind.Other, [En.Text("Royal assent to the Northern Ireland (Sentences) Act 1998")])
        {
            When = When.Parse("1998-07-28[Europe/London]"),
            Participants = [new Participant(ActorIds.UnitedKingdom, ParticipantRole.Principal)],
            Topics = [WellKnownTopics.Prisoners],
            Notes = "The bill had its second reading in the House of Commons on 10 June 1998.",
            Citations = [new Citation(SourceIds.KrocPrisoners), new Citation(SourceIds.SentencesAct)],
        }, SourceIds.SentencesAct),
        Took(new NegotiationEvent(EventIds.PattenReport, EventKind.Announcement, [En.Text("The Independent Commission on Policing presents its report")])
        {
            When = When.Parse("1999-09-09Tmorning[Europe/London]"),
            Participants = [new Participant(ActorIds.PolicingCommission, ParticipantRole.Principal), new Participant(ActorIds.Patten, ParticipantRole.Principal)],
            Topics = [WellKnownTopics.Security],
            Notes = "After fifteen months of work, public meetings in every district council area and 2,500 written submissions; all recommendations unanimous.",
            Citations = [new Citation(SourceIds.PattenStatement), new Citation(SourceIds.IrishTimesPattenReview)],
        }, SourceIds.PattenStatement),
    ];

    private static NegotiationEvent Took(NegotiationEvent happened, SourceId reportedBy) =>
        happened with { StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, happened.When!) { Citations = [new Citation(reportedBy)] }] };

    /// <summary>The identifiers of the sample's statements.</summary>
    public static class StatementIds
    {
        /// <summary>Paisley: the appointment of Mitchell is outrageous.</summary>
        public static readonly StatementId PaisleyOutrageous = new("paisley-mitchell-appointment");

        /// <summary>Mitchell: the chairmen will act fairly and impartially.</summary>
        public static readonly StatementId MitchellImpartial = new("mitchell-impartiality");

        /// <summary>The participants' commitment to decommissioning within two years.</summary>
        public static readonly StatementId DecommissioningCommitment = new("participants-decommissioning-commitment");

        /// <summary>Patten presents a unanimous report.</summary>
        public static readonly StatementId PattenUnanimous = new("patten-unanimous-report");
    }

    private static ValueList<Statement> Statements() =>
    [
        new Statement(StatementIds.PaisleyOutrageous, [ActorIds.Paisley], [En.Text("The appointment of George Mitchell to chair the talks is outrageous; he may boycott the plenary sessions Mitchell chairs.")])
        {
            OnBehalfOf = ActorIds.Dup,
            When = When.Parse("1996-06-06[Europe/London]/1996-06-12[Europe/London]"),
            Mode = StatementMode.Paraphrase,
            Act = ActType.Reject,
            About = [EntityReference.To(ProposalIds.ChairingArrangements), EntityReference.To(ActorIds.Mitchell)],
            Notes = "The Spokesman-Review quotes him calling the appointment \"absolutely outrageous\"; the Los Angeles Times reports that he would boycott plenary sessions chaired by Mitchell.",
            Citations = [new Citation(SourceIds.Spokesman), new Citation(SourceIds.LaTimes)],
        },
        new Statement(StatementIds.MitchellImpartial, [ActorIds.Mitchell, ActorIds.DeChastelain, ActorIds.Holkeri],
            [En.Text("The chairmen are motivated solely by a desire to help the people of Northern Ireland and will meet their responsibilities fairly and impartially.")])
        {
            OnBehalfOf = ActorIds.IndependentChairmen,
            Event = EventIds.MitchellTakesChair,
            When = When.Parse("1996-06-12[Europe/London]"),
            Mode = StatementMode.Written,
            Act = ActType.Comment,
            About = [EntityReference.To(ProposalIds.ChairingArrangements)],
            Citations = [new Citation(SourceIds.LaTimes)],
        },
        new Statement(StatementIds.DecommissioningCommitment, [.. TalksParties],
            [En.Text("The participants reaffirm their commitment to the total disarmament of all paramilitary organisations, will work with the Independent Commission, and will use any influence they have to achieve the decommissioning of all paramilitary arms within two years of the referendums' endorsement.")])
        {
            Event = EventIds.AgreementReached,
            When = When.Parse("1998-04-10[Europe/London]"),
            Mode = StatementMode.Summary,
            Act = ActType.Agree,
            About = [EntityReference.To(ProvisionIds.Decommissioning), EntityReference.To(ActorIds.Iicd)],
            Topics = [WellKnownTopics.Security],
            Citations = [new Citation(SourceIds.AgreementText), new Citation(SourceIds.IrishTimesIicdBackground)],
        },
        new Statement(StatementIds.PattenUnanimous, [ActorIds.Patten], [En.Text("The commissioners present a report they all support; all its recommendations are unanimous and meet the terms of reference set in the April 1998 Agreement.")])
        {
            OnBehalfOf = ActorIds.PolicingCommission,
            Event = EventIds.PattenReport,
            When = When.Parse("1999-09-09Tmorning[Europe/London]"),
            Mode = StatementMode.Paraphrase,
            Act = ActType.Announce,
            About = [EntityReference.To(ProvisionIds.Policing)],
            Citations = [new Citation(SourceIds.PattenStatement)],
        },
    ];
}
