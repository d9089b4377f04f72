using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Samples;

public static partial class MiamiTalksSample
{
    /// <summary>The identifiers of the sample's working groups.</summary>
    public static class WorkingGroupIds
    {
        /// <summary>The US–Russia working group on security.</summary>
        public static readonly WorkingGroupId Security = new("wg-security");

        /// <summary>The US–Russia working group on the economy.</summary>
        public static readonly WorkingGroupId Economy = new("wg-economy");
    }

    private static ValueList<WorkingGroup> WorkingGroups() =>
    [
        UsRussiaGroup(WorkingGroupIds.Security, WellKnownTopics.Security, "Security working group", "安全保障の作業部会"),
        UsRussiaGroup(WorkingGroupIds.Economy, WellKnownTopics.Economy, "Economic working group", "経済の作業部会"),
    ];

    private static WorkingGroup UsRussiaGroup(WorkingGroupId id, TopicId domain, string english, string japanese) =>
        new(id, [Name(english, "en"), Name(japanese, "ja")])
        {
            Domain = domain,
            Members = [new WorkingGroupMember(ActorIds.UnitedStates, WorkingGroupRole.Member), new WorkingGroupMember(ActorIds.Russia, WorkingGroupRole.Member)],
            ProposedBy = [ActorIds.UnitedStates],
            AcceptedBy = [ActorIds.Russia],
            Mandate = [En("One of two working groups set up specially to resolve the Ukraine question."), Ja("ウクライナ問題の解決に向けて特別に設置される2つの作業部会", isOriginal: false)],
            StatusHistory =
            [
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Proposed, When.Parse("../2025-12-28[Europe/Moscow]!")) { Citations = [NhkUpdate, new Citation(SourceIds.Yomiuri)] },
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Accepted, When.Parse("2025-12-28[Europe/Moscow]!"))
                {
                    Citations = [NhkUpdate with { Quote = Ja("プーチン大統領が、ウクライナ問題の解決に向けて特別に設置される2つの作業部会の枠組みで協力していくというアメリカ側の提案に同意した", isOriginal: false) }],
                    Notes = "Announced by Ushakov.",
                },
            ],
            Milestones =
            [
                new Milestone([En("Specifics of the working groups decided"), Ja("具体的な内容を決める", isOriginal: false)], MilestoneStatus.Expected)
                {
                    Expected = When.Parse("2026-01-early[Europe/Moscow]"),
                    Citations = [NhkUpdate, new Citation(SourceIds.Yomiuri) { Notes = "Yomiuri, via the AI assistant: details expected to be settled in early January (1月上旬)." }],
                },
            ],
            Notes = "Territory is in neither group's remit as reported.",
            Citations = [NhkUpdate],
        };
}
