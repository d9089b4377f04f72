namespace NegotiationModel.Events;

/// <summary>The part an actor plays in an event.</summary>
public enum ParticipantRole
{
    /// <summary>A principal: a leader or party taking part in their own right, such as Trump and Zelensky at their meeting.</summary>
    Principal = 1,

    /// <summary>A member of a principal's delegation: an official, adviser or envoy.</summary>
    DelegationMember = 2,

    /// <summary>The host of the event, who receives the others.</summary>
    Host = 3,

    /// <summary>A third party that mediates or facilitates between the others.</summary>
    Mediator = 4,

    /// <summary>An observer present without taking part in the negotiation.</summary>
    Observer = 5,

    /// <summary>Any other role; <see cref="Participant"/> notes can say which.</summary>
    Other = 6,
}
