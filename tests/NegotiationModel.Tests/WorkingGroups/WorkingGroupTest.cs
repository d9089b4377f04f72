using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Tests.WorkingGroups;

public sealed class WorkingGroupTest
{
    private static readonly WorkingGroupId SecurityId = new("security-group");
    private static readonly ActorId UnitedStates = new("united-states");
    private static readonly ActorId Russia = new("russia");

    // The security working group: proposed by the US, accepted by Russia on 28 December, details early January.
    private static WorkingGroup Security() => new(SecurityId,
    [
        new LocalizedName("Security working group", "en"),
        new LocalizedName("安全保障の作業部会", "ja"),
    ])
    {
        Domain = new TopicId("security"),
        Members =
        [
            new WorkingGroupMember(UnitedStates, WorkingGroupRole.Member),
            new WorkingGroupMember(Russia, WorkingGroupRole.Member),
        ],
        ProposedBy = [UnitedStates],
        AcceptedBy = [Russia],
        Mandate = [new LocalizedText("Work on the security questions of resolving the Ukraine question.", "en")],
        StatusHistory =
        [
            new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Proposed, When.Parse("2025-12-28")),
            new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Accepted, When.Parse("2025-12-28")) { Citations = [new Citation(new SourceId("nhk-2025-12-29"))] },
        ],
        Milestones =
        [
            new Milestone([new LocalizedText("Specifics of the working groups decided", "en")], MilestoneStatus.Expected)
            {
                Expected = When.Parse("2026-01-early"),
                Citations = [new Citation(new SourceId("nhk-2025-12-29"))],
            },
        ],
        Citations = [new Citation(new SourceId("nhk-2025-12-29"))],
    };

    [Fact]
    public void A_working_group_keeps_what_it_was_built_with()
    {
        var group = Security();

        group.Id.Should().Be(SecurityId);
        group.Names.Should().HaveCount(2);
        group.Domain.Should().Be(new TopicId("security"));
        group.ProposedBy.Should().Equal(UnitedStates);
        group.AcceptedBy.Should().Equal(Russia);
        group.StatusHistory.Select(c => c.Status).Should().Equal(WorkingGroupStatus.Proposed, WorkingGroupStatus.Accepted);
        ((IRecordEntity)group).Reference.Should().Be(EntityReference.To(SecurityId));
    }

    [Fact]
    public void Working_groups_with_equal_members_are_equal()
    {
        Security().Should().Be(Security());
        Security().GetHashCode().Should().Be(Security().GetHashCode());
    }

    [Fact]
    public void A_change_in_a_nested_collection_makes_working_groups_unequal()
    {
        var group = Security();

        (group with { AcceptedBy = [] }).Should().NotBe(group);
        (group with { Members = [group.Members[0], new WorkingGroupMember(Russia, WorkingGroupRole.Observer)] }).Should().NotBe(group);
        (group with { Milestones = [group.Milestones[0] with { Status = MilestoneStatus.Reached }] }).Should().NotBe(group);
    }

    [Fact]
    public void A_working_group_needs_a_non_default_identifier()
    {
        var create = () => new WorkingGroup(default, [new LocalizedName("Economic working group", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void A_working_group_needs_a_name()
    {
        var create = () => new WorkingGroup(SecurityId, []);

        create.Should().Throw<ArgumentException>().WithMessage("A working group needs at least one name.*").And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void A_default_domain_identifier_is_rejected_but_no_domain_is_accepted()
    {
        var set = () => Security() with { Domain = default(TopicId) };

        set.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Domain");
        (Security() with { Domain = null }).Domain.Should().BeNull();
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clearNames = () => Security() with { Names = [] };
        var clearId = () => Security() with { Id = default };

        clearNames.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Names");
        clearId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void A_working_group_reads_back_equal_to_what_was_written()
    {
        JsonRoundTrip.Of(Security()).Should().Be(Security());
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_enums()
    {
        var json = JsonRoundTrip.Write(Security());

        json.Should().Contain("\"domain\": \"security\"")
            .And.Contain("\"proposedBy\": [\n    \"united-states\"\n  ]")
            .And.Contain("\"acceptedBy\": [\n    \"russia\"\n  ]")
            .And.Contain("\"role\": \"member\"")
            .And.Contain("\"statusHistory\": [")
            .And.Contain("\"status\": \"accepted\"")
            .And.Contain("\"milestones\": [")
            .And.Contain("\"status\": \"expected\"")
            .And.Contain("\"expected\": \"2026-01-early\"");
    }

    [Theory]
    [InlineData(WorkingGroupStatus.Proposed, "proposed")]
    [InlineData(WorkingGroupStatus.Accepted, "accepted")]
    [InlineData(WorkingGroupStatus.Established, "established")]
    [InlineData(WorkingGroupStatus.Active, "active")]
    [InlineData(WorkingGroupStatus.Suspended, "suspended")]
    [InlineData(WorkingGroupStatus.Concluded, "concluded")]
    [InlineData(WorkingGroupStatus.Dissolved, "dissolved")]
    public void Statuses_are_written_in_kebab_case_and_read_back(WorkingGroupStatus status, string text)
    {
        JsonRoundTrip.Write(status).Should().Be($"\"{text}\"");
        JsonRoundTrip.Read<WorkingGroupStatus>($"\"{text}\"").Should().Be(status);
    }

    [Fact]
    public void ToString_gives_the_identifier_and_first_name()
    {
        Security().ToString().Should().Be("security-group (Security working group)");
    }
}
