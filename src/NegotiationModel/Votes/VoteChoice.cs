namespace NegotiationModel.Votes;

/// <summary>What the voters counted in one <see cref="VoteCount"/> did: chose an option, abstained, spoilt a ballot, stayed away or walked out.</summary>
public enum VoteChoice
{
    /// <summary>Voted yes: for the question, the text or the motion.</summary>
    Yes = 1,

    /// <summary>Voted no: against the question, the text or the motion.</summary>
    No = 2,

    /// <summary>Chose another option, named by the count's label (one of several texts, a candidate).</summary>
    Option = 3,

    /// <summary>Abstained: present and recorded as abstaining.</summary>
    Abstain = 4,

    /// <summary>Cast a blank or unmarked ballot.</summary>
    Blank = 5,

    /// <summary>Cast a ballot counted as invalid (null or spoilt).</summary>
    Invalid = 6,

    /// <summary>Did not vote: absent, or members of a body who took no part.</summary>
    Absent = 7,

    /// <summary>Walked out before the vote in protest, such as members of a party leaving a chamber.</summary>
    WalkedOut = 8,
}
