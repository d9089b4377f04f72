using System.Globalization;
using System.Text.Json.Serialization;
using NegotiationModel.Actors;
using NegotiationModel.Sources;
using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Mandates;
using NegotiationModel.Monitoring;
using NegotiationModel.Positions;
using NegotiationModel.Proposals;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Topics;
using NegotiationModel.WorkingGroups;
using NodaTime;
using NegotiationModel.Votes;

namespace NegotiationModel;

/// <summary>
/// Everything known about one negotiation process: who took part, what they said, according to which
/// sources. The aggregate every application reads and writes as one JSON document.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe; look-up indexes are built once, on first use.</para>
/// </remarks>
public sealed partial record NegotiationRecord : ExtensibleObject
{
    /// <summary>Initializes a new, empty record with a title.</summary>
    /// <param name="title">A short title for the negotiation; not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public NegotiationRecord(string title)
    {
        Title = title;
    }

    /// <summary>Gets the version of the JSON contract this record follows; required in JSON.</summary>
    [JsonRequired]
    public SchemaVersion SchemaVersion { get; init; } = SchemaVersion.Current;

    /// <summary>Gets a short title for the negotiation.</summary>
    public string Title { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Title)); }

    /// <summary>Gets a longer description of what the record covers.</summary>
    public string? Description { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Description)); }

    /// <summary>Gets when the record was last changed, if its producer says so.</summary>
    public Instant? LastUpdated { get; init; }

    /// <summary>Gets the actors: people, states, organisations, factions, media outlets.</summary>
    public ValueList<Actor> Actors { get; init; }

    /// <summary>Gets the sources facts are taken from.</summary>
    public ValueList<Source> Sources { get; init; }

    /// <summary>Gets the events: meetings, calls, press conferences, rounds, announcements.</summary>
    public ValueList<NegotiationEvent> Events { get; init; }

    /// <summary>Gets the statements, as sources report them.</summary>
    public ValueList<Statement> Statements { get; init; }

    /// <summary>Gets the working groups.</summary>
    public ValueList<WorkingGroup> WorkingGroups { get; init; }

    /// <summary>Gets the proposals, with their versions, provisions and phases.</summary>
    public ValueList<Proposal> Proposals { get; init; }

    /// <summary>Gets the agreed agendas of talks, with their items.</summary>
    [AddedIn(1, 1)]
    public ValueList<Agenda> Agendas { get; init; }

    /// <summary>Gets the votes: referendums, plebiscites and votes of legislatures, with their results.</summary>
    [AddedIn(1, 1)]
    public ValueList<Vote> Votes { get; init; }

    /// <summary>Gets the guarantees.</summary>
    public ValueList<Guarantee> Guarantees { get; init; }

    /// <summary>Gets the monitoring and verification missions: who monitors what, where, how, under which mandate, funded by whom.</summary>
    [AddedIn(1, 1)]
    public ValueList<MonitoringMission> MonitoringMissions { get; init; }

    /// <summary>Gets the mandates: who tasked an actor, a monitoring mission or a working group, by which instrument, for which term, with renewals.</summary>
    [AddedIn(1, 1)]
    public ValueList<Mandate> Mandates { get; init; }

    /// <summary>Gets the territories.</summary>
    public ValueList<Territory> Territories { get; init; }

    /// <summary>Gets the territorial claims: who claims what, on which basis.</summary>
    public ValueList<TerritorialClaim> Claims { get; init; }

    /// <summary>Gets the observations of who controls which territory, when, per source.</summary>
    public ValueList<ControlObservation> ControlObservations { get; init; }

    /// <summary>Gets the named lines, such as lines of contact.</summary>
    public ValueList<NamedLine> Lines { get; init; }

    /// <summary>Gets the actors' positions on proposals, provisions and issues.</summary>
    public ValueList<Position> Positions { get; init; }

    /// <summary>Gets the assessments: analysis and commentary, kept apart from reporting.</summary>
    public ValueList<Assessment> Assessments { get; init; }

    /// <summary>Gets the topics the record uses: the well-known vocabulary and any of the record's own.</summary>
    public ValueList<Topic> Topics { get; init; }

    /// <summary>Enumerates every entity of the record, collection by collection in the order above, provisions after their proposals.</summary>
    /// <returns>The entities; phases, which are parts of proposals, are not among them (see <see cref="Find(PhaseId)"/>).</returns>
    public IEnumerable<IRecordEntity> Entities() => EntityKinds.InRecordOrder.SelectMany(kind => kind.EntitiesOf(this));

    /// <summary>
    /// Returns a record with <paramref name="entity"/> in the place of the entity with the same kind and identifier,
    /// wherever the record holds it: in its collection, or inside another entity (a provision in its proposal's version).
    /// </summary>
    /// <param name="entity">The new entity, usually an existing one edited with <see langword="with"/>.</param>
    /// <returns>The new record; this one is unchanged. Entities and lists on no path to the replaced entity are shared with this record.</returns>
    /// <exception cref="ArgumentException">
    /// The record holds no entity with that reference, or holds several (a record validation reports as NM1001, or a provision
    /// drafted in several versions of its proposal: replace its text in one version with <see cref="Replace(Provision, int)"/>).
    /// </exception>
    /// <example><code>record = record.Replace(record.Find(actorId)! with { Notes = "Head of delegation" });</code></example>
    public NegotiationRecord Replace(IRecordEntity entity)
    {
        Guard.Against.Null(entity);
        if (entity is Provision provision && ProvisionVersions.CopiesOf(this, provision.Id) > 1)
        {
            Guard.Against.Invalid(true, nameof(entity), $"Provision '{provision.Id}' is drafted in several versions ({ProvisionVersions.Holders(this, provision.Id)}); say which version's text to replace with Replace(provision, version).");
        }

        return EntityKinds.Of(entity).Replace(this, entity);
    }

    /// <summary>
    /// Returns a record with <paramref name="provision"/> in the place of the provision with its identifier in version
    /// <paramref name="version"/> of the proposal that holds it, leaving the provision's text in the other versions as it is.
    /// </summary>
    /// <param name="provision">The provision as it should read in that version, usually an existing one edited with <see langword="with"/>.</param>
    /// <param name="version">The number of the version to change.</param>
    /// <returns>The new record; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">No version of that number holds the provision, or several do (a record validation reports as NM1001).</exception>
    /// <example><code>record = record.Replace(record.Find(point2, 2)! with { Notes = "Distances as in the Package of Measures" }, 2);</code></example>
    public NegotiationRecord Replace(Provision provision, int version)
    {
        Guard.Against.Null(provision);
        return ProvisionVersions.Replace(this, provision, version);
    }

    /// <summary>Returns the title with the number of actors and statements.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Title} ({Actors.Count} actors, {Sources.Count} sources, {Events.Count} events, {Statements.Count} statements)");
}
