using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NegotiationModel.Indexing;
using NegotiationModel.Proposals;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>
/// Resolves the anchors of relative values against one record: each entity's own window
/// (<see cref="EntityTimes.OwnWindow"/>), relative values chaining through other entities.
/// </summary>
/// <remarks>
/// <para>
/// Every window is computed once, on the first look-up (a record without relative values never asks), in O(n + m) for n entities with a time and m
/// anchors among their values: the anchor graph is split into strongly connected components (Tarjan's
/// algorithm, iteratively, so long chains do not exhaust the stack), which come out dependencies first.
/// Each entity is then resolved after everything it is anchored to. An entity in a cycle (a component of
/// two or more, or anchored to itself) has no window: the answer is <see langword="null"/> and relative
/// values anchored to it resolve to <see cref="TimeWindow.Unbounded"/>. The result does not depend on the
/// order of the record's collections.
/// </para>
/// <para>Resolvers are cached per record and floating zone, outside the record, like <see cref="RecordIndex"/>.</para>
/// <para>This type is immutable after construction and thread-safe.</para>
/// </remarks>
internal sealed class RecordAnchors : IWhenAnchorResolver
{
    private static readonly ConditionalWeakTable<NegotiationRecord, ConcurrentDictionary<string, RecordAnchors>> Cache = [];

    private readonly NegotiationRecord record;
    private readonly Lock gate = new();

    // Resolved on the first look-up, not when the resolver is made: a record without relative values never asks, and
    // its timeline and validation then skip a pass over every dated entity (a quarter of a first timeline at a million
    // statements, docs/performance-log.md). A plain dictionary, never written once published, so safe to read from any thread.
    private Dictionary<EntityReference, TimeWindow?>? windows;

    private RecordAnchors(NegotiationRecord record, DateTimeZone? floatingZone)
    {
        this.record = record;
        Context = new WhenContext { FloatingZone = floatingZone, Anchors = this };
    }

    /// <summary>Gets the context that resolves values of the record: its floating zone, and this resolver.</summary>
    public WhenContext Context { get; }

    /// <summary>Returns the cached resolver of a record for a floating zone (<see langword="null"/>: anywhere).</summary>
    public static RecordAnchors Of(NegotiationRecord record, DateTimeZone? floatingZone)
        => Cache.GetValue(record, static _ => new ConcurrentDictionary<string, RecordAnchors>(StringComparer.Ordinal))
            .GetOrAdd(floatingZone?.Id ?? string.Empty, static (_, state) => new RecordAnchors(state.record, state.floatingZone), (record, floatingZone));

    /// <inheritdoc />
    public TimeWindow? ResolveAnchor(EntityReference anchor) => (Volatile.Read(ref windows) ?? Resolved()).GetValueOrDefault(anchor);

    private Dictionary<EntityReference, TimeWindow?> Resolved()
    {
        lock (gate)
        {
            if (windows is null)
            {
                var resolving = new Resolving(Context.FloatingZone);
                resolving.Resolve(record);
                Volatile.Write(ref windows, resolving.Windows);
            }

            return windows;
        }
    }

    /// <summary>Adds the entities an entity's time value is anchored to, range ends included, as <see cref="EntityTimes.AnchorsIn"/> finds them.</summary>
    private static void AddAnchors(When? value, Dictionary<EntityReference, int> nodes, List<int> targets)
    {
        foreach (var anchor in EntityTimes.AnchorsIn(value))
        {
            if (nodes.TryGetValue(anchor, out var target))
            {
                targets.Add(target);
            }
        }
    }

    /// <summary>Tells whether a value can hold an anchor, as <see cref="EntityTimes.AnchorsIn"/> reads it: most are absolute, and lead nowhere.</summary>
    private static bool CanHoldAnchors(When? value) => value is RelativeWhen or RangeWhen;

    /// <summary>The windows while they are being resolved: each entity's after the entities it is anchored to, in a context that reads them.</summary>
    private sealed class Resolving(DateTimeZone? floatingZone) : IWhenAnchorResolver
    {
        public Dictionary<EntityReference, TimeWindow?> Windows { get; } = [];

