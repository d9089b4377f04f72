using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.WorkingGroups;

public sealed class MilestoneTest
{
    // "The specifics will be decided early next month" (Ushakov, 28 December 2025).
    private static Milestone Details() => new([new LocalizedText("Specifics of the working groups decided", "en")], MilestoneStatus.Expected)
    {
        Expected = When.Parse("2026-01-early"),
        Citations = [new Citation(new SourceId("nhk-2025-12-29"))],
    };

    [Fact]
    public void A_milestone_keeps_what_it_was_built_with()
    {
        var milestone = Details();

        milestone.Description.Should().ContainSingle();
        milestone.Status.Should().Be(MilestoneStatus.Expected);
        milestone.Expected.Should().Be(When.Parse("2026-01-early"));
        milestone.Reached.Should().BeNull();
    }

    [Fact]
    public void Milestones_with_equal_members_are_equal_and_a_change_makes_them_unequal()
    {
        Details().Should().Be(Details());
        (Details() with { Status = MilestoneStatus.Reached, Reached = When.Parse("2026-01-08") }).Should().NotBe(Details());
        (Details() with { Citations = [] }).Should().NotBe(Details());
    }

    [Fact]
    public void A_milestone_needs_a_description()
    {
        var create = () => new Milestone([], MilestoneStatus.Expected);

        create.Should().Throw<ArgumentException>().WithMessage("A milestone needs a description in at least one language.*").And.ParamName.Should().Be("Description");
    }

    [Fact]
    public void An_undefined_status_is_rejected()
    {
        var create = () => new Milestone([new LocalizedText("Details", "en")], (MilestoneStatus)9);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Status");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clear = () => Details() with { Description = [] };
        var badStatus = () => Details() with { Status = default };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Description");
        badStatus.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Status");
    }

    [Fact]
    public void A_milestone_round_trips_through_json_with_kebab_case_statuses()
    {
        var missed = Details() with { Status = MilestoneStatus.Missed };

        JsonRoundTrip.Of(Details()).Should().Be(Details());
        JsonRoundTrip.Of(missed).Should().Be(missed);
        JsonRoundTrip.Write(missed).Should().Contain("\"status\": \"missed\"").And.Contain("\"expected\": \"2026-01-early\"").And.NotContain("\"reached\"");
    }

    [Fact]
    public void ToString_gives_the_status_and_first_description()
    {
        Details().ToString().Should().Be("Expected: [en] Specifics of the working groups decided");
    }
}
