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
/// Every window is computed once, when the resolver is built, in O(n + m) for n entities with a time and m
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

    // A plain dictionary, never written once the constructor returns (so safe to read from any thread): freezing
    // a key per dated entity took a third of building the resolver at a million statements (docs/performance.md).
    private readonly Dictionary<EntityReference, TimeWindow?> windows;

    private RecordAnchors(NegotiationRecord record, DateTimeZone? floatingZone)
    {
        Context = new WhenContext { FloatingZone = floatingZone, Anchors = this };

        var entities = new List<IRecordEntity>();
        var nodes = new Dictionary<EntityReference, int>();
        // An anchor resolves to the entity the record's look-ups find: a provision as drafted in the latest version that
        // holds it, and otherwise the first of duplicate identifiers.
        foreach (var entity in record.Entities().Where(e => e is not Provision).Concat(ProvisionVersions.LatestDrafts(record)))
        {
            if (!nodes.ContainsKey(entity.Reference) && EntityTimes.ValuesOf(entity).Any())
            {
                nodes.Add(entity.Reference, entities.Count);
                entities.Add(entity);
            }
        }

        windows = new Dictionary<EntityReference, TimeWindow?>(entities.Count);
        var edges = new List<int>[entities.Count];
        for (var i = 0; i < entities.Count; i++)
        {
            edges[i] = [.. EntityTimes.ValuesOf(entities[i]).SelectMany(EntityTimes.AnchorsIn)
                .Select(anchor => nodes.TryGetValue(anchor, out var target) ? target : -1)
                .Where(target => target >= 0)];
        }

        foreach (var component in StronglyConnectedComponents(edges))
        {
            if (component.Count > 1 || edges[component[0]].Contains(component[0]))
            {
                foreach (var node in component)
                {
                    windows[entities[node].Reference] = null;
                }

                continue;
            }

            var entity = entities[component[0]];
            windows[entity.Reference] = EntityTimes.OwnWindow(entity, Context);
        }
    }

    /// <summary>Gets the context that resolves values of the record: its floating zone, and this resolver.</summary>
    public WhenContext Context { get; }

    /// <summary>Returns the cached resolver of a record for a floating zone (<see langword="null"/>: anywhere).</summary>
    public static RecordAnchors Of(NegotiationRecord record, DateTimeZone? floatingZone)
        => Cache.GetValue(record, static _ => new ConcurrentDictionary<string, RecordAnchors>(StringComparer.Ordinal))
            .GetOrAdd(floatingZone?.Id ?? string.Empty, static (_, state) => new RecordAnchors(state.record, state.floatingZone), (record, floatingZone));

    /// <inheritdoc />
    public TimeWindow? ResolveAnchor(EntityReference anchor) => windows.GetValueOrDefault(anchor);

    /// <summary>Tarjan's algorithm without recursion: the components, each emitted after every component it reaches.</summary>
    private static IEnumerable<List<int>> StronglyConnectedComponents(List<int>[] edges)
    {
        var count = edges.Length;
        var order = new int[count];
        var low = new int[count];
        var onStack = new bool[count];
        Array.Fill(order, -1);
        var next = 0;
        var stack = new Stack<int>();
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
                if (edge < edges[node].Count)
                {
                    calls.Push((node, edge + 1));
                    var target = edges[node][edge];
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
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);

                    yield return component;
                }
            }
        }

        void Visit(int node)
        {
            order[node] = low[node] = next++;
            stack.Push(node);
            onStack[node] = true;
            calls.Push((node, 0));
        }
    }
}
