namespace NegotiationModel.Events;

/// <summary>The status of an event in a source's account: whether it was announced, fixed, held, moved or called off.</summary>
public enum EventStatus
{
    /// <summary>Someone said the event would happen, without a fixed time, such as Ushakov announcing another Putin–Trump call after the meeting.</summary>
    Announced = 1,

    /// <summary>The event has a fixed date, time or place.</summary>
    Scheduled = 2,

    /// <summary>A source reports that the event happened.</summary>
    TookPlace = 3,

    /// <summary>The event was moved to a later time, fixed or not.</summary>
    Postponed = 4,

    /// <summary>The event was called off.</summary>
    Cancelled = 5,

    /// <summary>Sources disagree whether the event happened, or happened as reported.</summary>
    Disputed = 6,
}
