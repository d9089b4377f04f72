using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Samples;

public static partial class MinskIISample
{
    /// <summary>The identifiers of the sample's working groups.</summary>
    public static class WorkingGroupIds
    {
        /// <summary>The Trilateral Contact Group itself, in permanent session.</summary>
        public static readonly WorkingGroupId ContactGroup = new("tcg");

        /// <summary>The Contact Group's working group on security.</summary>
        public static readonly WorkingGroupId Security = new("tcg-wg-security");

        /// <summary>The Contact Group's working group on political questions.</summary>
        public static readonly WorkingGroupId Political = new("tcg-wg-political");

        /// <summary>The Contact Group's working group on humanitarian questions.</summary>
        public static readonly WorkingGroupId Humanitarian = new("tcg-wg-humanitarian");

        /// <summary>The Contact Group's working group on economic questions.</summary>
        public static readonly WorkingGroupId Economic = new("tcg-wg-economic");

        /// <summary>The Normandy-format oversight mechanism of senior foreign-ministry officials.</summary>
        public static readonly WorkingGroupId NormandyOversight = new("normandy-oversight-mechanism");
    }

    private static ValueList<WorkingGroupMember> ContactGroupMembers =>
        [new WorkingGroupMember(ActorIds.Ukraine, WorkingGroupRole.Member), new WorkingGroupMember(ActorIds.Russia, WorkingGroupRole.Member), new WorkingGroupMember(ActorIds.Osce, WorkingGroupRole.Member)];

    private static ValueList<WorkingGroup> WorkingGroups() =>
    [
        new WorkingGroup(WorkingGroupIds.ContactGroup, [En.Name("Trilateral Contact Group"), Ru.Name("Трехсторонняя контактная группа")])
        {
            Format = ActorIds.ContactGroup,
            Members = ContactGroupMembers,
            ProposedBy = [ActorIds.Ukraine, ActorIds.Russia, ActorIds.France, ActorIds.Germany],
            Mandate = [En.Text("Supports the peace efforts in eastern Ukraine; its agenda covers practically every issue of the conflict. All its decisions are taken by consensus.")],
            StatusHistory =
            [
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Proposed, When.Parse("2014-06-06[Europe/Paris]")) { Citations = [new Citation(SourceIds.Tagliavini)], Notes = "Proposed by the Normandy leaders on the margins of the D-Day commemoration." },
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Active, When.Parse("2014-06-08")) { Citations = [new Citation(SourceIds.Tagliavini), new Citation(SourceIds.BeltaTcg)] },
            ],
            Notes = "Ukraine, Russia and the OSCE Chairperson-in-Office are its members; since 23 June 2014 it has also consulted representatives of certain areas, who signed the package.",
            Citations = [new Citation(SourceIds.Tagliavini)],
        },
        SubGroup(WorkingGroupIds.Security, "Security working group", "Рабочая подгруппа по вопросам безопасности", WellKnownTopics.Security, WorkingGroupStatus.Active, SourceIds.RbcDecember, "2015-12-08[Europe/Minsk]!"),
        SubGroup(WorkingGroupIds.Political, "Political working group", "Рабочая подгруппа по политическим вопросам", WellKnownTopics.Governance, WorkingGroupStatus.Active, SourceIds.GordonJune, "2015-06-23[Europe/Minsk]"),
        SubGroup(WorkingGroupIds.Humanitarian, "Humanitarian working group", "Рабочая подгруппа по гуманитарным вопросам", WellKnownTopics.Humanitarian, WorkingGroupStatus.Active, SourceIds.GordonJune, "2015-06-23[Europe/Minsk]"),
        SubGroup(WorkingGroupIds.Economic, "Economic working group", "Рабочая подгруппа по экономическим вопросам", WellKnownTopics.Economy, WorkingGroupStatus.Active, SourceIds.GordonJune, "2015-06-23[Europe/Minsk]"),
        new WorkingGroup(WorkingGroupIds.NormandyOversight, [En.Name("Normandy-format oversight mechanism")])
        {
            Format = ActorIds.NormandyFormat,
            Members = [new WorkingGroupMember(ActorIds.France, WorkingGroupRole.Member), new WorkingGroupMember(ActorIds.Germany, WorkingGroupRole.Member),
                new WorkingGroupMember(ActorIds.Russia, WorkingGroupRole.Member), new WorkingGroupMember(ActorIds.Ukraine, WorkingGroupRole.Member)],
            Mandate = [En.Text("Oversees the implementation of the package; meets regularly, as a rule at the level of senior officials of the foreign ministries.")],
            StatusHistory =
            [
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Accepted, When.Parse("2015-02-12[Europe/Minsk]")) { Citations = [new Citation(SourceIds.GordonFebruary)] },
            ],
            Milestones =
            [
                new Milestone([En.Text("The foreign ministers' representatives meet to monitor the implementation of the package")], MilestoneStatus.Expected)
                {
                    Expected = When.Parse("2015-03-06!"),
                    Citations = [ElyseeCitation],
                },
            ],
            Citations = [new Citation(SourceIds.GordonFebruary), ElyseeCitation],
        },
    ];

    private static WorkingGroup SubGroup(WorkingGroupId id, string english, string russian, TopicId domain, WorkingGroupStatus reached, SourceId reachedSource, string reachedWhen) =>
        new(id, [En.Name(english), Ru.Name(russian)])
        {
            Domain = domain,
            Parent = WorkingGroupIds.ContactGroup,
            Format = ActorIds.ContactGroup,
            Members = ContactGroupMembers,
            ProposedBy = [ActorIds.ContactGroup],
            Mandate = [En.Text("One of the working groups of point 13 of the package, on implementing the relevant aspects of the Minsk agreements; it reflects the Contact Group's composition.")],
            StatusHistory =
            [
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Proposed, When.Parse("2015-02-12[Europe/Minsk]")) { Actors = [ActorIds.ContactGroup], Cause = EntityReference.To(ProvisionIds.Point13), Citations = [PackageCitation] },
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Proposed, When.Parse("2015-03-02Tevening[Europe/Paris]"))
                {
                    Actors = [ActorIds.France, ActorIds.Germany, ActorIds.Russia, ActorIds.Ukraine],
                    Cause = EntityReference.To(StatementIds.ElyseeWorkingGroups),
                    Citations = [ElyseeCitation],
                    Notes = "Still planned: to be set up as soon as the ceasefire conditions allow.",
                },
                new StatusChange<WorkingGroupStatus>(reached, When.Parse(reachedWhen)) { Citations = [new Citation(reachedSource)] },
            ],
            Citations = [PackageCitation, new Citation(SourceIds.BeltaTcg)],
        };
}
