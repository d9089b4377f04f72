using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Tests.Events;

public sealed class NegotiationEventTest
{
    private static readonly NegotiationEventId FirstCallId = new("putin-trump-call-1");

    // The first Putin–Trump call: before the Miami meeting, 1 h 15 min, announced by Ushakov.
    private static NegotiationEvent FirstCall() => new(FirstCallId, EventKind.PhoneCall,
    [
        new LocalizedText("Putin–Trump phone call before the Miami meeting", "en"),
        new LocalizedText("プーチン大統領とトランプ大統領の電話会談", "ja", isOriginal: true),
    ])
    {
        Description = [new LocalizedText("Announced by Yuri Ushakov, aide to the Russian President.", "en")],
        When = When.Parse("2025-12-28"),
        Duration = Duration.FromHours(1) + Duration.FromMinutes(15),
        Participants =
        [
            new Participant(new ActorId("putin"), ParticipantRole.Principal),
            new Participant(new ActorId("trump"), ParticipantRole.Principal),
        ],
        StatusHistory =
        [
            new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2025-12-28")) { Citations = [new Citation(new SourceId("nhk-2025-12-29"))] },
        ],
        Topics = [new TopicId("ukraine-settlement")],
        Citations = [new Citation(new SourceId("nhk-2025-12-29"))],
    };

    // The second call: announced in advance by Ushakov, later reported by the blog author as having happened.
    private static NegotiationEvent SecondCall() => new(new NegotiationEventId("putin-trump-call-2"), EventKind.PhoneCall,
        [new LocalizedText("Putin–Trump phone call after the Miami meeting", "en")])
    {
        StatusHistory =
        [
            new StatusChange<EventStatus>(EventStatus.Announced, When.Parse("2025-12-28")) { Citations = [new Citation(new SourceId("nhk-2025-12-29"))] },
            new StatusChange<EventStatus>(EventStatus.TookPlace, When.Parse("2025-12-29")) { Citations = [new Citation(new SourceId("blog-2025-12-30"))] },
        ],
    };

    private static NegotiationEvent PressConference() => new(new NegotiationEventId("miami-press-conference"), EventKind.PressConference,
        [new LocalizedText("Joint press conference of Trump and Zelensky", "en")])
    {
        Parent = new NegotiationEventId("miami-meeting"),
        Place = new Place { Name = "Miami, Florida", TimeZone = "America/New_York" },
        Participants =
        [
            new Participant(new ActorId("trump"), ParticipantRole.Host),
            new Participant(new ActorId("zelensky"), ParticipantRole.Principal),
        ],
    };

    [Fact]
    public void An_event_keeps_what_it_was_built_with()
    {
        var call = FirstCall();

        call.Id.Should().Be(FirstCallId);
        call.Kind.Should().Be(EventKind.PhoneCall);
        call.Title.Should().HaveCount(2);
        call.Duration.Should().Be(Duration.FromMinutes(75));
        call.Participants.Select(p => p.Actor.Value).Should().Equal("putin", "trump");
        call.Place.Should().BeNull("a phone call has no one place");
        call.Parent.Should().BeNull();
        ((IRecordEntity)call).Reference.Should().Be(EntityReference.To(FirstCallId));
    }

    [Fact]
    public void Events_with_equal_members_are_equal()
    {
        FirstCall().Should().Be(FirstCall());
        FirstCall().GetHashCode().Should().Be(FirstCall().GetHashCode());
        SecondCall().Should().Be(SecondCall());
    }

    [Fact]
    public void A_different_participant_role_makes_events_unequal()
    {
        var call = FirstCall();
        var changed = call with { Participants = [new Participant(new ActorId("putin"), ParticipantRole.Principal), new Participant(new ActorId("trump"), ParticipantRole.Host)] };

        changed.Should().NotBe(call);
    }

    [Fact]
    public void A_different_status_history_makes_events_unequal()
    {
        var call = SecondCall();
        var onlyAnnounced = call with { StatusHistory = [call.StatusHistory[0]] };

        onlyAnnounced.Should().NotBe(call);
    }

