namespace NegotiationModel.Events;

/// <summary>What kind of event happened or is expected to happen in a negotiation.</summary>
public enum EventKind
{
    /// <summary>A meeting in person of two or more parties or delegations, such as Trump and Zelensky in Miami.</summary>
    Meeting = 1,

    /// <summary>A meeting of heads of state or government, usually prepared in advance and with a declaration.</summary>
    Summit = 2,

    /// <summary>A telephone call, such as the call of Putin and Trump before the Miami meeting.</summary>
    PhoneCall = 3,

    /// <summary>A call or conference held by video link.</summary>
    VideoCall = 4,

    /// <summary>A press conference, joint or by one party, such as Trump and Zelensky's after their meeting.</summary>
    PressConference = 5,

    /// <summary>A round of negotiations between delegations, such as a session of a working group.</summary>
    NegotiationRound = 6,

    /// <summary>The signing of an agreement, memorandum or declaration.</summary>
    Signing = 7,

    /// <summary>An announcement of something that has happened or will happen, such as details expected early next month.</summary>
    Announcement = 8,

    /// <summary>Any other event.</summary>
    Other = 9,
}
