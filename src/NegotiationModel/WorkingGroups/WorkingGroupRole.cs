namespace NegotiationModel.WorkingGroups;

/// <summary>The part an actor plays in a working group.</summary>
public enum WorkingGroupRole
{
    /// <summary>A member, such as the United States and Russia in the security and economic groups.</summary>
    Member = 1,

    /// <summary>The sole chair of the group.</summary>
    Chair = 2,

    /// <summary>One of two or more chairs sharing the chair.</summary>
    CoChair = 3,

    /// <summary>An observer without a member's part in the group's decisions.</summary>
    Observer = 4,
}
