using CsCheck;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Timelines;

public sealed class TimelineEntryTest
{
    private static readonly EntityReference MeetingReference = new(EntityKind.NegotiationEvent, "miami-meeting");

    private static TimelineEntry MeetingEntry() =>
        new("event:miami-meeting", TimelineEntryKind.Event, MeetingReference, "Meeting of Trump and Zelensky", When.Parse(Meeting + "!"), Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 23)))
        {
            Actors = [new ActorId("trump"), new ActorId("zelensky")],
            Topics = [new TopicId("territory")],
            Citations = [new Citation(new SourceId("nhk"))],
            KnownFrom = Utc(2025, 12, 29, 2, 36),
        };

    [Fact]
    public void An_entry_holds_what_a_printer_needs()
    {
        var entry = MeetingEntry();

        entry.Id.Should().Be("event:miami-meeting");
        entry.Kind.Should().Be(TimelineEntryKind.Event);
        entry.Subject.Should().Be(MeetingReference);
        entry.Label.Should().Be("Meeting of Trump and Zelensky");
        entry.Detail.Should().BeNull();
        entry.When.ToString().Should().Be("2025-12-28Tafternoon[America/New_York]!");
        entry.Window.Should().Be(Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 23)));
        entry.Actors.Should().Equal(new ActorId("trump"), new ActorId("zelensky"));
        entry.KnownFrom.Should().Be(Utc(2025, 12, 29, 2, 36));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_identifier_or_label_is_rejected(string blank)
    {
        var id = () => MeetingEntry() with { Id = blank };
        var label = () => MeetingEntry() with { Label = blank };
        var create = () => new TimelineEntry(blank, TimelineEntryKind.Event, MeetingReference, "label", When.Parse("2025"), default);

        id.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        label.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Label");
        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void Null_texts_and_times_are_rejected()
    {
        var id = () => new TimelineEntry(null!, TimelineEntryKind.Event, MeetingReference, "label", When.Parse("2025"), default);
        var label = () => new TimelineEntry("id", TimelineEntryKind.Event, MeetingReference, null!, When.Parse("2025"), default);
        var when = () => new TimelineEntry("id", TimelineEntryKind.Event, MeetingReference, "label", null!, default);

        id.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("Id");
        label.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("Label");
        when.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("When");
    }

    [Fact]
    public void An_undefined_kind_or_a_default_subject_is_rejected()
    {
        var kind = () => MeetingEntry() with { Kind = (TimelineEntryKind)99 };
        var subject = () => new TimelineEntry("id", TimelineEntryKind.Event, default, "label", When.Parse("2025"), default);

        kind.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
        subject.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Subject");
    }

    [Fact]
    public void Entries_are_equal_by_value_including_their_lists()
    {
        MeetingEntry().Should().Be(MeetingEntry());
        MeetingEntry().GetHashCode().Should().Be(MeetingEntry().GetHashCode());
        (MeetingEntry() with { Actors = [new ActorId("trump")] }).Should().NotBe(MeetingEntry());
        (MeetingEntry() with { Window = TimeWindow.Unbounded }).Should().NotBe(MeetingEntry());
        (MeetingEntry() with { KnownFrom = null }).Should().NotBe(MeetingEntry());
    }

    [Fact]
    public void Involves_and_concerns_look_in_the_actors_and_topics()
    {
        var entry = MeetingEntry();

        entry.Involves(new ActorId("zelensky")).Should().BeTrue();
        entry.Involves(new ActorId("putin")).Should().BeFalse();
        entry.Concerns(new TopicId("territory")).Should().BeTrue();
        entry.Concerns(new TopicId("security")).Should().BeFalse();
    }

    [Fact]
    public void The_time_shows_in_any_zone_then_as_stated()
    {
        MeetingEntry().FormatWhen(Tokyo).Should().Be("29 Dec 2025 02:00–08:00 JST (28 Dec 2025 afternoon, America/New_York, inferred)");
        MeetingEntry().FormatWhen(NewYork).Should().Be("28 Dec 2025 12:00–18:00 EST (28 Dec 2025 afternoon, America/New_York, inferred)");
        (MeetingEntry() with { Window = Window(Utc(2025, 12, 28, 17), null) }).FormatWhen(NewYork)
            .Should().StartWith("from 28 Dec 2025 12:00 EST", "the entry's window is shown, which for an event may be longer than its time as stated");
    }

    [Fact]
    public void The_text_gives_window_kind_identifier_and_label()
    {
        MeetingEntry().ToString().Should().Be("2025-12-28T17:00:00Z/2025-12-28T23:00:00Z event event:miami-meeting: Meeting of Trump and Zelensky");
        (MeetingEntry() with { Kind = TimelineEntryKind.StatusChange }).ToString().Should().Contain(" status-change ");
    }

    [Fact]
    public void The_window_and_known_from_come_back_to_the_nanosecond()
    {
        var instant = Gen.Frequency(
            (8, from ticks in Gen.Long[Instant.MinValue.ToUnixTimeTicks(), Instant.MaxValue.ToUnixTimeTicks()]
                from nanoseconds in Gen.Int[0, 99]
                select Instant.FromUnixTimeTicks(ticks).PlusNanoseconds(nanoseconds)),
            (1, Gen.OneOf(Instant.MinValue, Instant.MaxValue, NodaConstants.UnixEpoch, NodaConstants.UnixEpoch.PlusNanoseconds(-1), NodaConstants.UnixEpoch.PlusNanoseconds(1))));

        Gen.Select(instant, instant, Gen.Int[0, 3]).Sample((first, second, open) =>
        {
            var (earliest, latest) = first < second ? (first, second) : (second, first);
            var window = new TimeWindow(open == 1 ? null : earliest, open == 2 || earliest == latest ? null : latest);
            var entry = MeetingEntry() with { Window = window, KnownFrom = open == 3 ? null : first };

            entry.Window.Should().Be(window);
            entry.KnownFrom.Should().Be(open == 3 ? null : first);
        }, iter: 2000);
    }

    [Fact]
    public void An_entry_of_a_timeline_equals_one_made_with_its_identifier_and_keeps_that_identifier_in_copies()
    {
        var record = new NegotiationRecord("Test") { Events = [TimelineTestData.Event("miami-meeting", "2025-12-28")] };
        var entry = Timeline.Build(record).Entries.Single();
        var made = new TimelineEntry(entry.Id, entry.Kind, entry.Subject, entry.Label, entry.When, entry.Window) { Actors = entry.Actors, KnownFrom = entry.KnownFrom };

        entry.Id.Should().Be("event:miami-meeting");
        made.Should().Be(entry);
        entry.Should().Be(made);
        made.GetHashCode().Should().Be(entry.GetHashCode());
        (entry with { Subject = MeetingReference with { } }).Should().Be(entry);
        (entry with { Subject = TimelineTestData.EventRef("other") }).Id.Should().Be("event:miami-meeting", "an identifier does not follow a copy's new subject");
        (entry with { Id = "event:other" }).Should().NotBe(entry);
    }
}
