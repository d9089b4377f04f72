namespace NegotiationModel.WorkingGroups;

/// <summary>Where a working group stands in its life: proposed, accepted, set up, at work, paused or ended.</summary>
public enum WorkingGroupStatus
{
    /// <summary>An actor proposed the group, such as the United States proposing the security and economic groups.</summary>
    Proposed = 1,

    /// <summary>The other parties accepted the proposal, such as Russia on 28 December, before the group is set up.</summary>
    Accepted = 2,

    /// <summary>The group is set up: its members or mandate are fixed.</summary>
    Established = 3,

    /// <summary>The group meets or works.</summary>
    Active = 4,

    /// <summary>The group's work is paused.</summary>
    Suspended = 5,

    /// <summary>The group finished its mandate.</summary>
    Concluded = 6,

    /// <summary>The group was wound up without finishing its mandate.</summary>
    Dissolved = 7,
}
