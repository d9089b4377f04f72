namespace NegotiationModel;

/// <summary>
/// How much weight a recorded fact carries among facts about the same thing (the Wikibase statement
/// rank): the current or best-supported one, an ordinary one, or one kept only for the record.
/// </summary>
/// <remarks>
/// A rank is the recorder's choice among facts that a record holds side by side, such as two
/// observations of who controls a territory or two readings of an actor's position. It says nothing
/// about whether a claim is just; it never replaces the citations that attribute the fact.
/// </remarks>
public enum FactRank
{
    /// <summary>The fact to prefer among its peers: the most recent, the best sourced (Wikibase <c>preferred</c>).</summary>
    Preferred = 1,

    /// <summary>An ordinary fact; the default (Wikibase <c>normal</c>).</summary>
    Normal = 2,

    /// <summary>A fact known to be wrong or superseded, kept so that the record shows what was once reported (Wikibase <c>deprecated</c>).</summary>
    Deprecated = 3,
}
