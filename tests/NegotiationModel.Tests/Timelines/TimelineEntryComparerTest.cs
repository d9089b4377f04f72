using NegotiationModel.Time;
using NegotiationModel.Timelines;
using static NegotiationModel.Tests.Timelines.TimelineTestData;

namespace NegotiationModel.Tests.Timelines;

public sealed class TimelineEntryComparerTest
{
    private static TimelineEntry Entry(string id, TimeWindow window)
        => new(id, TimelineEntryKind.Event, EventRef(id), id, When.Parse("2025-12-28"), window);

    private static readonly TimeWindow Day = Window(Utc(2025, 12, 28), Utc(2025, 12, 29));

    [Fact]
    public void Entries_with_equal_windows_sort_by_identifier_ordinally()
    {
        var comparer = TimelineEntryComparer.Instance;

        comparer.Compare(Entry("a", Day), Entry("b", Day)).Should().BeNegative();
        comparer.Compare(Entry("B", Day), Entry("a", Day)).Should().BeNegative("upper-case letters come first ordinally");
        comparer.Compare(Entry("a", Day), Entry("a", Day)).Should().Be(0);
    }

    [Fact]
    public void The_window_comes_before_the_identifier()
    {
        var comparer = TimelineEntryComparer.Instance;

        comparer.Compare(Entry("z", Window(Utc(2025, 12, 27), Utc(2025, 12, 28))), Entry("a", Day)).Should().BeNegative("definitely before");
        comparer.Compare(Entry("z", Window(Utc(2025, 12, 28), Utc(2025, 12, 28, 12))), Entry("a", Day)).Should().BeNegative("same start, earlier end");
        comparer.Compare(Entry("a", Window(null, Utc(2025, 12, 29))), Entry("a", Day)).Should().BeNegative("an open start is first");
        comparer.Compare(Entry("a", Window(Utc(2025, 12, 28), null)), Entry("z", Day)).Should().BePositive("an open end is last");
    }

    [Fact]
    public void Null_sorts_first()
    {
        var comparer = TimelineEntryComparer.Instance;

        comparer.Compare(null, Entry("a", Day)).Should().BeNegative();
        comparer.Compare(Entry("a", Day), null).Should().BePositive();
        comparer.Compare(null, null).Should().Be(0);
    }
}
