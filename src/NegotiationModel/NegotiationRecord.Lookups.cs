using NegotiationModel.Actors;
using NegotiationModel.Indexing;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;

namespace NegotiationModel;

// Look-ups: by identifier, by the words of a name or by a whole name in any language, by actor. The indexes behind them are built
// on first use and shared between threads (see RecordIndex). Find of each entity's identifier is generated
// from the identifier's declaration (EntityIdGenerator).
public sealed partial record NegotiationRecord
{
    private RecordIndex Index => RecordIndex.Of(this);

    /// <summary>Finds the phase of a proposal with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The phase, or <see langword="null"/> when no proposal of the record has one with that identifier.</returns>
    public Phase? Find(PhaseId id) => Index.Find(id);

    /// <summary>
    /// Finds a provision as drafted in one version of its proposal: <c>Find(point2, 1)</c> and <c>Find(point2, 2)</c> are the
    /// first and second drafts of one provision, where <c>Find(point2)</c> finds its latest draft.
    /// </summary>
    /// <param name="id">The provision's identifier.</param>
    /// <param name="version">The number of the version of the provision's proposal.</param>
    /// <returns>The provision as that version holds it, or <see langword="null"/> when no proposal's version of that number holds it.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Provision? Find(ProvisionId id, int version)
    {
        Guard.Against.Default(id, nameof(id));
        return Index.Find(id, version);
    }

    /// <summary>Finds the entity a reference points at.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>
    /// The entity, or <see langword="null"/> when the record holds none with that kind and identifier (phases are not entities: see
    /// <see cref="Find(PhaseId)"/>). A provision is found as drafted in the version with the greatest number that holds it (see
    /// <see cref="Find(ProvisionId, int)"/> for another version's text); of identifiers shared by two entities (which validation
    /// reports as NM1001), the first in record order.
    /// </returns>
    public IRecordEntity? Find(EntityReference reference) => Index.Find(reference);

    /// <summary>
    /// Searches names by word: finds the entities with a name, alias, transliteration, title or label, in any language,
    /// that holds every word of <paramref name="name"/> as a whole word, in any order (<c>putin</c> finds
    /// "Vladimir Putin", <c>Порошенко</c> finds "Петро Порошенко"). Words are cut at spaces and punctuation and compared
    /// ignoring case (invariantly), Unicode width (ｳｼｬｺﾌ = ウシャコフ), hiragana against katakana, and the accents of
    /// Latin, Greek and Cyrillic letters (<c>Sao Paulo</c> finds "São Paulo").
    /// </summary>
    /// <param name="name">The name, or some of its words, to look for.</param>
    /// <returns>The matching entities in record order, each once; empty when none matches or the query holds no word.</returns>
    /// <remarks>
    /// This is a search for people: to resolve a name given as a reference, where a near name must not match, use
    /// <see cref="FindByExactName"/>. A word is matched whole (<c>Zelensky</c> does not find "Zelenskyy"); scripts
    /// written without spaces match by whole runs. The cost is that of the rarest word of the query, not of the number
    /// of names.
    /// </remarks>
    public ValueList<IRecordEntity> FindByName(string name)
    {
        Guard.Against.Null(name);
        return Index.FindByName(name);
    }

    /// <summary>
    /// Finds the entities with a name, alias, transliteration, title or label equal to the whole of <paramref name="name"/>
    /// in any language, ignoring only case (invariantly), Unicode width (ｳｼｬｺﾌ = ウシャコフ), hiragana against katakana
    /// and runs of spaces. Accents and punctuation count: <c>Sao Paulo</c> does not find "São Paulo".
    /// </summary>
    /// <param name="name">The whole name, as a reference gives it.</param>
    /// <returns>The matching entities in record order; empty when none matches.</returns>
    public ValueList<IRecordEntity> FindByExactName(string name)
    {
        Guard.Against.Null(name);
        return Index.FindByExactName(name);
    }

    /// <summary>Searches the actors by the words of their names, aliases and transliterations, as <see cref="FindByName"/> does.</summary>
    /// <param name="name">The name, or some of its words, such as ウィシャコフ, Ушаков or <c>putin</c>.</param>
    /// <returns>The matching actors in record order; empty when none matches.</returns>
    public ValueList<Actor> FindActorsByName(string name) => ValueList.From(FindByName(name).OfType<Actor>());

    /// <summary>Finds every entity that involves an actor: as speaker, participant, member, proposer, guarantor, claimant, holder, author, outlet...</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The entities in record order; empty when none involves the actor.</returns>
    public ValueList<IRecordEntity> Involving(ActorId actor) => Index.Involving(actor);

    /// <summary>Finds the statements an actor made, alone or with others.</summary>
    /// <param name="speaker">The speaker.</param>
    /// <returns>The statements in record order.</returns>
    public ValueList<Statement> StatementsBy(ActorId speaker) => ValueList.From(Statements.Where(s => s.Speakers.Items.Contains(speaker)));
}
