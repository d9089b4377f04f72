using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NodaTime;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's events.</summary>
    public static class EventIds
    {
        /// <summary>The first Putin–Trump phone call, before the meeting (1 h 15 min).</summary>
        public static readonly NegotiationEventId FirstCall = new("putin-trump-call-1");

        /// <summary>The meeting in Miami, the afternoon of 28 December, local time.</summary>
        public static readonly NegotiationEventId MiamiMeeting = new("miami-meeting");

        /// <summary>The joint press conference after the meeting.</summary>
        public static readonly NegotiationEventId PressConference = new("joint-press-conference");

        /// <summary>The second Putin–Trump phone call, after the meeting.</summary>
        public static readonly NegotiationEventId SecondCall = new("putin-trump-call-2");

        /// <summary>The settling of the working groups' details, expected early in January 2026.</summary>
        public static readonly NegotiationEventId WorkingGroupDetails = new("working-group-details");
    }

    private static readonly Place Miami = new()
    {
        Name = "Miami, Florida",
        TimeZone = "America/New_York",
        Coordinates = new GeoCoordinates(25.7617, -80.1918),
    };

    private static ValueList<NegotiationEvent> Events() =>
    [
        new NegotiationEvent(EventIds.FirstCall, EventKind.PhoneCall, [En("Phone call between Putin and Trump before the Miami meeting"), Ja("プーチン大統領とトランプ大統領の電話会談", isOriginal: false)])
        {
            When = When.Parse("2025-12-28[America/New_York]!/before(event:miami-meeting)"),
            Duration = Duration.FromMinutes(75),
            Participants = [new Participant(ActorIds.Putin, ParticipantRole.Principal), new Participant(ActorIds.Trump, ParticipantRole.Principal)],
            StatusHistory =
            [
                new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2025-12-28[Europe/Moscow]!"))
                {
                    Citations = [new Citation(SourceIds.Nhk) { Quote = Ja("会談を前にプーチン大統領がトランプ大統領と1時間15分にわたって電話会談を行ったと発表しました", isOriginal: false) }],
                    Notes = "Announced by Ushakov on the 28th.",
                },
            ],
            Topics = [WellKnownTopics.Ceasefire, WellKnownTopics.Referendum],
            Citations = [new Citation(SourceIds.Nhk) { Revision = 1 }],
        },
        new NegotiationEvent(EventIds.MiamiMeeting, EventKind.Meeting, [En("Meeting of Trump and officials with Zelensky and officials"), Ja("トランプ大統領らとゼレンスキー氏らとの首脳・高官会談")])
        {
            When = When.Parse("2025-12-28Tafternoon[America/New_York]!"),
            Place = Miami,
            Participants =
            [
                new Participant(ActorIds.Trump, ParticipantRole.Host) { OnBehalfOf = ActorIds.UnitedStates },
                new Participant(ActorIds.Zelensky, ParticipantRole.Principal) { OnBehalfOf = ActorIds.Ukraine },
            ],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2025-12-28Tafternoon[America/New_York]!")) { Citations = [new Citation(SourceIds.Nhk)] }],
            Topics = [WellKnownTopics.Territory, WellKnownTopics.Security, WellKnownTopics.Economy],
            Notes = "Officials of both sides took part; the sources do not name them. \"The 28th, afternoon, local time\": the year is inferred.",
            Citations = [new Citation(SourceIds.Blog) { Quote = Ja("現地時間の28日午後、フロリダ州のマイアミで開かれ") }, new Citation(SourceIds.Nhk)],
        },
        new NegotiationEvent(EventIds.PressConference, EventKind.PressConference, [En("Joint press conference of Trump and Zelensky"), Ja("トランプ大統領とゼレンスキー氏との共同記者会見")])
        {
            When = When.Parse("after(event:miami-meeting)"),
            Place = Miami,
            Participants = [new Participant(ActorIds.Trump, ParticipantRole.Principal), new Participant(ActorIds.Zelensky, ParticipantRole.Principal)],
            StatusHistory = [new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2025-12-28[America/New_York]!")) { Citations = [new Citation(SourceIds.Nhk)] }],
            Citations = [new Citation(SourceIds.Nhk), new Citation(SourceIds.Blog)],
        },
        new NegotiationEvent(EventIds.SecondCall, EventKind.PhoneCall, [En("Second phone call between Putin and Trump, after the meeting"), Ja("プーチン大統領とトランプ大統領の再度の電話会談", isOriginal: false)])
        {
            When = When.Parse("after(event:joint-press-conference)"),
            Participants = [new Participant(ActorIds.Putin, ParticipantRole.Principal), new Participant(ActorIds.Trump, ParticipantRole.Principal)],
            StatusHistory =
            [
                new StatusChange<EventStatus>(EventStatus.Announced, When.Parse("2025-12-28[Europe/Moscow]!"))
                {
                    Citations = [new Citation(SourceIds.Nhk) { Quote = Ja("会談のあと、ふたたびプーチン大統領とトランプ大統領の電話会談が行われるとしています", isOriginal: false) }],
                    Notes = "Announced in advance by Ushakov.",
                },
                new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("after(event:joint-press-conference)"))
                {
                    Citations = [new Citation(SourceIds.Blog) { Quote = Ja("トランプ大統領はプーチン大統領と再度、電話会談を行っている"), Credibility = CredibilityGrade.CannotBeJudged }],
                    Notes = "Only the blog's author says it took place.",
                },
            ],
            Citations = [new Citation(SourceIds.Nhk), new Citation(SourceIds.Blog)],
        },
        new NegotiationEvent(EventIds.WorkingGroupDetails, EventKind.NegotiationRound, [En("Specifics of the two working groups to be decided"), Ja("作業部会の具体的な内容を決める", isOriginal: false)])
        {
            When = When.Parse("2026-01-early[Europe/Moscow]"),
            Participants = [new Participant(ActorIds.UnitedStates, ParticipantRole.Principal), new Participant(ActorIds.Russia, ParticipantRole.Principal)],
            StatusHistory =
            [
                new StatusChange<EventStatus>(EventStatus.Scheduled, When.Parse("2025-12-28[Europe/Moscow]!"))
                {
                    Citations = [new Citation(SourceIds.Nhk) { Quote = Ja("来月上旬にも具体的な内容を決めるとしています", isOriginal: false) }, new Citation(SourceIds.Yomiuri)],
                },
            ],
            Topics = [WellKnownTopics.Security, WellKnownTopics.Economy],
            Notes = "\"Early next month\" (来月上旬), said on 28 December 2025: days 1–10 of January 2026.",
            Citations = [new Citation(SourceIds.Nhk)],
        },
    ];
}
