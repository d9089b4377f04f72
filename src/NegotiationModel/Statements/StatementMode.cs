namespace NegotiationModel.Statements;

/// <summary>How a statement's wording relates to what was actually said or written: quoted, reported, summarised.</summary>
public enum StatementMode
{
    /// <summary>The speaker's own words, quoted, such as Trump's "One or two thorny issues remain".</summary>
    DirectQuote = 1,

    /// <summary>Reported speech: the source restates what the speaker said in its own words, as NHK does for most of Ushakov's remarks.</summary>
    Paraphrase = 2,

    /// <summary>A source's condensed summary of a longer statement or of several remarks.</summary>
    Summary = 3,

    /// <summary>A statement issued jointly by all its speakers, such as a joint declaration or communiqué.</summary>
    JointStatement = 4,

    /// <summary>A written text by the speaker: a letter, a press release, a post on social media.</summary>
    Written = 5,

    /// <summary>Any other mode.</summary>
    Other = 6,
}
