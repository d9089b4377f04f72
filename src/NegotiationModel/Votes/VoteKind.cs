namespace NegotiationModel.Votes;

/// <summary>What kind of vote a <see cref="Vote"/> is: who votes, and by which procedure.</summary>
public enum VoteKind
{
    /// <summary>A referendum: the electorate decides a question put to it, such as an agreement or a change of the constitution.</summary>
    Referendum = 1,

    /// <summary>A plebiscite: the electorate is asked to approve or reject a decision of the executive, such as Colombia's of 2 October 2016 on the agreement with the FARC.</summary>
    Plebiscite = 2,

    /// <summary>A vote of a legislature, or of one of its chambers, on a text: a ratification, a bill, a motion.</summary>
    Legislative = 3,

    /// <summary>Any other vote, such as a party congress, a council of an organisation or an assembly of delegates.</summary>
    Other = 4,
}
