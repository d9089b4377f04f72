using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NodaTime;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
{
    /// <summary>The identifiers of the sample's events.</summary>
    public static class EventIds
    {
        /// <summary>The OSCE Permanent Council's decision to deploy the Special Monitoring Mission.</summary>
        public static readonly NegotiationEventId SmmDecision = new("osce-smm-decision-2014-03-21");

        /// <summary>The Normandy-format summit in Minsk, overnight on 11–12 February 2015.</summary>
        public static readonly NegotiationEventId MinskSummit = new("normandy-summit-minsk-2015-02");

        /// <summary>The signing of the package by the Contact Group.</summary>
        public static readonly NegotiationEventId PackageSigning = new("package-signing-2015-02-12");

        /// <summary>The Security Council's adoption of resolution 2202 (2015).</summary>
        public static readonly NegotiationEventId Resolution2202 = new("unsc-adopts-resolution-2202");

        /// <summary>The leaders' phone call of 2 March 2015.</summary>
        public static readonly NegotiationEventId MarchCall = new("normandy-call-2015-03-02");

        /// <summary>The meeting of the four foreign ministries' representatives announced for Friday 6 March 2015.</summary>
        public static readonly NegotiationEventId OfficialsMeeting = new("normandy-officials-2015-03-06");

        /// <summary>The Contact Group's meeting in Minsk on 23 June 2015.</summary>
        public static readonly NegotiationEventId JuneRound = new("tcg-meeting-2015-06-23");

        /// <summary>A Contact Group meeting in December 2015 with all four subgroups at work.</summary>
        public static readonly NegotiationEventId DecemberRound = new("tcg-meeting-2015-12-08");
    }

    private static readonly Place Minsk = new()
    {
        Name = "Minsk, Belarus",
        TimeZone = "Europe/Minsk",
        Coordinates = new GeoCoordinates(53.9045, 27.5615),
    };

    private static ValueList<NegotiationEvent> Events() =>
    [
        new NegotiationEvent(EventIds.SmmDecision, EventKind.Announcement, [En.Text("The OSCE Permanent Council decides to deploy a Special Monitoring Mission to Ukraine")])
        {
            When = When.Parse("2014-03-21Tevening[Europe/Vienna]"),
            Place = new Place { Name = "Vienna, Austria", TimeZone = "Europe/Vienna" },
            Participants = [new Participant(ActorIds.Osce, ParticipantRole.Principal)],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2014-03-21Tevening[Europe/Vienna]")) { Citations = [new Citation(SourceIds.RiaSmm)] }],
            Topics = [WellKnownTopics.Monitoring],
            Notes = "Reached on Friday evening after days of debate, by consensus of the 57 participating States (RIA Novosti).",
            Citations = [new Citation(SourceIds.UkraineMfaSmm), new Citation(SourceIds.RiaSmm)],
        },
        new NegotiationEvent(EventIds.MinskSummit, EventKind.Summit, [En.Text("Normandy-format summit in Minsk"), Ru.Text("Саммит в нормандском формате в Минске")])
        {
            When = When.Parse("2015-02-11Tevening[Europe/Minsk]/2015-02-12[Europe/Minsk]"),
            Duration = Duration.FromHours(16),
            Place = Minsk,
            Participants =
            [
                new Participant(ActorIds.Poroshenko, ParticipantRole.Principal) { OnBehalfOf = ActorIds.Ukraine },
                new Participant(ActorIds.Putin, ParticipantRole.Principal) { OnBehalfOf = ActorIds.Russia },
                new Participant(ActorIds.Hollande, ParticipantRole.Principal) { OnBehalfOf = ActorIds.France },
                new Participant(ActorIds.Merkel, ParticipantRole.Principal) { OnBehalfOf = ActorIds.Germany },
                new Participant(ActorIds.Lukashenko, ParticipantRole.Host) { OnBehalfOf = ActorIds.Belarus },
            ],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2015-02-12[Europe/Minsk]")) { Citations = [new Citation(SourceIds.MoscowTimes)] }],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Security, WellKnownTopics.Governance],
            Notes = "The talks began on the evening of Wednesday 11 February and ran through the night into Thursday 12 February. "
                + "The FT gives 16 hours of talks, Sputnik (citing AFP) sixteen hours, Ukrainian Position more than 12 hours: the duration recorded is the two agreeing accounts.",
            Citations =
            [
                new Citation(SourceIds.MoscowTimes) { Notes = "Talks that ran all night into Thursday." },
                new Citation(SourceIds.FtText) { Notes = "After 16 hours of talks; a photograph caption has the leaders gathering on Wednesday 11 February." },
                new Citation(SourceIds.UaPositionPoroshenko) { Notes = "More than 12 hours of negotiations in the Normandy format.", Credibility = CredibilityGrade.PossiblyTrue },
            ],
        },
        new NegotiationEvent(EventIds.PackageSigning, EventKind.Signing, [En.Text("The Trilateral Contact Group signs the Package of Measures")])
        {
            When = When.Parse("2015-02-12[Europe/Minsk]"),
            Place = Minsk,
            Parent = EventIds.MinskSummit,
            Participants =
            [
                new Participant(ActorIds.Tagliavini, ParticipantRole.Mediator) { OnBehalfOf = ActorIds.Osce },
                new Participant(ActorIds.Kuchma, ParticipantRole.Principal) { OnBehalfOf = ActorIds.Ukraine },
                new Participant(ActorIds.Zurabov, ParticipantRole.Principal) { OnBehalfOf = ActorIds.Russia },
                new Participant(ActorIds.Zakharchenko, ParticipantRole.Principal),
                new Participant(ActorIds.Plotnitsky, ParticipantRole.Principal),
            ],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2015-02-12[Europe/Minsk]")) { Citations = [PackageCitation] }],
            Topics = [WellKnownTopics.Ceasefire],
            Citations = [PackageCitation, new Citation(SourceIds.Declaration)],
        },
        new NegotiationEvent(EventIds.Resolution2202, EventKind.Other, [En.Text("The UN Security Council adopts resolution 2202 (2015), endorsing the package")])
        {
            When = When.Parse("2015-02-17[America/New_York]"),
            Place = new Place { Name = "United Nations Headquarters, New York", TimeZone = "America/New_York" },
            Participants = [new Participant(ActorIds.SecurityCouncil, ParticipantRole.Principal)],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2015-02-17[America/New_York]")) { Citations = [new Citation(SourceIds.Resolution2202)] }],
            Notes = "Adopted unanimously on a draft presented by Russia (AFP, as reported by Sputnik).",
            Citations = [new Citation(SourceIds.Resolution2202), new Citation(SourceIds.SputnikResolution)],
        },
        new NegotiationEvent(EventIds.MarchCall, EventKind.PhoneCall, [En.Text("Hollande and Merkel speak with Poroshenko and Putin on implementing the package")])
        {
            When = When.Parse("2015-03-02Tevening[Europe/Paris]"),
            Participants =
            [
                new Participant(ActorIds.Hollande, ParticipantRole.Principal),
                new Participant(ActorIds.Merkel, ParticipantRole.Principal),
                new Participant(ActorIds.Poroshenko, ParticipantRole.Principal),
                new Participant(ActorIds.Putin, ParticipantRole.Principal),
            ],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2015-03-02Tevening[Europe/Paris]")) { Citations = [new Citation(SourceIds.ElyseeCall)] }],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Monitoring, WellKnownTopics.Prisoners],
            Citations = [new Citation(SourceIds.ElyseeCall)],
        },
        new NegotiationEvent(EventIds.OfficialsMeeting, EventKind.Meeting, [En.Text("The four foreign ministries' representatives meet to monitor implementation")])
        {
            When = When.Parse("2015-03-06!"),
            Participants = [Party(ActorIds.France), Party(ActorIds.Germany), Party(ActorIds.Russia), Party(ActorIds.Ukraine)],
            StatusHistory =
            [
                new StatusChange<EventStatus>(EventStatus.Scheduled, When.Parse("2015-03-02Tevening[Europe/Paris]")) { Citations = [new Citation(SourceIds.ElyseeCall)] },
            ],
            Notes = "Announced for \"Friday\" in the communiqué of Monday 2 March 2015: the date is inferred. Whether it took place is not in this record's sources.",
            Citations = [new Citation(SourceIds.ElyseeCall)],
        },
        new NegotiationEvent(EventIds.JuneRound, EventKind.NegotiationRound, [En.Text("Meeting of the Trilateral Contact Group and three of its working groups")])
        {
            When = When.Parse("2015-06-23[Europe/Minsk]"),
            Place = Minsk with { Name = "President Hotel, Minsk" },
            Participants = [new Participant(ActorIds.Sajdik, ParticipantRole.Mediator) { OnBehalfOf = ActorIds.Osce }, new Participant(ActorIds.Kuchma, ParticipantRole.Principal) { OnBehalfOf = ActorIds.Ukraine }],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2015-06-23[Europe/Minsk]")) { Citations = [new Citation(SourceIds.GordonJune)] }],
            Notes = "Closed to the press; the economic, humanitarian and political subgroups met before the Contact Group.",
            Citations = [new Citation(SourceIds.GordonJune)],
        },
        new NegotiationEvent(EventIds.DecemberRound, EventKind.NegotiationRound, [En.Text("Meeting of the Contact Group with all four subgroups at work")])
        {
            When = When.Parse("2015-12-08[Europe/Minsk]!"),
            Place = Minsk,
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2015-12-08[Europe/Minsk]!")) { Citations = [new Citation(SourceIds.RbcDecember)] }],
            Notes = "The date is that of the report, inferred from its address.",
            Citations = [new Citation(SourceIds.RbcDecember)],
        },
    ];

    private static Participant Party(ActorId state) => new(state, ParticipantRole.Principal);
}
