namespace NegotiationModel;

/// <summary>How a name relates to what it names.</summary>
public enum NameKind
{
    /// <summary>The preferred name in its language (the Wikibase label).</summary>
    Primary = 1,

    /// <summary>Another name in use (the Wikibase alias, Popolo <c>other_names</c>).</summary>
    Alias = 2,

    /// <summary>A rendering of the name in another script (ウシャコフ, Ushakov, Ушаков).</summary>
    Transliteration = 3,

    /// <summary>An abbreviation or acronym (SBU, IDA).</summary>
    Abbreviation = 4,

    /// <summary>A spelling found in a source that is most likely a mistake (SRU for SBU), kept so that look-ups find it.</summary>
    Misspelling = 5,
}
