using NegotiationModel.Time;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class RangeWhenTest
{
    [Fact]
    public void A_range_runs_from_the_start_of_its_start_to_the_end_of_its_end()
    {
        Resolve("2025-12-28/2026-01-early").Should().Be(Window(Utc(2025, 12, 28), Utc(2026, 1, 11)));
        Resolve("2025-12-28Tafternoon[America/New_York]/2025-12-29T11:36+09:00").Should().Be(Window(Utc(2025, 12, 28, 17), Utc(2025, 12, 29, 2, 37)));
    }

    [Fact]
    public void An_open_start_means_up_to_the_end_and_an_open_end_from_the_start()
    {
        var before = Resolve("../" + Meeting);
        var after = Resolve(Meeting + "/..");

        before.Should().Be(Window(null, Utc(2025, 12, 28, 23)));
        after.Should().Be(Window(Utc(2025, 12, 28, 17), null));
        TimeWindow.Compare(Resolve("2025-12-29T11:36+09:00"), before).Should().Be(TemporalRelation.DefinitelyAfter);
        TimeWindow.Compare(Resolve("2025-12-29T11:36+09:00"), after).Should().Be(TemporalRelation.PossiblyConcurrent);
        TimeWindow.Compare(Resolve("2024"), Resolve("2025/..")).Should().Be(TemporalRelation.DefinitelyBefore);
    }

    [Fact]
    public void Ranges_with_equal_ends_are_equal_and_a_change_makes_them_unequal()
    {
        var one = new RangeWhen(When.Parse("2025-12"), null);
        var other = new RangeWhen(When.Parse("2025-12"), null);

        one.Should().Be(other);
        one.GetHashCode().Should().Be(other.GetHashCode());
        one.Should().NotBe(new RangeWhen(null, When.Parse("2025-12")));
        one.Should().NotBe(new RangeWhen(When.Parse("2025-12~"), null));
        one.ToString().Should().Be("2025-12/..");
    }

    [Fact]
    public void A_range_needs_an_end_that_is_not_open()
    {
        var create = () => new RangeWhen(null, null);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("end");
    }

    [Fact]
    public void A_range_cannot_nest_ranges()
    {
        var range = When.Parse("2025/2026");

        var asStart = () => new RangeWhen(range, null);
        var asEnd = () => new RangeWhen(null, range);

        asStart.Should().Throw<ArgumentException>().And.ParamName.Should().Be("start");
        asEnd.Should().Throw<ArgumentException>().And.ParamName.Should().Be("end");
    }

    [Fact]
    public void A_range_in_one_zone_cannot_start_after_its_end()
    {
        var reversed = () => new RangeWhen(When.Parse("2026-01[Asia/Tokyo]"), When.Parse("2025-12[Asia/Tokyo]"));

        reversed.Should().Throw<ArgumentException>().And.ParamName.Should().Be("end");
        new RangeWhen(When.Parse("2025-12[Asia/Tokyo]"), When.Parse("2025-12-28[Asia/Tokyo]")).ToString().Should().Be("2025-12[Asia/Tokyo]/2025-12-28[Asia/Tokyo]");
    }

    [Fact]
    public void Ends_in_different_zones_are_ordered_by_their_instants_and_reversed_ones_give_the_hull()
    {
        // Local dates 29 (Tokyo) then 28 (New York), but 28 Dec 16:00Z is before 29 Dec 01:00Z.
        Resolve("2025-12-29T01[Asia/Tokyo]/2025-12-28T20[America/New_York]").Should().Be(Window(Utc(2025, 12, 28, 16), Utc(2025, 12, 29, 2)));

        // Reversed in time: the window holds both ends; validation reports it.
        Resolve("2025-12-29T20[Asia/Tokyo]/2025-12-28T20[America/New_York]").Should().Be(Window(Utc(2025, 12, 29, 1), Utc(2025, 12, 29, 12)));
    }
}
