using NegotiationModel.Time;
using NodaTime;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class TimeWindowTest
{
    [Fact]
    public void A_window_must_end_after_it_starts()
    {
        var empty = () => new TimeWindow(Utc(2025, 12, 28), Utc(2025, 12, 28));
        var reversed = () => new TimeWindow(Utc(2025, 12, 29), Utc(2025, 12, 28));

        empty.Should().Throw<ArgumentException>().And.ParamName.Should().Be("latest");
        reversed.Should().Throw<ArgumentException>().WithMessage("*must end after it starts*").And.ParamName.Should().Be("latest");
        new TimeWindow(Utc(2025, 12, 28), Utc(2025, 12, 28) + Duration.Epsilon).Length.Should().Be(Duration.Epsilon);
    }

    [Fact]
    public void The_default_window_is_unbounded()
    {
        default(TimeWindow).Should().Be(TimeWindow.Unbounded);
        TimeWindow.Unbounded.IsBounded.Should().BeFalse();
        TimeWindow.Unbounded.Length.Should().BeNull();
        TimeWindow.Unbounded.Contains(Instant.MinValue).Should().BeTrue();
        TimeWindow.Unbounded.ToString().Should().Be("../..");
    }

    [Fact]
    public void Contains_includes_the_start_and_excludes_the_end()
    {
        var meeting = Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 23));

        meeting.Contains(Utc(2025, 12, 28, 17)).Should().BeTrue();
        meeting.Contains(Utc(2025, 12, 28, 22, 59)).Should().BeTrue();
        meeting.Contains(Utc(2025, 12, 28, 23)).Should().BeFalse();
        meeting.Contains(Utc(2025, 12, 28, 16, 59)).Should().BeFalse();
        Window(null, Utc(2025, 1, 1)).Contains(Utc(1, 1, 1)).Should().BeTrue();
    }

    [Theory]
    [InlineData(17, 23, 23, 24, TemporalRelation.DefinitelyBefore)]
    [InlineData(23, 24, 17, 23, TemporalRelation.DefinitelyAfter)]
    [InlineData(17, 23, 22, 24, TemporalRelation.PossiblyConcurrent)]
    [InlineData(17, 23, 18, 19, TemporalRelation.PossiblyConcurrent)]
    [InlineData(17, 23, 17, 23, TemporalRelation.PossiblyConcurrent)]
    public void Compare_orders_only_windows_that_do_not_overlap(int firstStart, int firstEnd, int secondStart, int secondEnd, TemporalRelation expected)
    {
        var day = Utc(2025, 12, 28);
        var first = Window(day + Duration.FromHours(firstStart), day + Duration.FromHours(firstEnd));
        var second = Window(day + Duration.FromHours(secondStart), day + Duration.FromHours(secondEnd));

        TimeWindow.Compare(first, second).Should().Be(expected);
    }

    [Fact]
    public void Open_ends_are_ordered_only_on_their_closed_side()
    {
        var before = Window(null, Utc(2025, 12, 28));
        var after = Window(Utc(2025, 12, 28), null);

        TimeWindow.Compare(before, after).Should().Be(TemporalRelation.DefinitelyBefore);
        TimeWindow.Compare(after, before).Should().Be(TemporalRelation.DefinitelyAfter);
        TimeWindow.Compare(TimeWindow.Unbounded, after).Should().Be(TemporalRelation.PossiblyConcurrent);
        TimeWindow.Compare(Window(null, Utc(2025, 12, 29)), after).Should().Be(TemporalRelation.PossiblyConcurrent);
    }

    [Fact]
    public void Windows_with_equal_ends_are_equal()
    {
        Window(Utc(2025, 12, 28), null).Should().Be(Window(Utc(2025, 12, 28), null));
        Window(Utc(2025, 12, 28), null).Should().NotBe(Window(Utc(2025, 12, 28), Utc(2025, 12, 29)));
    }

    [Fact]
    public void A_window_converts_to_a_NodaTime_interval_and_shows_as_ISO_text()
    {
        var meeting = Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 23));

        meeting.ToInterval().Should().Be(new Interval(Utc(2025, 12, 28, 17), Utc(2025, 12, 28, 23)));
        Window(null, Utc(2025, 12, 28, 23)).ToInterval().HasStart.Should().BeFalse();
        meeting.ToString().Should().Be("2025-12-28T17:00:00Z/2025-12-28T23:00:00Z");
        meeting.Length.Should().Be(Duration.FromHours(6));
        meeting.IsBounded.Should().BeTrue();
    }
}
