using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Guarantees;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;
using NegotiationModel.WorkingGroups;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>
/// Knowledge time: from which instant each fact of a record can have been known, and the record as it
/// stood at an instant. The rule is documented in <c>docs/time.md</c> ("Knowledge time").
/// </summary>
/// <remarks>
/// <para>
/// Every "known from" is an instant or <see langword="null"/>, which means <em>known at every instant</em>
/// (nothing bounds it from below). <see cref="Earlier"/> and <see cref="Later"/> treat
/// <see langword="null"/> as the start of time.
/// </para>
/// <para>
/// The rule, in short: a citation is known from the earliest instant of the window of what it cites
/// (the named revision, else the source's publication), or, when that window is open towards the past,
/// from when the citation was recorded; never before its source is known. A source is known from the
/// earliest instant of its publication. An entity with citations of its own is known from the earliest of
/// its citations and those of its parts; an entity without citations of its own is always known. A part
/// (a status change, milestone, framing, version, phase, membership) is known once its entity is and, if it
/// has citations, once one of them is. A revision is known from the earliest instant of its window.
/// Everything is computed from the whole record once, and <see cref="AsKnownAt"/> only compares, so
/// knowing later never removes a fact.
/// </para>
/// </remarks>
internal sealed class RecordKnowledge
{
    private readonly NegotiationRecord record;
    private readonly WhenContext context;
    private readonly Dictionary<SourceId, Source> sources = [];

    public RecordKnowledge(NegotiationRecord record, WhenContext context)
    {
        this.record = record;
        this.context = context;
        foreach (var source in record.Sources)
        {
            sources.TryAdd(source.Id, source);
        }
    }

    /// <summary>Returns the earlier of two "known from" values; <see langword="null"/> (always) is earliest.</summary>
    public static Instant? Earlier(Instant? first, Instant? second)
        => first is { } a && second is { } b ? Instant.Min(a, b) : null;

    /// <summary>Returns the later of two "known from" values; <see langword="null"/> (always) is earliest.</summary>
    public static Instant? Later(Instant? first, Instant? second)
        => first is { } a ? (second is { } b ? Instant.Max(a, b) : a) : second;

    /// <summary>Tells whether something known from <paramref name="knownFrom"/> is known at <paramref name="instant"/>.</summary>
    public static bool IsKnownAt(Instant? knownFrom, Instant instant) => knownFrom is not { } from || from <= instant;

    /// <summary>Returns from when a source is known: the earliest instant of its publication.</summary>
    public Instant? SourceKnownFrom(Source source) => source.Published?.Resolve(context).Earliest;

    /// <summary>Returns from when a revision of a source is known: not before the source, and from the earliest instant of the revision's window.</summary>
    public Instant? RevisionKnownFrom(Source source, SourceRevision revision)
        => Later(SourceKnownFrom(source), revision.At.Resolve(context).Earliest);

    /// <summary>Returns from when a citation is known.</summary>
    public Instant? CitationKnownFrom(Citation citation)
    {
        if (!sources.TryGetValue(citation.Source, out var source))
        {
            return citation.RecordedAt;
        }

        var cited = citation.Revision is { } number && source.FindRevision(number) is { } revision
            ? revision.At
            : source.Published;
        var window = cited?.Resolve(context) ?? TimeWindow.Unbounded;
        return Later(SourceKnownFrom(source), window.Earliest ?? citation.RecordedAt);
    }

    /// <summary>Returns from when an entity is known.</summary>
    public Instant? EntityKnownFrom(IRecordEntity entity)
    {
        if (entity is Source source)
        {
            return SourceKnownFrom(source);
        }

        if (entity.Citations.IsEmpty)
        {
            return null;
        }

        var knownFrom = EarliestOf(entity.Citations);
        foreach (var citations in PartCitations(entity))
        {
            if (!citations.IsEmpty)
            {
                knownFrom = Earlier(knownFrom, EarliestOf(citations));
            }
        }

        return knownFrom;
    }

    /// <summary>Returns from when a part of an entity known from <paramref name="entityKnownFrom"/> is known, given the part's citations.</summary>
    public Instant? PartKnownFrom(Instant? entityKnownFrom, ValueList<Citation> citations)
        => citations.IsEmpty ? entityKnownFrom : Later(entityKnownFrom, EarliestOf(citations));

