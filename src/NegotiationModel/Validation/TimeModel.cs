using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Walking;
using NodaTime;

namespace NegotiationModel.Validation;

/// <summary>
/// The record's times for the time rules: values resolved to windows through the record's anchors, which are
/// the timeline's (<see cref="NegotiationRecordTimeExtensions.TimeContext(NegotiationRecord)"/>: each entity's own time as
/// <see cref="EntityTimes"/> defines it), and the cycles of relative times, found by an iterative depth-first
/// search over the same anchors, so chains of any length need no recursion.
/// </summary>
/// <remarks>
/// Every value is resolved twice: with floating values in UTC, and with floating values anywhere on Earth.
/// Two values that are both floating compare in UTC (the same civil frame, so <c>2025-12-27</c> is before
/// <c>2025-12-28</c>); otherwise they compare with floating values widened, so a diagnostic never depends on
/// where a floating value is placed.
/// </remarks>
internal sealed class TimeModel
{
    private readonly Dictionary<EntityReference, bool> floating;
    private readonly WhenContext anywhereContext;

    public TimeModel(NegotiationRecord record, RecordModel model, bool fastPaths)
    {
        // Validation places a relative value where the timeline does: both resolve anchors through the
        // record's one resolver of entity times (Timelines.RecordAnchors, cached per record). Building it resolves
        // every dated entity's window, two thirds of validating a record just read when done for both frames
        // (docs/performance-log.md), and only relative values ask it: on the fast path it is built on the first anchor
        // asked for, and a record without relative values has neither anchors nor cycles to look for.
        if (!fastPaths)
        {
            UtcContext = record.TimeContext();
            anywhereContext = record.TimeContext(floatingZone: null);
        }
        else
        {
            UtcContext = new WhenContext { FloatingZone = DateTimeZone.Utc, Anchors = new LazyAnchors(record, DateTimeZone.Utc) };
            anywhereContext = new WhenContext { FloatingZone = null, Anchors = new LazyAnchors(record, floatingZone: null) };
            if (!HasRelativeValues(model))
            {
                floating = [];
                return;
            }
        }

        var timed = new List<(EntityReference Entity, IRecordEntity Value, SitePath Site)>();
        var index = new Dictionary<EntityReference, int>();
        for (var number = 0; number < model.DefinitionCount; number++)
        {
            var site = model.Definition(number);
            if (site.Value is IRecordEntity entity && EntityTimes.HasTime(entity))
            {
                var reference = model.DefinitionKey(number);
                index[reference] = timed.Count;
                timed.Add((reference, entity, site.Path));
            }
        }

        // Most times are absolute and lead nowhere; only relative ones (and ranges of them) have edges, each
        // kept with the value it comes from, which is where a cycle is reported.
        var edges = new IReadOnlyList<int>[timed.Count];
        var edgeValues = new List<When>[timed.Count];
        for (var node = 0; node < timed.Count; node++)
        {
            var targets = new List<int>();
            var values = new List<When>();
            foreach (var value in EntityTimes.ValuesOf(timed[node].Value))
            {
                foreach (var anchor in EntityTimes.AnchorsIn(value))
                {
                    targets.Add(index.TryGetValue(anchor, out var target) ? target : -1);
                    values.Add(value);
                }
            }

            edges[node] = targets;
            edgeValues[node] = values;
        }

        var order = new List<int>(timed.Count);
        foreach (var cycle in GraphCycles.Find(timed.Count, node => edges[node], order))
        {
            var (_, entity, site) = timed[cycle.From];
            Cycles.Add((EntityTimes.PathOf(entity, site, edgeValues[cycle.From][cycle.Edge]), [.. cycle.Nodes.Select(n => timed[n].Entity)], cycle.Length));
        }

        floating = new Dictionary<EntityReference, bool>(timed.Count);
        foreach (var node in order)
        {
            floating[timed[node].Entity] = EntityTimes.ValuesOf(timed[node].Value).All(IsFloating);
        }
    }

    /// <summary>Gets a context that resolves as the record's with floating values in UTC does (<see cref="NegotiationRecordTimeExtensions.TimeContext(NegotiationRecord)"/>); on the fast path it asks that one only for anchors.</summary>
    public WhenContext UtcContext { get; }

    /// <summary>Gets the cycles of relative times: the path of the time that closes each, its first entities, and its length.</summary>
    public List<(JsonPath Path, EntityReference[] Entities, int Length)> Cycles { get; } = [];

    /// <summary>Resolves a value both ways.</summary>
    /// <remarks>A value with a zone or an offset of its own has one window in both frames, and is resolved once.</remarks>
    public Resolved Resolve(When when)
    {
        if (when is CalendarWhen { IsFloating: false } calendar)
        {
            var window = calendar.Resolve(UtcContext);
            return new(window, window, IsFloating: false);
        }

        return new(when.Resolve(UtcContext), when.Resolve(anywhereContext), IsFloating(when));
    }

    /// <summary>Tells whether <paramref name="first"/> certainly ended before <paramref name="second"/> began.</summary>
    public bool IsBefore(When first, When second) => Compare(Resolve(first), Resolve(second)) == TemporalRelation.DefinitelyBefore;

    /// <summary>Relates two resolved values in the frame they share (see the remarks).</summary>
    public static TemporalRelation Compare(Resolved first, Resolved second) => first.IsFloating && second.IsFloating
        ? TimeWindow.Compare(first.Utc, second.Utc)
        : TimeWindow.Compare(first.Anywhere, second.Anywhere);

    // Whether any time value of the record is relative, or a range with a relative end: the values EntityTimes.AnchorsIn finds anchors in.
    private static bool HasRelativeValues(RecordModel model)
    {
        foreach (var site in model.RangesAndRelatives)
        {
            if (IsAnchored(site.When))
            {
                return true;
            }
        }

        return false;

        static bool IsAnchored(When? when) => when switch
        {
            RelativeWhen => true,
            RangeWhen range => IsAnchored(range.Start) || IsAnchored(range.End),
            _ => false,
        };
    }

    private bool IsFloating(When when) => when switch
    {
        CalendarWhen calendar => calendar.IsFloating,
        RangeWhen range => (range.Start is null || IsFloating(range.Start)) && (range.End is null || IsFloating(range.End)),
        RelativeWhen relative => !floating.TryGetValue(relative.Anchor, out var anchor) || anchor,
        _ => true,
    };

    /// <summary>The record's resolver of anchors for a floating zone, built (or found in the record's cache) when first asked.</summary>
    private sealed class LazyAnchors(NegotiationRecord record, DateTimeZone? floatingZone) : IWhenAnchorResolver
    {
        private IWhenAnchorResolver? anchors;

        public TimeWindow? ResolveAnchor(EntityReference anchor)
            => (anchors ??= record.TimeContext(floatingZone).Anchors!).ResolveAnchor(anchor);
    }

    /// <summary>A value's window with floating values in UTC and anywhere, and whether it is floating (has no zone or offset of its own).</summary>
    internal readonly record struct Resolved(TimeWindow Utc, TimeWindow Anywhere, bool IsFloating);
}
