namespace NegotiationModel.WorkingGroups;

/// <summary>Whether a milestone of a working group is still expected, was reached, missed or dropped.</summary>
public enum MilestoneStatus
{
    /// <summary>The milestone is expected, such as the groups' details "early next month".</summary>
    Expected = 1,

    /// <summary>A source reports the milestone reached.</summary>
    Reached = 2,

    /// <summary>The expected time passed without the milestone being reached.</summary>
    Missed = 3,

    /// <summary>The milestone was dropped.</summary>
    Cancelled = 4,
}
