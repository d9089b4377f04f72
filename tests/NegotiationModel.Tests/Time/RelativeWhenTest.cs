using NegotiationModel.Time;
using NodaTime;
using static NegotiationModel.Tests.Time.TimeTestData;

namespace NegotiationModel.Tests.Time;

public sealed class RelativeWhenTest
{
    private static readonly AnchorTable Anchors = new(new Dictionary<EntityReference, When>
    {
        [MiamiMeeting] = When.Parse(Meeting),
        [new(EntityKind.NegotiationEvent, "loop-a")] = When.Parse("after(event:loop-b)"),
        [new(EntityKind.NegotiationEvent, "loop-b")] = When.Parse("after(event:loop-a)"),
    });

    [Theory]
    [InlineData("after(event:miami-meeting)", "2025-12-28T17:00:00Z/..")]
    [InlineData("before(event:miami-meeting)", "../2025-12-28T23:00:00Z")]
    [InlineData("after(event:miami-meeting, PT1H)", "2025-12-28T18:00:00Z/..")]
    [InlineData("after(event:miami-meeting, P0D, PT2H)", "2025-12-28T17:00:00Z/2025-12-29T01:00:00Z")]
    [InlineData("after(event:miami-meeting, P1D, P1D)", "2025-12-29T17:00:00Z/2025-12-29T23:00:00Z")]
    [InlineData("before(event:miami-meeting, PT1H)", "../2025-12-28T22:00:00Z")]
    [InlineData("before(event:miami-meeting, PT1H, PT3H)", "2025-12-28T14:00:00Z/2025-12-28T22:00:00Z")]
    public void A_relative_value_follows_from_its_anchor_window(string text, string window)
    {
        When.Parse(text).Resolve(Anchors.Context).ToString().Should().Be(window);
    }

    [Fact]
    public void An_unknown_anchor_leaves_the_window_unbounded()
    {
        When.Parse("after(event:miami-meeting)").Resolve().Should().Be(TimeWindow.Unbounded);
        When.Parse("after(event:unknown)").Resolve(Anchors.Context).Should().Be(TimeWindow.Unbounded);
        When.Parse("after(event:loop-a)").Resolve(Anchors.Context).Should().Be(TimeWindow.Unbounded, "a cycle resolves to nothing");
    }

    [Fact]
    public void Distances_far_beyond_the_calendar_saturate_instead_of_failing()
    {
        var anchors = new AnchorTable(new Dictionary<EntityReference, When> { [MiamiMeeting] = When.Parse("9990") });

        When.Parse("after(event:miami-meeting, P999999W)").Resolve(anchors.Context).Should().Be(Window(Instant.MaxValue, null));
        var weeks = Duration.FromDays(999_999 * 7);
        When.Parse("before(event:miami-meeting, P999999W, P999999W)").Resolve(anchors.Context).Should().Be(Window(Utc(9990, 1, 1) - weeks, Utc(9991, 1, 1) - weeks));

        var early = new AnchorTable(new Dictionary<EntityReference, When> { [MiamiMeeting] = When.Parse("0001") });
        When.Parse("before(event:miami-meeting, P999999W)").Resolve(early.Context).Should().Be(Window(null, Instant.MinValue));
    }

    [Fact]
    public void Relative_values_with_equal_members_are_equal_and_a_change_makes_them_unequal()
    {
        var one = new RelativeWhen(RelativeDirection.After, TrumpFewWeeks, Period.FromWeeks(2), Period.FromWeeks(6));
        var other = new RelativeWhen(RelativeDirection.After, new EntityReference(EntityKind.Statement, "trump-few-weeks"), Period.FromWeeks(2), Period.FromWeeks(6));

        one.Should().Be(other);
        one.GetHashCode().Should().Be(other.GetHashCode());
        one.Should().NotBe(new RelativeWhen(RelativeDirection.Before, TrumpFewWeeks, Period.FromWeeks(2), Period.FromWeeks(6)));
        one.Should().NotBe(new RelativeWhen(RelativeDirection.After, TrumpFewWeeks, Period.FromDays(14), Period.FromWeeks(6)), "distances compare as written");
        one.Should().NotBe(one with { Qualifiers = WhenQualifiers.Uncertain });
        one.Direction.Should().Be(RelativeDirection.After);
        one.Anchor.Should().Be(TrumpFewWeeks);
        one.AtLeast.Should().Be(Period.FromWeeks(2));
        one.AtMost.Should().Be(Period.FromWeeks(6));
    }

    [Fact]
    public void The_anchor_must_refer_to_something()
    {
        var create = () => new RelativeWhen(RelativeDirection.After, default);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("anchor");
    }

    [Fact]
    public void An_undefined_direction_is_rejected()
    {
        var create = () => new RelativeWhen((RelativeDirection)3, MiamiMeeting);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("direction");
    }

    [Fact]
    public void Distances_hold_only_fixed_length_units_in_range()
    {
        var months = () => new RelativeWhen(RelativeDirection.After, MiamiMeeting, Period.FromMonths(1));
        var negative = () => new RelativeWhen(RelativeDirection.After, MiamiMeeting, Period.FromDays(-1));
        var huge = () => new RelativeWhen(RelativeDirection.After, MiamiMeeting, Period.FromHours(1_000_000));

        months.Should().Throw<ArgumentException>().And.ParamName.Should().Be("atLeast");
        negative.Should().Throw<ArgumentException>().And.ParamName.Should().Be("atLeast");
        huge.Should().Throw<ArgumentException>().And.ParamName.Should().Be("atLeast");
        new RelativeWhen(RelativeDirection.After, MiamiMeeting, Period.FromHours(999_999)).ToString().Should().Be("after(event:miami-meeting, PT999999H)");
    }

    [Fact]
    public void A_greatest_distance_needs_a_least_one_that_is_not_longer()
    {
        var withoutLeast = () => new RelativeWhen(RelativeDirection.After, MiamiMeeting, null, Period.FromWeeks(2));
        var shorter = () => new RelativeWhen(RelativeDirection.After, MiamiMeeting, Period.FromWeeks(6), Period.FromWeeks(2));
        var zeroAlone = () => new RelativeWhen(RelativeDirection.After, MiamiMeeting, Period.Zero);

        withoutLeast.Should().Throw<ArgumentException>().And.ParamName.Should().Be("atLeast");
        shorter.Should().Throw<ArgumentException>().And.ParamName.Should().Be("atMost");
        zeroAlone.Should().Throw<ArgumentException>().And.ParamName.Should().Be("atLeast");
        new RelativeWhen(RelativeDirection.After, MiamiMeeting, Period.Zero, Period.FromWeeks(2)).ToString().Should().Be("after(event:miami-meeting, P0D, P2W)");
    }

    [Fact]
    public void With_expressions_keep_the_qualifier_invariant()
    {
        var value = RelativeWhen.InAFewWeeks(TrumpFewWeeks);

        var undefined = () => value with { Qualifiers = (WhenQualifiers)16 };

        undefined.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Qualifiers");
        (value with { Qualifiers = WhenQualifiers.Approximate }).ToString().Should().Be("after(statement:trump-few-weeks, P2W, P6W)~");
    }

    [Fact]
    public void Every_entity_kind_can_be_an_anchor()
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var value = new RelativeWhen(RelativeDirection.Before, new EntityReference(kind, "x-1"));

            When.Parse(value.ToString()).Should().Be(value);
        }

        new RelativeWhen(RelativeDirection.Before, new EntityReference(EntityKind.ControlObservation, "x")).ToString().Should().Be("before(control-observation:x)");
    }
}
