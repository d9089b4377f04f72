namespace NegotiationModel.Validation;

/// <summary>
/// Finds the cycles of a directed graph by iterative depth-first search (no recursion, so chains of any
/// length are safe), in linear time: one cycle per edge that closes one.
/// </summary>
/// <remarks>
/// The graph is held as two arrays, every node's edges one after another and where each node's begin, so that a
/// graph of many nodes makes no object per node (the rules search the record's entities, most of which have no edge).
/// </remarks>
internal static class GraphCycles
{
    /// <summary>How many nodes of a cycle a diagnostic lists; longer cycles are cut, so reporting stays linear.</summary>
    public const int MaxListed = 10;

    /// <summary>Searches the graph of <paramref name="count"/> nodes.</summary>
    /// <param name="count">The number of nodes, numbered from 0.</param>
    /// <param name="edges">The targets of a node's edges, by edge position; a negative target is no edge (a reference to nothing).</param>
    /// <param name="postorder">When given, receives every node after all the nodes it leads to (cycles aside).</param>
    /// <returns>For each edge that closes a cycle: its source node, its position, and the cycle's first nodes from the edge's target on.</returns>
    public static List<Cycle> Find(int count, Func<int, IReadOnlyList<int>> edges, List<int>? postorder = null)
    {
        var starts = new int[count + 1];
        var targets = new List<int>();
        for (var node = 0; node < count; node++)
        {
            starts[node] = targets.Count;
            targets.AddRange(edges(node));
        }

        starts[count] = targets.Count;
        return Search(count, starts, [.. targets], postorder);
    }

    /// <summary>
    /// Searches the graph that a relation between the items of a list draws: an item leads to the items its targets
    /// identify. An identifier stands for its first item, so the items after it that repeat it (which another rule
    /// reports) lead nowhere, and a target that no item has is no edge.
    /// </summary>
    /// <typeparam name="T">The type of the items.</typeparam>
    /// <typeparam name="TId">The type of their identifiers.</typeparam>
    /// <param name="items">The items, the nodes of the graph by their position.</param>
    /// <param name="id">An item's identifier.</param>
    /// <param name="edgeCount">The number of an item's targets.</param>
    /// <param name="target">An item's target at an edge position.</param>
    /// <returns>As <see cref="Find(int, Func{int, IReadOnlyList{int}}, List{int}?)"/> does, the nodes being the items' positions.</returns>
    public static List<Cycle> Find<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, Func<T, int> edgeCount, Func<T, int, TId> target)
        where TId : notnull
    {
        var edges = 0;
        for (var i = 0; i < items.Count; i++)
        {
            edges += edgeCount(items[i]);
        }

        if (edges == 0)
        {
            return [];
        }

        var index = new Dictionary<TId, int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            index.TryAdd(id(items[i]), i);
        }

        var starts = new int[items.Count + 1];
        var targets = new int[edges];
        var at = 0;
        for (var n = 0; n < items.Count; n++)
        {
            starts[n] = at;
            var item = items[n];
            if (index[id(item)] != n)
            {
                continue;
            }

            for (var k = edgeCount(item) - 1; k >= 0; k--)
            {
                targets[at + k] = index.TryGetValue(target(item, k), out var t) ? t : -1;
            }

            at += edgeCount(item);
        }

        starts[items.Count] = at;
        return Search(items.Count, starts, targets, null);
    }

    // The search itself: node n's edges are targets[starts[n]..starts[n + 1]].
    private static List<Cycle> Search(int count, int[] starts, int[] targets, List<int>? postorder)
    {
        var cycles = new List<Cycle>();
        var state = new byte[count]; // 0 unvisited, 1 on the stack, 2 done
        var depth = new int[count];
        var stack = new List<(int Node, int Next)>();
        for (var start = 0; start < count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            Push(start);
            while (stack.Count > 0)
            {
                var (node, next) = stack[^1];
                if (next == starts[node + 1])
                {
                    stack.RemoveAt(stack.Count - 1);
                    state[node] = 2;
                    postorder?.Add(node);
                    continue;
                }

                stack[^1] = (node, next + 1);
                var target = targets[next];
                if (target < 0)
                {
                    continue;
                }

                if (state[target] == 0)
                {
                    Push(target);
                }
                else if (state[target] == 1)
                {
                    var from = depth[target];
                    var listed = Math.Min(stack.Count - from, MaxListed);
                    var nodes = new int[listed];
                    for (var i = 0; i < listed; i++)
                    {
                        nodes[i] = stack[from + i].Node;
                    }

                    cycles.Add(new Cycle(node, next - starts[node], nodes, stack.Count - from));
                }
            }
        }

        return cycles;

        void Push(int node)
        {
            state[node] = 1;
            depth[node] = stack.Count;
            stack.Add((node, starts[node]));
        }
    }

    /// <summary>A cycle, found through the edge at position <paramref name="Edge"/> of node <paramref name="From"/>.</summary>
    /// <param name="From">The node whose edge closes the cycle.</param>
    /// <param name="Edge">The position of that edge among the node's edges.</param>
    /// <param name="Nodes">The first nodes of the cycle, at most <see cref="MaxListed"/>, starting at the edge's target.</param>
    /// <param name="Length">The number of nodes in the cycle.</param>
    internal readonly record struct Cycle(int From, int Edge, int[] Nodes, int Length);
}
