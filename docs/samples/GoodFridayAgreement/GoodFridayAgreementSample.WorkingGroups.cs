using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel.Samples;

public static partial class GoodFridayAgreementSample
{
    /// <summary>The identifiers of the sample's working groups: the talks' plenary and its three strands.</summary>
    public static class WorkingGroupIds
    {
        /// <summary>The plenary of the multi-party talks.</summary>
        public static readonly WorkingGroupId Plenary = new("talks-plenary");

        /// <summary>Strand One: democratic institutions in Northern Ireland.</summary>
        public static readonly WorkingGroupId StrandOne = new("strand-one");

        /// <summary>Strand Two: North/South institutions.</summary>
        public static readonly WorkingGroupId StrandTwo = new("strand-two");

        /// <summary>Strand Three: East-West institutions.</summary>
        public static readonly WorkingGroupId StrandThree = new("strand-three");
    }

    private static ValueList<WorkingGroupMember> TalksMembers =>
    [
        new WorkingGroupMember(ActorIds.UnitedKingdom, WorkingGroupRole.Member), new WorkingGroupMember(ActorIds.Ireland, WorkingGroupRole.Member),
        .. TalksParties.Select(party => new WorkingGroupMember(party, WorkingGroupRole.Member)),
    ];

    private static ValueList<WorkingGroup> WorkingGroups() =>
    [
        new WorkingGroup(WorkingGroupIds.Plenary, [En.Name("Plenary of the multi-party talks")])
        {
            Domain = WellKnownTopics.Governance,
            Members = [new WorkingGroupMember(ActorIds.Mitchell, WorkingGroupRole.Chair) { ThirdPartyRole = ThirdPartyRole.Mediator }, .. TalksMembers],
            ProposedBy = [ActorIds.UnitedKingdom, ActorIds.Ireland],
            StatusHistory =
            [
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Active, When.Parse("1996-06-12Tnight[Europe/London]")) { Citations = [new Citation(SourceIds.LaTimes)] },
                new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Concluded, When.Parse("1998-04-10[Europe/London]")) { Citations = [new Citation(SourceIds.AgreementText)] },
            ],
            Notes = "Members as recorded in January 1998; in June 1996 nine parties took part, the DUP among them.",
            Citations = [new Citation(SourceIds.LaTimes), new Citation(SourceIds.StrandTwoRecord)],
        },
        Strand(WorkingGroupIds.StrandOne, "Strand One", "Democratic institutions in Northern Ireland: the Assembly and the Executive.", []),
        Strand(WorkingGroupIds.StrandTwo, "Strand Two", "North/South institutions: the North/South Ministerial Council and implementation bodies.",
            [new WorkingGroupMember(ActorIds.Holkeri, WorkingGroupRole.CoChair) { ThirdPartyRole = ThirdPartyRole.Mediator }, new WorkingGroupMember(ActorIds.DeChastelain, WorkingGroupRole.CoChair) { ThirdPartyRole = ThirdPartyRole.Mediator }]) with
        {
            Citations = [new Citation(SourceIds.StrandTwoRecord), new Citation(SourceIds.QuillAgreement)],
        },
        Strand(WorkingGroupIds.StrandThree, "Strand Three", "East-West institutions: the British-Irish Intergovernmental Conference and the British-Irish Council.", []),
    ];

    private static WorkingGroup Strand(WorkingGroupId id, string name, string mandate, ValueList<WorkingGroupMember> chairs) =>
        new(id, [En.Name(name)])
        {
            Domain = WellKnownTopics.Governance,
            Members = chairs.IsEmpty ? TalksMembers : [.. chairs, .. TalksMembers],
            Mandate = [En.Text(mandate)],
            StatusHistory = [new StatusChange<WorkingGroupStatus>(WorkingGroupStatus.Concluded, When.Parse("1998-04-10[Europe/London]")) { Citations = [new Citation(SourceIds.AgreementText)] }],
            Notes = "A strand of the negotiations and of the agreement's institutions; members as recorded for the talks in January 1998.",
            Citations = [new Citation(SourceIds.QuillAgreement)],
        };
}
