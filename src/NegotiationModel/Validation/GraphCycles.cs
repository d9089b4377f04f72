namespace NegotiationModel.Validation;

/// <summary>
/// Finds the cycles of a directed graph by iterative depth-first search (no recursion, so chains of any
/// length are safe), in linear time: one cycle per edge that closes one.
/// </summary>
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
        var cycles = new List<Cycle>();
        var state = new byte[count]; // 0 unvisited, 1 on the stack, 2 done
        var depth = new int[count];
        var stack = new List<(int Node, IReadOnlyList<int> Targets, int Next)>();
        for (var start = 0; start < count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            Push(start);
            while (stack.Count > 0)
            {
                var (node, targets, next) = stack[^1];
                if (next == targets.Count)
                {
                    stack.RemoveAt(stack.Count - 1);
                    state[node] = 2;
                    postorder?.Add(node);
                    continue;
                }

                stack[^1] = (node, targets, next + 1);
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

                    cycles.Add(new Cycle(node, next, nodes, stack.Count - from));
                }
            }
        }

        return cycles;

        void Push(int node)
        {
            state[node] = 1;
            depth[node] = stack.Count;
            stack.Add((node, edges(node), 0));
        }
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
    /// <param name="targets">The identifiers an item leads to, by edge position.</param>
    /// <returns>As <see cref="Find(int, Func{int, IReadOnlyList{int}}, List{int}?)"/> does, the nodes being the items' positions.</returns>
    public static List<Cycle> Find<T, TId>(IReadOnlyList<T> items, Func<T, TId> id, Func<T, IEnumerable<TId>> targets)
        where TId : notnull
    {
        var index = new Dictionary<TId, int>();
        for (var i = 0; i < items.Count; i++)
        {
            index.TryAdd(id(items[i]), i);
        }

        return Find(items.Count, n => index[id(items[n])] == n
            ? [.. targets(items[n]).Select(t => index.TryGetValue(t, out var target) ? target : -1)]
            : []);
    }

    /// <summary>A cycle, found through the edge at position <paramref name="Edge"/> of node <paramref name="From"/>.</summary>
    /// <param name="From">The node whose edge closes the cycle.</param>
    /// <param name="Edge">The position of that edge among the node's edges.</param>
    /// <param name="Nodes">The first nodes of the cycle, at most <see cref="MaxListed"/>, starting at the edge's target.</param>
    /// <param name="Length">The number of nodes in the cycle.</param>
    internal readonly record struct Cycle(int From, int Edge, int[] Nodes, int Length);
}
