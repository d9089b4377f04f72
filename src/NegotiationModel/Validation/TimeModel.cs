using NegotiationModel.Assessments;
using NegotiationModel.Events;
using NegotiationModel.Positions;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Time;

namespace NegotiationModel.Validation;

/// <summary>
/// The record's times resolved to windows, once: each entity's own time (the anchor of relative times that
/// refer to it) is resolved after the times it is anchored to, in the order of an iterative depth-first
/// search, so chains of relative times of any length resolve without recursion; cycles are found on the way.
/// </summary>
/// <remarks>
/// Every value is resolved twice: with floating values in UTC, and with floating values anywhere on Earth.
/// Two values that are both floating compare in UTC (the same civil frame, so <c>2025-12-27</c> is before
/// <c>2025-12-28</c>); otherwise they compare with floating values widened, so a diagnostic never depends on
/// where a floating value is placed.
/// </remarks>
internal sealed class TimeModel
{
    private readonly Dictionary<EntityReference, Resolved> anchors;
    private readonly WhenContext anywhereContext;

    public TimeModel(RecordModel model)
    {
        anchors = new Dictionary<EntityReference, Resolved>(model.FirstDefinitions.Count);
        UtcContext = new WhenContext { Anchors = new Anchors(anchors, anywhere: false) };
        anywhereContext = new WhenContext { FloatingZone = null, Anchors = new Anchors(anchors, anywhere: true) };

        var timed = new List<(EntityReference Entity, When When, SitePath Site, string Member)>(model.FirstDefinitions.Count);
        var index = new Dictionary<EntityReference, int>(model.FirstDefinitions.Count);
        foreach (var (reference, site) in model.FirstDefinitions)
        {
            if (site.Value is IRecordEntity entity && TimeOf(entity) is ({ } when, var member))
            {
                index[reference] = timed.Count;
                timed.Add((reference, when, site.Path, member));
            }
        }

        // Most times are absolute and lead nowhere; only relative ones (and ranges of them) have edges.
        var edges = new IReadOnlyList<int>[timed.Count];
        for (var node = 0; node < timed.Count; node++)
        {
            edges[node] = timed[node].When is CalendarWhen ? [] : [.. AnchorsOf(timed[node].When).Select(a => index.TryGetValue(a, out var i) ? i : -1)];
        }

        var order = new List<int>(timed.Count);
        foreach (var cycle in GraphCycles.Find(timed.Count, node => edges[node], order))
        {
            Cycles.Add((timed[cycle.From].Site.Member(timed[cycle.From].Member), [.. cycle.Nodes.Select(n => timed[n].Entity)], cycle.Length));
        }

        foreach (var node in order)
        {
            anchors[timed[node].Entity] = Resolve(timed[node].When);
        }
    }

    /// <summary>Gets a context with floating values in UTC and the record's anchors.</summary>
    public WhenContext UtcContext { get; }

    /// <summary>Gets the cycles of relative times: the path of the time that closes each, its first entities, and its length.</summary>
    public List<(JsonPath Path, EntityReference[] Entities, int Length)> Cycles { get; } = [];

    /// <summary>Returns an entity's own time, the one relative times anchored to the entity start from, and the C# name of its member.</summary>
    public static (When? When, string Member) TimeOf(IRecordEntity entity) => entity switch
    {
        NegotiationEvent e => (e.When, nameof(e.When)),
        Statement s => (s.When, nameof(s.When)),
        Source s => (s.Published, nameof(s.Published)),
        Position p => (p.When, nameof(p.When)),
        Assessment a => (a.When, nameof(a.When)),
        ControlObservation o => (o.When, nameof(o.When)),
        NamedLine l => (l.When, nameof(l.When)),
        TerritorialClaim c => (c.Since, nameof(c.Since)),
        _ => (null, string.Empty),
    };

    /// <summary>Tells whether an entity kind has a time of its own that relative times can be anchored to.</summary>
    public static bool HasTime(EntityKind kind) => kind is EntityKind.Event or EntityKind.Statement or EntityKind.Source or EntityKind.Position
        or EntityKind.Assessment or EntityKind.ControlObservation or EntityKind.Line or EntityKind.Claim;

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

    private static IEnumerable<EntityReference> AnchorsOf(When when) => when switch
    {
        RelativeWhen relative => [relative.Anchor],
        RangeWhen range => [.. range.Start is null ? [] : AnchorsOf(range.Start), .. range.End is null ? [] : AnchorsOf(range.End)],
        _ => [],
    };

    private bool IsFloating(When when) => when switch
    {
        CalendarWhen calendar => calendar.IsFloating,
        RangeWhen range => (range.Start is null || IsFloating(range.Start)) && (range.End is null || IsFloating(range.End)),
        RelativeWhen relative => !anchors.TryGetValue(relative.Anchor, out var anchor) || anchor.IsFloating,
        _ => true,
    };

    /// <summary>A value's window with floating values in UTC and anywhere, and whether it is floating (has no zone or offset of its own).</summary>
    internal readonly record struct Resolved(TimeWindow Utc, TimeWindow Anywhere, bool IsFloating);

    /// <summary>Finds anchors among the entity times resolved so far.</summary>
    private sealed class Anchors(Dictionary<EntityReference, Resolved> resolved, bool anywhere) : IWhenAnchorResolver
    {
        public TimeWindow? ResolveAnchor(EntityReference anchor)
            => resolved.TryGetValue(anchor, out var window) ? (anywhere ? window.Anywhere : window.Utc) : null;
    }
}
