using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Indexing;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;

namespace NegotiationModel;

// Look-ups: by identifier, by name or alias in any language, by actor. The indexes behind them are built
// on first use and shared between threads (see RecordIndex). Find of each entity's identifier is generated
// from the identifier's declaration (EntityIdGenerator).
public sealed partial record NegotiationRecord
{
    private RecordIndex Index => RecordIndex.Of(this);

    /// <summary>Finds the phase of a proposal with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The phase, or <see langword="null"/> when no proposal of the record has one with that identifier.</returns>
    public Phase? Find(PhaseId id) => Index.Find(id);

    /// <summary>Finds the entity a reference points at.</summary>
    /// <param name="reference">The reference.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that kind and identifier (phases are not entities: see <see cref="Find(PhaseId)"/>).</returns>
    public IRecordEntity? Find(EntityReference reference) => Index.Find(reference);

    /// <summary>
    /// Finds the entities with a name, alias, transliteration, title or label equal to <paramref name="name"/>
    /// in any language, ignoring case, Unicode width (ｳｼｬｺﾌ = ウシャコフ), hiragana against katakana and runs of spaces.
    /// </summary>
    /// <param name="name">The name to look for.</param>
    /// <returns>The matching entities in record order; empty when none matches.</returns>
    public ValueList<IRecordEntity> FindByName(string name)
    {
        Guard.Against.Null(name);
        return Index.FindByName(name);
    }

    /// <summary>Finds the actors with a name, alias or transliteration equal to <paramref name="name"/>, as <see cref="FindByName"/> compares them.</summary>
    /// <param name="name">The name to look for, such as ウィシャコフ or Ушаков.</param>
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
