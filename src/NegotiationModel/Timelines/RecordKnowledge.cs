using NegotiationModel.Identifiers;
using NegotiationModel.Kinds;
using NegotiationModel.Sources;
using NegotiationModel.Time;
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
    // Each source cited, the first of duplicate identifiers, with from when it is known: resolved once, not once per citation.
    // Keyed by the identifier's text, so that the dictionary hashes it with its own fast ordinal comparer rather than
    // SourceId's randomized one: a timeline of a million statements looks up every citation's source here.
    private readonly Dictionary<string, (Source Source, Instant? KnownFrom)> sources;
    // What gathers an entity's earliest citation, kept for the next entity: a timeline asks for a million.
    private EarliestCitation? spareEarliest;

    public RecordKnowledge(NegotiationRecord record, WhenContext context)
    {
        this.record = record;
        this.context = context;
        sources = new(record.Sources.Count, StringComparer.Ordinal);
        foreach (var source in record.Sources)
        {
            // A source's identifier is never the default value (its reference would refuse it), so its text is never null.
            sources.TryAdd(source.Id.Value, (source, SourceKnownFrom(source)));
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
        if (citation.Source.Value is not { } sourceId || !sources.TryGetValue(sourceId, out var cited))
        {
            return citation.RecordedAt;
        }

        // Without a revision, what is cited is the publication, whose earliest instant is the source's own "known from".
        var (source, sourceKnownFrom) = cited;
        var earliest = citation.Revision is { } number && source.FindRevision(number) is { } revision
            ? revision.At.Resolve(context).Earliest
            : sourceKnownFrom;
        return Later(sourceKnownFrom, earliest ?? citation.RecordedAt);
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

        // Taken from its place while in use, so that threads asking at once (the store derives rows in parallel) each
        // have their own.
        var earliest = Interlocked.Exchange(ref spareEarliest, null) ?? new EarliestCitation(this);
        earliest.KnownFrom = EarliestOf(entity.Citations);
        EntityKinds.Of(entity).PartCitationsOf(entity, earliest);
        var knownFrom = earliest.KnownFrom;
        Volatile.Write(ref spareEarliest, earliest);
        return knownFrom;
    }

    /// <summary>Returns from when a part of an entity known from <paramref name="entityKnownFrom"/> is known, given the part's citations.</summary>
    public Instant? PartKnownFrom(Instant? entityKnownFrom, ValueList<Citation> citations)
        => citations.IsEmpty ? entityKnownFrom : Later(entityKnownFrom, EarliestOf(citations));

    /// <summary>Returns the record as it stood at <paramref name="instant"/>.</summary>
    /// <remarks>
    /// Every kind's collection and the parts of its entities that carry citations are filtered as the entity kinds'
    /// table describes them; a source's revisions, which carry no citations, are kept from their own window.
    /// </remarks>
    public NegotiationRecord AsKnownAt(Instant instant)
    {
        var known = record;
        var filter = new KnownAt(this, instant, null);
        foreach (var kind in EntityKinds.InRecordOrder)
        {
            known = kind.KeepKnown(known, filter);
        }

        return known with
        {
            Sources = ValueList.From(known.Sources.Select(source => source with { Revisions = Filter(source.Revisions, r => IsKnownAt(RevisionKnownFrom(source, r), instant)) })),
        };
    }

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

    // What is known at an instant: entities by their own "known from", parts by that of the entity being filtered.
    private sealed class KnownAt(RecordKnowledge knowledge, Instant instant, Instant? entityKnownFrom) : IKnowledgeFilter
    {
        public ValueList<TEntity> Entities<TEntity>(ValueList<TEntity> entities, Func<TEntity, IKnowledgeFilter, TEntity> keepParts)
            where TEntity : class, IRecordEntity
            => ValueList.From(entities
                .Select(entity => (Entity: entity, KnownFrom: knowledge.EntityKnownFrom(entity)))
                .Where(pair => IsKnownAt(pair.KnownFrom, instant))
                .Select(pair => keepParts(pair.Entity, new KnownAt(knowledge, instant, pair.KnownFrom))));

        public ValueList<TEntity> Entities<TEntity>(ValueList<TEntity> entities)
            where TEntity : class, IRecordEntity
            => Filter(entities, entity => IsKnownAt(knowledge.EntityKnownFrom(entity), instant));

        public ValueList<TPart> Parts<TPart>(ValueList<TPart> parts, Func<TPart, ValueList<Citation>> citationsOf)
            => Filter(parts, part => IsKnownAt(knowledge.PartKnownFrom(entityKnownFrom, citationsOf(part)), instant));
    }

    // The earliest "known from" of an entity's citations and its parts': the parts' lists are read where they are.
    private sealed class EarliestCitation(RecordKnowledge knowledge) : IPartCitations
    {
        public Instant? KnownFrom { get; set; }

        public void Add<TPart>(ValueList<TPart> parts, Func<TPart, ValueList<Citation>> citationsOf)
        {
            foreach (var part in parts.Items)
            {
                var citations = citationsOf(part);
                if (!citations.IsEmpty)
                {
                    KnownFrom = Earlier(KnownFrom, knowledge.EarliestOf(citations));
                }
            }
        }
    }

    private Instant? EarliestOf(ValueList<Citation> citations)
    {
        var first = true;
        Instant? knownFrom = null;
        foreach (var citation in citations.Items)
        {
            var citationKnownFrom = CitationKnownFrom(citation);
            knownFrom = first ? citationKnownFrom : Earlier(knownFrom, citationKnownFrom);
            first = false;
        }

        return knownFrom;
    }
}