    /// <summary>Returns the record as it stood at <paramref name="instant"/>.</summary>
    public NegotiationRecord AsKnownAt(Instant instant)
    {
        ValueList<T> Keep<T>(ValueList<T> items, Func<T, Instant?> knownFrom)
            => Filter(items, item => IsKnownAt(knownFrom(item), instant));

        ValueList<T> Parts<T>(Instant? entityKnownFrom, ValueList<T> parts, Func<T, ValueList<Citation>> citations)
            => Keep(parts, part => PartKnownFrom(entityKnownFrom, citations(part)));

        ValueList<TEntity> Entities<TEntity>(ValueList<TEntity> entities, Func<TEntity, Instant?, TEntity> keepParts)
            where TEntity : IRecordEntity
            => ValueList.From(entities
                .Select(entity => (Entity: entity, KnownFrom: EntityKnownFrom(entity)))
                .Where(pair => IsKnownAt(pair.KnownFrom, instant))
                .Select(pair => keepParts(pair.Entity, pair.KnownFrom)));

        return record with
        {
            Actors = Entities(record.Actors, (actor, from) => actor with { Memberships = Parts(from, actor.Memberships, m => m.Citations) }),
            Sources = Entities(record.Sources, (source, _) => source with { Revisions = Keep(source.Revisions, r => RevisionKnownFrom(source, r)) }),
            Events = Entities(record.Events, (e, from) => e with { StatusHistory = Parts(from, e.StatusHistory, c => c.Citations) }),
            Statements = Entities(record.Statements, (statement, from) => statement with { Framings = Parts(from, statement.Framings, f => f.Citations) }),
            WorkingGroups = Entities(record.WorkingGroups, (group, from) => group with
            {
                StatusHistory = Parts(from, group.StatusHistory, c => c.Citations),
                Milestones = Parts(from, group.Milestones, m => m.Citations),
            }),
            Proposals = Entities(record.Proposals, (proposal, from) => proposal with
            {
                StatusHistory = Parts(from, proposal.StatusHistory, c => c.Citations),
                Phases = Parts(from, proposal.Phases, p => p.Citations),
                Versions = ValueList.From(Parts(from, proposal.Versions, v => v.Citations)
                    .Select(version => version with { Provisions = Keep(version.Provisions, EntityKnownFrom) })),
            }),
            Guarantees = Entities(record.Guarantees, (guarantee, from) => guarantee with { StatusHistory = Parts(from, guarantee.StatusHistory, c => c.Citations) }),
            Territories = Entities(record.Territories, (territory, _) => territory),
            Claims = Entities(record.Claims, (claim, _) => claim),
            ControlObservations = Entities(record.ControlObservations, (observation, _) => observation),
            Lines = Entities(record.Lines, (line, _) => line),
            Positions = Entities(record.Positions, (position, _) => position),
            Assessments = Entities(record.Assessments, (assessment, _) => assessment),
            Topics = Entities(record.Topics, (topic, _) => topic),
        };
    }

    /// <summary>Returns the citations of an entity's parts, one list per part.</summary>
    public static IEnumerable<ValueList<Citation>> PartCitations(IRecordEntity entity) => entity switch
    {
        Actor actor => actor.Memberships.Select(m => m.Citations),
        NegotiationEvent e => e.StatusHistory.Select(c => c.Citations),
        Statement statement => statement.Framings.Select(f => f.Citations),
        WorkingGroup group => [.. group.StatusHistory.Select(c => c.Citations), .. group.Milestones.Select(m => m.Citations)],
        Proposal proposal => [.. proposal.Versions.Select(v => v.Citations), .. proposal.StatusHistory.Select(c => c.Citations), .. proposal.Phases.Select(p => p.Citations)],
        Guarantee guarantee => guarantee.StatusHistory.Select(c => c.Citations),
        _ => [],
    };

    private static ValueList<T> Filter<T>(ValueList<T> items, Func<T, bool> keep)
    {
        foreach (var item in items)
        {
            if (!keep(item))
            {
                return ValueList.From(items.Where(keep));
            }
        }

        return items;
    }

    private Instant? EarliestOf(ValueList<Citation> citations)
    {
        var first = true;
        Instant? knownFrom = null;
        foreach (var citation in citations)
        {
            var citationKnownFrom = CitationKnownFrom(citation);
            knownFrom = first ? citationKnownFrom : Earlier(knownFrom, citationKnownFrom);
            first = false;
        }

        return knownFrom;
    }
}
