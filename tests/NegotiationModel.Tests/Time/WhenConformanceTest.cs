using NegotiationModel.TestData;
using System.Text.Json.Nodes;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NodaTime;
using NodaTime.Text;

namespace NegotiationModel.Tests.Time;

/// <summary>
/// docs/when-conformance.json is what the library makes of each text of the parser's tests, covers every production of
/// the grammar, and every vector in it holds when run against the parser as a porter would run it.
/// </summary>
public sealed class WhenConformanceTest
{
    private static readonly string CommittedPath = RepositoryFiles.PathOf("docs/when-conformance.json");

    [Fact]
    public void The_committed_vectors_are_what_the_library_gives()
    {
        var generated = WhenConformanceVectors.Generate();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CommittedPath, generated);
        }

        File.ReadAllText(CommittedPath).Should().Be(generated, "the vectors must be regenerated after a change of the grammar or of its tests' cases: run the tests with UPDATE_SCHEMA=1 and commit docs/when-conformance.json");
    }

    [Fact]
    public void Every_vector_holds_for_the_parser()
    {
        var vectors = Vectors();

        var failures = vectors.Select(Check).Where(failure => failure is not null).ToList();

        vectors.Should().HaveCountGreaterThan(100);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_vectors_cover_every_precision_kind_qualifier_and_error_class()
    {
        var vectors = Vectors();
        var valid = vectors.Where(vector => vector["error"] is null).ToList();
        var texts = valid.Select(vector => vector["text"]!.GetValue<string>()).ToList();

        valid.Select(vector => vector["precision"]?.GetValue<string>()).OfType<string>().Distinct()
            .Should().BeEquivalentTo(Enum.GetValues<WhenPrecision>().Select(KebabCaseEnumConverter<WhenPrecision>.NameOf));
        valid.Select(vector => vector["kind"]!.GetValue<string>()).Distinct().Should().BeEquivalentTo("calendar", "range", "relative");
        texts.Should().Contain(text => text.StartsWith("../", StringComparison.Ordinal)).And.Contain(text => text.EndsWith("/..", StringComparison.Ordinal))
            .And.Contain(text => text.StartsWith("before(", StringComparison.Ordinal)).And.Contain(text => text.Contains(", P", StringComparison.Ordinal))
            .And.Contain(text => text.Contains('[', StringComparison.Ordinal)).And.Contain(text => text.Contains("+09:00", StringComparison.Ordinal)).And.Contain(text => text.EndsWith('Z'));
        foreach (var qualifier in new[] { "?", "~", "%", "!" })
        {
            texts.Should().Contain(text => text.Contains(qualifier, StringComparison.Ordinal), "the qualifier {0} has a vector", qualifier);
        }

        vectors.Count(vector => vector["error"] is not null).Should().BeGreaterThan(40);
    }

    private static List<JsonObject> Vectors()
        => [.. JsonNode.Parse(File.ReadAllText(CommittedPath))!["vectors"]!.AsArray().Select(vector => vector!.AsObject())];

    // Runs one vector as a porter's test would: from the file alone, with the parser's public API.
    private static string? Check(JsonObject vector)
    {
        var text = vector["text"]!.GetValue<string>();
        var parsed = When.TryParse(text, out var value, out var error);
        if (vector["error"] is JsonObject expected)
        {
            return !parsed && error!.Position == expected["position"]!.GetValue<int>() && error.Problem == expected["problem"]!.GetValue<string>()
                ? null
                : $"{text}: expected the error at {expected["position"]}, got {(parsed ? value : $"{error!.Position}: {error.Problem}")}";
        }

        if (!parsed)
        {
            return $"{text}: expected a value, got the error {error!.Message}";
        }

        var anchors = (vector["anchors"] as JsonObject)?.ToDictionary(
            pair => pair.Key,
            pair => new TimeWindow(InstantOf(pair.Value!["start"]), InstantOf(pair.Value!["end"]))) ?? [];
        var window = value!.Resolve(new WhenContext { Anchors = new Anchors(anchors) });
        var precision = value is CalendarWhen calendar ? KebabCaseEnumConverter<WhenPrecision>.NameOf(calendar.Precision) : null;
        var actual = (value.ToString(), precision, window.Earliest, window.Latest);
        var wanted = (vector["canonical"]!.GetValue<string>(), vector["precision"]?.GetValue<string>(), InstantOf(vector["start"]), InstantOf(vector["end"]));
        return actual == wanted ? null : $"{text}: expected {wanted}, got {actual}";
    }

    private static Instant? InstantOf(JsonNode? node) => node is null ? null : InstantPattern.ExtendedIso.Parse(node.GetValue<string>()).Value;

    private sealed class Anchors(Dictionary<string, TimeWindow> windows) : IWhenAnchorResolver
    {
        public TimeWindow? ResolveAnchor(EntityReference anchor) => windows.TryGetValue(anchor.ToString(), out var window) ? window : null;
    }
}
