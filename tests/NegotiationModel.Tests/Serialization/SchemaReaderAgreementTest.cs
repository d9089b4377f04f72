using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;
using NegotiationModel.Tests.Robustness;
using NegotiationModel.Tests.Validation;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// The differential test of the reader and the published schema: over many shape mutations of valid records,
/// a document loads with <see cref="NegotiationJson.Deserialize(string, NegotiationJsonReadOptions?)"/> exactly
/// when the schema accepts it. Set <c>NEGOTIATION_SCHEMA_CORPUS</c> to a file path to write the corpus with the
/// reader's verdicts as JSON Lines (CI checks python-jsonschema and ajv against it: <c>.ci/schema-check</c>).
/// </summary>
public sealed partial class SchemaReaderAgreementTest
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        NegotiationJsonSchema.Generate(),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Fact]
    public void The_reader_and_the_schema_accept_exactly_the_same_mutated_documents()
    {
        var corpus = Corpus();
        var disagreements = new List<string>();
        var lines = new List<string>();
        var rejected = 0;
        var whenMembers = WhenMembers();
        var schemaBlind = 0;
        foreach (var (name, json) in corpus)
        {
            var loads = Loads(json, out var problem);
            var member = name[..name.IndexOf(": ", StringComparison.Ordinal)].Split('.')[^1];
            if (IsSchemaBlind(name, member, problem, whenMembers))
            {
                schemaBlind++;
                continue;
            }

            rejected += loads ? 0 : 1;
            var valid = SchemaAccepts(json);
            if (loads != valid)
            {
                disagreements.Add($"{name}: reader {(loads ? "accepts" : "rejects (" + problem!.ReplaceLineEndings(" ") + ")")}, schema {(valid ? "accepts" : "rejects")}");
            }

            lines.Add(JsonSerializer.Serialize(new CorpusLine(name, loads, json), CorpusJson.Options));
        }

        if (Environment.GetEnvironmentVariable("NEGOTIATION_SCHEMA_CORPUS") is { Length: > 0 } corpusFile)
        {
            // Every document holds the whole filled record, so the corpus grows with the model; the other languages get
            // an even sample of it, at most about 100 MB, which keeps CI within its time (Node reads a file into one string of at most 512 MiB).
            var step = (int)Math.Max(1, Math.Ceiling(lines.Sum(line => (double)line.Length + 1) / 100e6));
            File.WriteAllLines(corpusFile, lines.Where((_, index) => index % step == 0));
        }

        disagreements.Should().BeEmpty($"the reader and the schema must agree on all {corpus.Count - schemaBlind} documents they both judge; {disagreements.Count} disagree");
        schemaBlind.Should().BeLessThan(corpus.Count / 10, "the documented differences are few");
        corpus.Count.Should().BeGreaterThan(5000, "the corpus mutates every member of every shape");
        rejected.Should().BeGreaterThan(corpus.Count / 3, "most mutations break the shape");
    }

    [Fact]
    public void The_base_records_load_and_are_valid_by_the_schema()
    {
        foreach (var json in BaseRecords())
        {
            var text = json.ToJsonString();
            Loads(text, out var problem).Should().BeTrue(problem);
            SchemaAccepts(text).Should().BeTrue();
        }
    }

    /// <summary>Gets the mutated documents of every base record, each with a name saying where and what was changed.</summary>
    internal static IReadOnlyList<(string Name, string Json)> Corpus()
    {
        var mutations = new ShapeMutations(ShapeMutations.EnumsOf(JsonNode.Parse(NegotiationJsonSchema.Generate())!));
        return [.. BaseRecords().SelectMany(mutations.Of)];
    }

    private static IEnumerable<JsonNode> BaseRecords()
    {
        yield return FilledRecord.Json();
        yield return JsonNode.Parse(File.ReadAllText(SampleFiles.MiamiTalks))!;
        yield return JsonNode.Parse(NegotiationJson.Serialize(SyntheticRecord.Generate(statements: 1)))!;
        for (var stream = 0u; stream < 8; stream++)
        {
            var record = ValidRecordGenerator.Records.Generate(new PCG(stream, 20251228), null, out _);
            yield return JsonNode.Parse(NegotiationJson.Serialize(record))!;
        }
    }

    /// <summary>
    /// Whether a mutation is one of the three things docs/json-format.md says the schema cannot see: When text, which the
    /// schema describes (non-blank) and the reader parses; the spelling of an amount given as a JSON number, where a
    /// validator sees only the number's value; and a likelihood's minimum above its maximum, a rule across two members.
    /// </summary>
    private static bool IsSchemaBlind(string name, string member, string? problem, HashSet<string> whenMembers)
    {
        var what = name[(name.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        return (whenMembers.Contains(member) && what.StartsWith("as \"", StringComparison.Ordinal))
            || (member == "amount" && NumberMutation().IsMatch(what))
            || (member is "minimum" or "maximum" && problem?.StartsWith("The minimum probability", StringComparison.Ordinal) == true);
    }

    // The JSON names of members that hold When text and nothing else, anywhere in the contract.
    private static HashSet<string> WhenMembers()
    {
        var types = new HashSet<Type>();
        var names = new Dictionary<string, bool>(StringComparer.Ordinal);
        var pending = new Queue<Type>([typeof(NegotiationRecord)]);
        while (pending.TryDequeue(out var type))
        {
            var info = NegotiationJson.Options.GetTypeInfo(type);
            var members = info.Properties.Select(p => p.PropertyType)
                .Concat(info.PolymorphismOptions?.DerivedTypes.Select(d => d.DerivedType) ?? [])
                .Concat(info.ElementType is { } element ? [element] : []);
            foreach (var property in info.Properties)
            {
                var held = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var isWhen = typeof(When).IsAssignableFrom(held);
                names[property.Name] = names.GetValueOrDefault(property.Name, true) && isWhen;
            }

            foreach (var next in members.Select(t => Nullable.GetUnderlyingType(t) ?? t))
            {
                var candidate = next.IsGenericType && next.GetGenericTypeDefinition() == typeof(ValueList<>) ? next.GetGenericArguments()[0] : next;
                if (!candidate.IsPrimitive && candidate != typeof(string) && !candidate.IsEnum && NegotiationJson.Options.GetTypeInfo(candidate).Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object && types.Add(candidate))
                {
                    pending.Enqueue(candidate);
                }
            }
        }

        return [.. names.Where(n => n.Value).Select(n => n.Key)];
    }

    private static bool Loads(string json, out string? problem)
    {
        try
        {
            NegotiationJson.Deserialize(json);
            problem = null;
            return true;
        }
        catch (NegotiationJsonException e)
        {
            problem = e.Message;
            return false;
        }
    }

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [GeneratedRegex("^as -?[0-9]")]
    private static partial Regex NumberMutation();

    private sealed record CorpusLine(string Name, bool Accepted, string Document);

    private static class CorpusJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
    }
}
