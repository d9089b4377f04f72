namespace NegotiationModel.Tests.Architecture;

/// <summary>
/// The library's layers (docs/development.md, "Layers"), checked on its IL: the core model uses no other layer,
/// serialization uses the model only, timelines and comparison use the model and serialization, validation uses
/// those and timelines (it resolves times as timelines do), and no namespace outside the model is part of a cycle.
/// The CLI is another assembly and may use every layer.
/// </summary>
public sealed class LayerTest
{
    private const string Root = "NegotiationModel";

    /// <summary>The layers, lowest first; each may use its own namespaces and those of the layers it names.</summary>
    private static readonly Layer[] Layers =
    [
        new("model", [Root, .. new[]
        {
            "Actors", "Assessments", "Events", "Guarantees", "Identifiers", "Indexing", "Kinds", "Mandates", "Monitoring", "Positions", "Proposals", "Sources",
            "Statements", "Territories", "Time", "Topics", "Utility", "Votes", "Walking", "WorkingGroups",
        }.Select(name => $"{Root}.{name}")], Uses: []),
        new("serialization", [$"{Root}.Serialization"], Uses: ["model"]),
        new("timelines", [$"{Root}.Timelines"], Uses: ["model", "serialization"]),
        new("comparison", [$"{Root}.Comparison"], Uses: ["model", "serialization"]),
        new("validation", [$"{Root}.Validation", $"{Root}.Validation.Rules"], Uses: ["model", "serialization", "timelines"]),
    ];

    private static readonly Lazy<NamespaceGraph> Library = new(() => NamespaceGraph.Read(typeof(NegotiationRecord).Assembly.Location, Root));

    [Fact]
    public void Every_namespace_of_the_library_belongs_to_a_layer()
    {
        var unplaced = Library.Value.Namespaces.Where(ns => LayerOf(ns) is null).ToList();

        unplaced.Should().BeEmpty("a new namespace must be given its layer in LayerTest.Layers and docs/development.md");
    }

    [Fact]
    public void No_namespace_uses_a_layer_above_its_own_or_beside_it()
    {
        var violations = Library.Value.Edges
            .Where(edge => LayerOf(edge.Key.From) is { } from && LayerOf(edge.Key.To) is { } to && from != to && !from.Uses.Contains(to.Name))
            .Select(edge => $"{edge.Key.From} -> {edge.Key.To}: {edge.Value}")
            .Order(StringComparer.Ordinal);

        string.Join('\n', violations).Should().BeEmpty("each layer uses only the layers below it (docs/development.md, \"Layers\")");
    }

    [Fact]
    public void No_namespace_outside_the_model_is_part_of_a_cycle()
    {
        // The model's namespaces are one node: the record holds every entity and the entities share the root's
        // values, so they refer to each other by design. A namespace's own sub-namespaces (Validation.Rules) are
        // part of it. Any other cycle is a layering mistake.
        var graph = Library.Value.Edges.Keys
            .Select(edge => (From: NodeOf(edge.From), To: NodeOf(edge.To)))
            .Where(edge => edge.From != edge.To)
            .Distinct()
            .ToLookup(edge => edge.From, edge => edge.To);

        var cycles = StronglyConnected(Library.Value.Namespaces.Select(NodeOf).Distinct(), graph)
            .Where(component => component.Count > 1)
            .Select(component => string.Join(" <-> ", component.Order(StringComparer.Ordinal)));

        string.Join('\n', cycles).Should().BeEmpty("namespaces outside the model must not depend on each other in a circle");
    }

    [Fact]
    public void The_graph_sees_uses_through_attribute_arguments_and_method_bodies()
    {
        // The reader must see what the rules are about, or the tests above would pass on an empty graph.
        var edges = Library.Value.Edges.Keys;

        edges.Should().Contain(($"{Root}.Serialization", Root), "the JSON context names the record in [JsonSerializable(typeof(...))]");
        edges.Should().Contain(($"{Root}.Validation", $"{Root}.Serialization"), "the validator reads JSON paths and unknown members through serialization");
        edges.Should().Contain(($"{Root}.Actors", Root), "an actor's members are of the root namespace's types");
    }

    private static string NodeOf(string ns) => LayerOf(ns)?.Name == "model" ? "model" : string.Join('.', ns.Split('.').Take(2));

    private static Layer? LayerOf(string ns) => Layers.FirstOrDefault(layer => layer.Namespaces.Contains(ns));

    /// <summary>Tarjan's algorithm: the strongly connected components of a directed graph.</summary>
    private static List<List<string>> StronglyConnected(IEnumerable<string> nodes, ILookup<string, string> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges[node])
            {
                if (!index.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], nextIndex);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in nodes)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }

    private sealed record Layer(string Name, string[] Namespaces, string[] Uses);
}
