using NegotiationModel.Time;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class TimeWindowComparerTest
{
    [Fact]
    public void Windows_sort_by_earliest_then_latest_with_open_ends_outermost()
    {
        var windows = new[]
        {
            Resolve("2025-12-29T11:36+09:00"),
            Window(Utc(2025, 12, 28, 17), null),
            Resolve(Meeting),
            TimeWindow.Unbounded,
            Window(null, Utc(2025, 12, 28, 23)),
            Resolve("2025-12-28[America/New_York]"),
            Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 18)),
        };

        var sorted = windows.Order(TimeWindowComparer.Instance).ToList();

        sorted.Should().Equal(
            Window(null, Utc(2025, 12, 28, 23)),
            TimeWindow.Unbounded,
            Resolve("2025-12-28[America/New_York]"),
            Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 18)),
            Resolve(Meeting),
            Window(Utc(2025, 12, 28, 17), null),
            Resolve("2025-12-29T11:36+09:00"));
    }

    [Fact]
    public void Equal_windows_compare_equal()
    {
        TimeWindowComparer.Instance.Compare(Resolve(Meeting), Resolve(Meeting)).Should().Be(0);
        TimeWindowComparer.Instance.Compare(TimeWindow.Unbounded, default).Should().Be(0);
    }
}