        public TimeWindow? ResolveAnchor(EntityReference anchor) => Windows.GetValueOrDefault(anchor);

        public void Resolve(NegotiationRecord record)
        {
            var context = new WhenContext { FloatingZone = floatingZone, Anchors = this };
            var capacity = RecordIndex.CountHint(record);
            var entities = new List<IRecordEntity>(capacity);
            var nodes = new Dictionary<EntityReference, int>(capacity);
            // An anchor resolves to the entity the record's look-ups find: a provision as drafted in the latest version that
            // holds it, and otherwise the first of duplicate identifiers.
            foreach (var entity in record.Entities().Where(e => e is not Provision).Concat(ProvisionVersions.LatestDrafts(record)))
            {
                if (EntityTimes.HasTime(entity) && nodes.TryAdd(entity.Reference, entities.Count))
                {
                    entities.Add(entity);
                }
            }

            // The edges of node i are targets[firstEdge[i]..firstEdge[i + 1]]: one list for all, as most entities have none.
            var firstEdge = new int[entities.Count + 1];
            var targets = new List<int>();
            for (var i = 0; i < entities.Count; i++)
            {
                firstEdge[i] = targets.Count;
                var (first, second, _) = EntityKinds.Of(entities[i]).TimeOf(entities[i]);
                if (CanHoldAnchors(first) || CanHoldAnchors(second))
                {
                    AddAnchors(first, nodes, targets);
                    AddAnchors(second, nodes, targets);
                }
            }

            firstEdge[entities.Count] = targets.Count;
            var edges = new Edges(firstEdge, [.. targets]);
            Windows.EnsureCapacity(entities.Count);
            StronglyConnectedComponents(edges, component =>
            {
                if (component.Length > 1 || edges.Of(component[0]).Contains(component[0]))
                {
                    foreach (var node in component)
                    {
                        Windows[entities[node].Reference] = null;
                    }

                    return;
                }

                var entity = entities[component[0]];
                Windows[entity.Reference] = EntityTimes.OwnWindow(entity, context);
            });
        }
    }

    private readonly record struct Edges(int[] First, int[] Targets)
    {
        public int Count => First.Length - 1;

        public ReadOnlySpan<int> Of(int node) => Targets.AsSpan(First[node], First[node + 1] - First[node]);
    }

    private delegate void ComponentHandler(ReadOnlySpan<int> members);

    /// <summary>Tarjan's algorithm without recursion: hands over the components, each after every component it reaches.</summary>
    private static void StronglyConnectedComponents(Edges edges, ComponentHandler handle)
    {
        var count = edges.Count;
        var order = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(order, -1);
        var next = 0;
        // The nodes of the components not yet handed over (a component is the top of it), and the walk's own stack.
        var stack = new int[count];
        var top = 0;
        var calls = new Stack<(int Node, int Edge)>();

        for (var root = 0; root < count; root++)
        {
            if (order[root] >= 0)
            {
                continue;
            }

            Visit(root);
            while (calls.Count > 0)
            {
                var (node, edge) = calls.Pop();
                var targets = edges.Of(node);
                if (edge < targets.Length)
                {
                    calls.Push((node, edge + 1));
                    var target = targets[edge];
                    if (order[target] < 0)
                    {
                        Visit(target);
                    }
                    else if (onStack[target])
                    {
                        low[node] = Math.Min(low[node], order[target]);
                    }

                    continue;
                }

                if (calls.Count > 0)
                {
                    var caller = calls.Peek().Node;
                    low[caller] = Math.Min(low[caller], low[node]);
                }

                if (low[node] == order[node])
                {
                    // The component is the stack down to the node, handed over in the order it is popped.
                    var bottom = top - 1;
                    while (stack[bottom] != node)
                    {
                        bottom--;
                    }

                    var members = stack.AsSpan(bottom, top - bottom);
                    members.Reverse();
                    foreach (var member in members)
                    {
                        onStack[member] = false;
                    }

                    top = bottom;
                    handle(members);
                }
            }
        }

        void Visit(int node)
        {
            order[node] = low[node] = next++;
            stack[top++] = node;
            onStack[node] = true;
            calls.Push((node, 0));
        }
    }
}
