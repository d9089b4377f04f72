namespace NegotiationModel.WorkingGroups;

/// <summary>What a working group is for: negotiating a domain, preparing technical work, or carrying out part of an agreement as a mechanism.</summary>
public enum WorkingGroupKind
{
    /// <summary>A group that negotiates one domain of a settlement, such as the US–Russian security group; a group with no kind is one of these.</summary>
    Negotiating = 1,

    /// <summary>A technical group or sub-commission that prepares what the negotiators decide, such as a sub-commission on the end of the conflict.</summary>
    Technical = 2,

    /// <summary>
    /// A mechanism: a joint body with members and competences that carries out part of an agreement, such as the tripartite
    /// monitoring and verification mechanism of the United Nations, the government and the FARC-EP. A monitoring mission or a
    /// guarantee names it as its <c>mechanism</c>.
    /// </summary>
    Mechanism = 3,
}
