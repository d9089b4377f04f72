using CsCheck;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using static NegotiationModel.Tests.Timelines.TimelineTestData;

namespace NegotiationModel.Tests.Timelines;

/// <summary>
/// An entry about a whole entity, as <see cref="Timeline.Build"/> makes it, is identified by its subject's reference
/// without holding that text: it must order, compare equal and hash as an entry given the same identifier does.
/// </summary>
public sealed class TimelineEntryIdTest
{
    private static readonly TimeWindow[] Windows = [Window(Utc(2025, 12, 28), Utc(2025, 12, 29)), Window(Utc(2025, 12, 28), null)];

    private static readonly EntityKind[] Kinds = [EntityKind.NegotiationEvent, EntityKind.Statement, EntityKind.Source, EntityKind.Actor];

    private static readonly string[] Identifiers = ["a", "a-1", "a1", "b", "event", "s", "z"];

    // Identifiers given whole, chosen to share a prefix with, or run into, the references' texts.
    private static readonly string[] Given = ["event", "event:", "event:a", "event:a#status-1", "event:a-", "events", "source:z", "statement:a", "s", "actor:b#x"];

    private static readonly Gen<TimelineEntry> GenEntry =
        from kind in Gen.OneOf(Kinds)
        from id in Gen.OneOf(Identifiers)
        from window in Gen.OneOf(Windows)
        from given in Gen.Int[-Given.Length, Given.Length - 1]
        select given < 0
            ? new TimelineEntry(TimelineEntryKind.Event, new EntityReference(kind, id), "label", When.Parse("2025-12-28"), window)
            : new TimelineEntry(Given[given], TimelineEntryKind.Event, new EntityReference(kind, id), "label", When.Parse("2025-12-28"), window);

    [Fact]
    public void Entries_order_by_their_identifiers_texts_whether_made_or_given()
    {
        Gen.Select(GenEntry, GenEntry).Sample((x, y) =>
        {
            var byWindow = TimeWindowComparer.Instance.Compare(x.Window, y.Window);
            var expected = byWindow != 0 ? byWindow : string.CompareOrdinal(x.Id, y.Id);

            Math.Sign(TimelineEntryComparer.Instance.Compare(x, y)).Should().Be(Math.Sign(expected), $"{x.Id} against {y.Id}");
        }, iter: 4000);
    }

    [Fact]
    public void Entries_are_equal_and_hash_alike_when_their_identifiers_texts_are()
    {
        Gen.Select(GenEntry, GenEntry).Sample((x, y) =>
        {
            var same = x.Window == y.Window && x.Subject == y.Subject && x.Id == y.Id;

            x.Equals(y).Should().Be(same, $"{x.Id} against {y.Id}");
            var copy = new TimelineEntry(x.Id, x.Kind, x.Subject, x.Label, x.When, x.Window);
            copy.Should().Be(x);
            copy.GetHashCode().Should().Be(x.GetHashCode());
        }, iter: 4000);
    }

    [Fact]
    public void A_timeline_sorts_made_and_given_identifiers_together()
    {
        GenEntry.Array[0, 60].Sample(entries =>
        {
            var timeline = new Timeline(entries);

            timeline.Entries.Should().Equal(entries.OrderBy(e => e.Window, TimeWindowComparer.Instance).ThenBy(e => e.Id, StringComparer.Ordinal));
        }, iter: 400);
    }
}
