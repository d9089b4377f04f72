using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Kinds;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// The schema of an earlier minor version is that of the latest without what the <see cref="AddedInAttribute"/>
/// marks say came later: members, enum values and kinds of a polymorphic type (with the dispatch on its kind), and
/// the definitions only they reached. Checked on a small contract of its own, marked like the model's additions.
/// </summary>
public sealed class SchemaVersionsTest
{
    private static readonly SchemaVersion V10 = new(1, 0);
    private static readonly SchemaVersion V11 = new(1, 1);

    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new KebabCaseEnumConverter<Shade>() },
    };

    [Fact]
    public void The_latest_schema_has_every_addition()
    {
        var schema = Schema(V11);

        Members(schema).Should().Equal("name", "label", "shade", "extra", "parts");
        Names(schema["$defs"]!["Shade"]!["enum"]).Should().Equal("red", "blue", "teal");
        Names(schema["$defs"]!["Part"]!["properties"]!["kind"]!["enum"]).Should().Equal("bolt", "gear");
        schema["$defs"]!.AsObject().Select(d => d.Key).Should().Contain(["Tag", "Gear", "Bolt"]);
        schema["$id"]!.GetValue<string>().Should().Be("https://negotiation-model.org/schema/1.1/record.json");
    }

    [Fact]
    public void An_earlier_schema_leaves_out_marked_members_values_and_kinds_and_what_only_they_reach()
    {
        var schema = Schema(V10);

        Members(schema).Should().Equal(["name", "shade", "parts"], "marked members are left out");
        Names(schema["$defs"]!["Shade"]!["enum"]).Should().Equal(["red", "blue"], "a marked enum value is left out");
        Names(schema["$defs"]!["Part"]!["properties"]!["kind"]!["enum"]).Should().Equal(["bolt"], "a marked kind is left out of the kinds");
        schema["$defs"]!["Part"]!["allOf"]!.AsArray().Should().ContainSingle("the dispatch has no rule for a kind left out");
        schema["$defs"]!.AsObject().Select(d => d.Key).Should().NotContain(["Gear", "Tag"], "a kind left out, and a type only a member left out reached, have no definition")
            .And.Contain("Bolt");
        schema["$id"]!.GetValue<string>().Should().Be("https://negotiation-model.org/schema/1.0/record.json");
        schema["title"]!.GetValue<string>().Should().Be("NegotiationModel record 1.0");
    }

    [Fact]
    public void A_schema_of_a_version_with_no_additions_differs_from_the_next_only_in_its_name()
    {
        var earlier = Schema(V10, typeof(Tag)).AsObject();
        var later = Schema(V11, typeof(Tag)).AsObject();

        foreach (var name in (string[])["$id", "title"])
        {
            earlier.Remove(name);
            later.Remove(name);
        }

        JsonNode.DeepEquals(earlier, later).Should().BeTrue();
    }

    [Fact]
    public void The_library_generates_the_schema_of_every_minor_version_of_its_major_and_no_other()
    {
        NegotiationJsonSchema.Versions.Should().Equal(Enumerable.Range(0, SchemaVersion.Current.Minor + 1).Select(minor => new SchemaVersion(1, minor)));
        NegotiationJsonSchema.Generate(SchemaVersion.Current).Should().Be(NegotiationJsonSchema.Generate());

        FluentActions.Invoking(() => NegotiationJsonSchema.Generate(new SchemaVersion(1, SchemaVersion.Current.Minor + 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*versions 1.0 to {SchemaVersion.Current}*");
        FluentActions.Invoking(() => NegotiationJsonSchema.Generate(new SchemaVersion(2, 0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_additions_of_a_contract_are_listed_from_its_marks()
    {
        FormatAdditions.In([typeof(Crate), typeof(Shade), typeof(Part), typeof(Bolt), typeof(Gear), typeof(Tag)])
            .Select(a => $"{a.Key} {a.Version}: {a.Description}")
            .Should().Equal(
                "Crate.extra 1.1: the member 'extra' of a crate",
                "Crate.label 1.1: the member 'label' of a crate",
                "Part:gear 1.1: the part kind 'gear'",
                "Shade.teal 1.1: the value 'teal' of Shade");
    }

    [Fact]
    public void An_object_uses_the_additions_it_sets_after_the_declared_version()
    {
        var crate = new Crate("c") { Label = "l", Shade = Shade.Teal, Parts = [new Bolt(), new Gear()] };
        var uses = new List<AdditionUse>();

        AdditionsInUse.Of(typeof(Crate)).Find(crate, V10, uses);
        AdditionsInUse.Of(typeof(Gear)).Find(new Gear(), V10, uses);
        AdditionsInUse.Of(typeof(Bolt)).Find(new Bolt(), V10, uses);

        uses.Select(u => $"{u.Addition.Key} {u.PathFrom(JsonPath.Root)}").Should().Equal("Crate.label $['label']", "Shade.teal $['shade']", "Part:gear $['kind']");
    }

    [Fact]
    public void An_object_uses_no_addition_it_leaves_empty_nor_one_of_its_declared_version()
    {
        var uses = new List<AdditionUse>();

        AdditionsInUse.Of(typeof(Crate)).Find(new Crate("c") { Shade = Shade.Blue }, V10, uses);
        AdditionsInUse.Of(typeof(Crate)).Find(new Crate("c") { Label = "l", Extra = new Tag("t"), Shade = Shade.Teal }, V11, uses);
        AdditionsInUse.Of(typeof(Gear)).Find(new Gear(), V11, uses);

        uses.Should().BeEmpty();
        AdditionsInUse.Of(typeof(Tag)).Newest.Should().Be(V10, "a type that can write no addition is skipped at a glance");
        AdditionsInUse.Of(typeof(Crate)).Newest.Should().Be(V11);
    }

    private static JsonNode Schema(SchemaVersion version, Type? root = null)
        => JsonNode.Parse(NegotiationJsonSchema.Build(root ?? typeof(Crate), Options, version))!;

    private static IEnumerable<string> Members(JsonNode schema) => schema["properties"]!.AsObject().Select(p => p.Key);

    private static IEnumerable<string> Names(JsonNode? names) => names!.AsArray().Select(n => n!.GetValue<string>());

    internal enum Shade
    {
        Red,
        Blue,
        [AddedIn(1, 1)]
        Teal,
    }

    internal sealed record Crate(string Name)
    {
        [AddedIn(1, 1)]
        public string? Label { get; init; }

        public Shade Shade { get; init; }

        [AddedIn(1, 1)]
        public Tag? Extra { get; init; }

        public Part[]? Parts { get; init; }
    }

    internal sealed record Tag(string Text);

    [JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
    [JsonDerivedType(typeof(Bolt), "bolt")]
    [JsonDerivedType(typeof(Gear), "gear")]
    internal abstract record Part;

    internal sealed record Bolt : Part;

    [AddedIn(1, 1)]
    internal sealed record Gear : Part;
}