    [Fact]
    public void An_event_needs_a_non_default_identifier()
    {
        var create = () => new NegotiationEvent(default, EventKind.Meeting, [new LocalizedText("Meeting", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void An_undefined_kind_is_rejected()
    {
        var create = () => new NegotiationEvent(FirstCallId, (EventKind)0, [new LocalizedText("Call", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void An_event_needs_a_title()
    {
        var create = () => new NegotiationEvent(FirstCallId, EventKind.PhoneCall, []);

        create.Should().Throw<ArgumentException>().WithMessage("An event needs a title in at least one language.*").And.ParamName.Should().Be("Title");
    }

    [Fact]
    public void A_negative_duration_is_rejected()
    {
        var set = () => FirstCall() with { Duration = Duration.FromMinutes(-75) };

        set.Should().Throw<ArgumentException>().WithMessage("A duration cannot be negative.*").And.ParamName.Should().Be("Duration");
    }

    [Fact]
    public void A_zero_or_absent_duration_is_accepted()
    {
        (FirstCall() with { Duration = Duration.Zero }).Duration.Should().Be(Duration.Zero);
        (FirstCall() with { Duration = null }).Duration.Should().BeNull();
    }

    [Fact]
    public void A_default_parent_identifier_is_rejected()
    {
        var set = () => PressConference() with { Parent = default(NegotiationEventId) };

        set.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Parent");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var call = FirstCall();

        var clearTitle = () => call with { Title = [] };
        var clearId = () => call with { Id = default };
        var badKind = () => call with { Kind = (EventKind)99 };

        clearTitle.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Title");
        clearId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        badKind.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void An_event_reads_back_equal_to_what_was_written()
    {
        JsonRoundTrip.Of(FirstCall()).Should().Be(FirstCall());
        JsonRoundTrip.Of(SecondCall()).Should().Be(SecondCall());
        JsonRoundTrip.Of(PressConference()).Should().Be(PressConference());
    }

    [Fact]
    public void The_json_uses_camel_case_names_kebab_case_enums_and_nodatime_durations_in_hours()
    {
        var json = JsonRoundTrip.Write(FirstCall());

        json.Should().Contain("\"kind\": \"phone-call\"")
            .And.Contain("\"duration\": \"1:15:00\"")
            .And.Contain("\"statusHistory\": [")
            .And.Contain("\"status\": \"took-place\"")
            .And.Contain("\"participants\": [")
            .And.Contain("\"role\": \"principal\"")
            .And.Contain("\"isOriginal\": true")
            .And.Contain("\"topics\": [\n    \"ukraine-settlement\"\n  ]")
            .And.NotContain("\"place\"", "absent members are left out");
    }

    [Fact]
    public void The_json_of_a_part_of_another_event_names_its_parent_and_place()
    {
        var json = JsonRoundTrip.Write(PressConference());

        json.Should().Contain("\"kind\": \"press-conference\"")
            .And.Contain("\"parent\": \"miami-meeting\"")
            .And.Contain("\"timeZone\": \"America/New_York\"")
            .And.Contain("\"role\": \"host\"");
    }

    [Fact]
    public void A_negative_duration_in_json_is_rejected()
    {
        var json = JsonRoundTrip.Write(FirstCall()).Replace("\"1:15:00\"", "\"-1:15:00\"", StringComparison.Ordinal);

        var read = () => JsonRoundTrip.Read<NegotiationEvent>(json);

        read.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Duration");
    }

    [Theory]
    [InlineData(EventKind.Meeting, "meeting")]
    [InlineData(EventKind.Summit, "summit")]
    [InlineData(EventKind.PhoneCall, "phone-call")]
    [InlineData(EventKind.VideoCall, "video-call")]
    [InlineData(EventKind.PressConference, "press-conference")]
    [InlineData(EventKind.NegotiationRound, "negotiation-round")]
    [InlineData(EventKind.Signing, "signing")]
    [InlineData(EventKind.Announcement, "announcement")]
    [InlineData(EventKind.Other, "other")]
    public void Event_kinds_are_written_in_kebab_case_and_read_back(EventKind kind, string text)
    {
        JsonRoundTrip.Write(kind).Should().Be($"\"{text}\"");
        JsonRoundTrip.Read<EventKind>($"\"{text}\"").Should().Be(kind);
    }

    [Theory]
    [InlineData(EventStatus.Announced, "announced")]
    [InlineData(EventStatus.Scheduled, "scheduled")]
    [InlineData(EventStatus.TookPlace, "took-place")]
    [InlineData(EventStatus.Postponed, "postponed")]
    [InlineData(EventStatus.Cancelled, "cancelled")]
    [InlineData(EventStatus.Disputed, "disputed")]
    public void Event_statuses_are_written_in_kebab_case_and_read_back(EventStatus status, string text)
    {
        JsonRoundTrip.Write(status).Should().Be($"\"{text}\"");
        JsonRoundTrip.Read<EventStatus>($"\"{text}\"").Should().Be(status);
    }

    [Fact]
    public void ToString_gives_the_identifier_kind_and_first_title()
    {
        FirstCall().ToString().Should().Be("putin-trump-call-1 (PhoneCall): [en] Putin–Trump phone call before the Miami meeting");
    }
}
