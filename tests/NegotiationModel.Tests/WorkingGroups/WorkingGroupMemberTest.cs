using NegotiationModel.Identifiers;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.WorkingGroups;

public sealed class WorkingGroupMemberTest
{
    private static readonly ActorId Russia = new("russia");

    [Fact]
    public void A_member_keeps_what_it_was_built_with()
    {
        var member = new WorkingGroupMember(Russia, WorkingGroupRole.CoChair);

        member.Actor.Should().Be(Russia);
        member.Role.Should().Be(WorkingGroupRole.CoChair);
    }

    [Fact]
    public void Members_with_equal_members_are_equal_and_a_change_makes_them_unequal()
    {
        var one = new WorkingGroupMember(Russia, WorkingGroupRole.Member);

        one.Should().Be(new WorkingGroupMember(new ActorId("russia"), WorkingGroupRole.Member));
        one.Should().NotBe(new WorkingGroupMember(Russia, WorkingGroupRole.Chair));
        one.Should().NotBe(new WorkingGroupMember(new ActorId("united-states"), WorkingGroupRole.Member));
    }

    [Fact]
    public void A_member_needs_a_non_default_actor()
    {
        var create = () => new WorkingGroupMember(default, WorkingGroupRole.Member);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Actor");
    }

    [Fact]
    public void An_undefined_role_is_rejected()
    {
        var create = () => new WorkingGroupMember(Russia, (WorkingGroupRole)0);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Role");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var member = new WorkingGroupMember(Russia, WorkingGroupRole.Member);

        var badRole = () => member with { Role = (WorkingGroupRole)5 };
        var clear = () => member with { Actor = default };

        badRole.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Role");
        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Actor");
    }

    [Fact]
    public void A_member_round_trips_through_json_with_a_kebab_case_role()
    {
        var member = new WorkingGroupMember(Russia, WorkingGroupRole.CoChair);

        JsonRoundTrip.Of(member).Should().Be(member);
        JsonRoundTrip.Write(member).Should().Contain("\"actor\": \"russia\"").And.Contain("\"role\": \"co-chair\"");
    }

    [Fact]
    public void ToString_gives_the_actor_and_role()
    {
        new WorkingGroupMember(Russia, WorkingGroupRole.Observer).ToString().Should().Be("russia (Observer)");
    }
}
