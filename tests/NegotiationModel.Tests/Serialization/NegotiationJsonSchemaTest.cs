using NegotiationModel.TestData;
using System.Text.Json;
using Json.Schema;
using NegotiationModel.Samples;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

public sealed class NegotiationJsonSchemaTest
{
    private static readonly string CommittedPath = CommittedPathOf(SchemaVersion.Current);

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        NegotiationJsonSchema.Generate(),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Fact]
    public void The_committed_schema_is_the_generated_one()
    {
        var generated = NegotiationJsonSchema.Generate() + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CommittedPath, generated);
        }

        File.Exists(CommittedPath).Should().BeTrue($"the schema is committed as {CommittedPath}");
        File.ReadAllText(CommittedPath).Should().Be(generated, "the committed schema must be regenerated after a change of the format: run the tests with UPDATE_SCHEMA=1 (or `negotiation schema > docs/schema/...`) and commit the file");
    }

    public static TheoryData<string> EarlierVersions() => [.. NegotiationJsonSchema.Versions.Where(v => v < SchemaVersion.Current).Select(v => v.ToString())];

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void The_schema_derived_for_an_earlier_version_is_its_frozen_committed_schema(string version)
    {
        // The schema of a released version never changes, and the one derived from today's model by leaving out what
        // later versions added must be it, byte for byte: a difference is an addition without its [AddedIn] mark (or
        // a change no minor version may make). Never regenerated: UPDATE_SCHEMA writes only the current version's file.
        var derived = NegotiationJsonSchema.Generate(SchemaVersion.TryParse(version, out var parsed) ? parsed : throw new ArgumentException(version)) + "\n";

        File.ReadAllText(CommittedPathOf(parsed)).Should().Be(derived, $"every member, enum value and provision kind added after {version} must be marked [AddedIn(MAJOR, MINOR)] with the version that added it, so that the schema of {version} leaves it out");
    }

    [Fact]
    public void Each_version_of_the_schema_is_committed_and_names_its_version()
    {
        Directory.GetFiles(RepositoryFiles.PathOf("docs/schema"), "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal(NegotiationJsonSchema.Versions.Select(v => $"negotiation-record-{v}.schema.json"));
        foreach (var version in NegotiationJsonSchema.Versions)
        {
            using var schema = JsonDocument.Parse(NegotiationJsonSchema.Generate(version));
            schema.RootElement.GetProperty("$id").GetString().Should().Be($"https://negotiation-model.org/schema/{version}/record.json");
        }
    }

    [Fact]
    public void The_schema_names_its_dialect_and_a_versioned_id()
    {
        using var schema = JsonDocument.Parse(NegotiationJsonSchema.Generate());

        schema.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema.RootElement.GetProperty("$id").GetString().Should().Be($"https://negotiation-model.org/schema/{SchemaVersion.Current}/record.json");
        NegotiationJsonSchema.Id.Should().Be($"https://negotiation-model.org/schema/{SchemaVersion.Current}/record.json");
    }

    [Fact]
    public void The_sample_record_is_valid()
    {
        Validate(File.ReadAllText(SampleFiles.MiamiTalks)).Should().BeEmpty();
    }

    // The hostile inputs (see HostileInputTest) the loader rejects for their shape: wrong types, missing or
    // unknown members of closed vocabularies, malformed text forms. Not here: syntax, encoding, duplicates,
    // depth and size (no schema sees those), value invariants the schema does not express (empty required
    // lists, blank texts, positive numbers), numbers out of .NET's ranges, and strict reading.
    public static TheoryData<string> ShapeErrors =>
    [
        "a number for a string", "an object for a list", "a string for a list", "a number for an identifier",
        "a number for an enum", "a string for a flag", "a number for the schema version", "an array as the root",
        "a string as the root", "null as the root", "null in a list", "an invalid identifier", "an unknown enum name",
        "an enum in the wrong case", "an invalid instant", "an invalid duration", "a blank when",
        "an invalid schema version", "a newer major schema version", "an unknown discriminator",
        "a missing discriminator", "a discriminator that is not a string", "a discriminator last, with a bad member",
        "an entity reference of an unknown kind", "an empty object", "no schema version", "no title", "no identifier",
        "no names", "a null title", "a null identifier", "an entity reference without its identifier",
        "a fraction for an integer", "a coordinate out of range", "a huge exponent for an amount", "a blank currency",
    ];

    [Theory]
    [MemberData(nameof(ShapeErrors))]
    public void A_document_the_loader_rejects_for_its_shape_is_rejected_by_the_schema_too(string name)
    {
        var input = HostileInputTest.Input(name);
        FluentActions.Invoking(() => NegotiationJson.Deserialize(input)).Should().Throw<NegotiationJsonException>();

        using var document = JsonDocument.Parse(input);

        Validate(document.RootElement).Should().NotBeEmpty($"the schema should reject {name} as the loader does");
    }

    [Fact]
    public void The_schema_allows_unknown_members_as_the_loader_keeps_them()
    {
        var json = """{"schemaVersion":"1.1","title":"t","producer":{"name":"x"},"actors":[{"id":"a","kind":"person","names":[{"text":"A","language":"en","script":"Latn"}],"mood":1}]}""";

        Validate(json).Should().BeEmpty();
        NegotiationJson.FindUnknownMembers(NegotiationJson.Deserialize(json)).Should().HaveCount(3);
    }

    private static string CommittedPathOf(SchemaVersion version) => RepositoryFiles.PathOf($"docs/schema/negotiation-record-{version}.schema.json");

    /// <summary>Returns the schema's errors for a document, each as "instance location: message".</summary>
    internal static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }

    internal static IReadOnlyList<string> Validate(JsonElement element)
    {
        var results = Schema.Value.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }
}
