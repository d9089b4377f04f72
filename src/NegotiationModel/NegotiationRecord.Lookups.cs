using NegotiationModel.Actors;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;

namespace NegotiationModel;

// Look-ups: by identifier, by name or alias in any language, by actor. The indexes behind them are built
// on first use and shared between threads (see RecordIndex).
public sealed partial record NegotiationRecord
{
    private RecordIndex Index => RecordIndex.Of(this);

    /// <summary>Finds the Actor with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Actor? Find(ActorId id) => Index.Find(EntityReference.To(id)) as Actor;

    /// <summary>Finds the Source with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Source? Find(SourceId id) => Index.Find(EntityReference.To(id)) as Source;

    /// <summary>Finds the NegotiationEvent with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public NegotiationEvent? Find(NegotiationEventId id) => Index.Find(EntityReference.To(id)) as NegotiationEvent;

    /// <summary>Finds the Statement with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Statement? Find(StatementId id) => Index.Find(EntityReference.To(id)) as Statement;

    /// <summary>Finds the WorkingGroup with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public WorkingGroup? Find(WorkingGroupId id) => Index.Find(EntityReference.To(id)) as WorkingGroup;

    /// <summary>Finds the Proposal with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Proposal? Find(ProposalId id) => Index.Find(EntityReference.To(id)) as Proposal;

    /// <summary>Finds the Provision with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Provision? Find(ProvisionId id) => Index.Find(EntityReference.To(id)) as Provision;

    /// <summary>Finds the Guarantee with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Guarantee? Find(GuaranteeId id) => Index.Find(EntityReference.To(id)) as Guarantee;

    /// <summary>Finds the Territory with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Territory? Find(TerritoryId id) => Index.Find(EntityReference.To(id)) as Territory;

    /// <summary>Finds the TerritorialClaim with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public TerritorialClaim? Find(ClaimId id) => Index.Find(EntityReference.To(id)) as TerritorialClaim;

    /// <summary>Finds the ControlObservation with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public ControlObservation? Find(ControlObservationId id) => Index.Find(EntityReference.To(id)) as ControlObservation;

    /// <summary>Finds the NamedLine with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public NamedLine? Find(LineId id) => Index.Find(EntityReference.To(id)) as NamedLine;

    /// <summary>Finds the Position with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Position? Find(PositionId id) => Index.Find(EntityReference.To(id)) as Position;

    /// <summary>Finds the Assessment with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Assessment? Find(AssessmentId id) => Index.Find(EntityReference.To(id)) as Assessment;

    /// <summary>Finds the Topic with the given identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The entity, or <see langword="null"/> when the record holds none with that identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public Topic? Find(TopicId id) => Index.Find(EntityReference.To(id)) as Topic;

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
