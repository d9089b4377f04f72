using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using NegotiationModel.Serialization;
using NegotiationModel.Utility;
using Duration = NodaTime.Duration;

namespace NegotiationModel.Tests.Serialization;

/// <summary>
/// The findings of issue 13 where the reader and the schema disagreed, each as a fact: exact amounts in one grammar,
/// the ranges of numeric members in one table, provisions that fail as one kind.
/// </summary>
public sealed class SchemaAgreementRegressionTest
{
    private const string AmountPath = "$['guarantees'][0]['instruments'][0]['amount']['amount']";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        NegotiationJsonSchema.Generate(),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly Lazy<JsonNode> SchemaJson = new(() => JsonNode.Parse(NegotiationJsonSchema.Generate())!);

    public static TheoryData<string> AmountsNotHeldExactlyOrNotCanonical =>
    [
        "\"0.00000000000000000000000000001\"", "\"12345678901234567890123456789012\"", "\"12345678901234567890123456789\"",
        "\"1.0000000000000000000000000000\"", "\"1e3\"", "\"+5\"", "\"00012\"", "\".5\"", "\"5.\"", "\"-0\"", "\"-0.00\"", "\" 1\"",
        "\"1\\n\"", "\"\"", "1e3", "-0", "1.5E+3", "0.00000000000000000000000000001", "79228162514264337593543950336",
    ];

    [Theory]
    [MemberData(nameof(AmountsNotHeldExactlyOrNotCanonical))]
    public void An_amount_that_is_not_an_exact_canonical_decimal_is_an_error_naming_its_path(string amount)
    {
        var json = AmountRecord(amount);

        FluentActions.Invoking(() => NegotiationJson.Deserialize(json))
            .Should().Throw<NegotiationJsonException>().Which.Path!.ToString().Should().Be(AmountPath);
        if (amount.StartsWith('"'))
        {
            SchemaAccepts(json).Should().BeFalse("the schema's pattern is the reader's grammar");
        }
    }

    [Theory]
    [InlineData("\"2500000000.00\"", "2500000000.00")]
    [InlineData("\"0.0000000000000000000000000001\"", "0.0000000000000000000000000001")]
    [InlineData("\"9999999999999999999999999999\"", "9999999999999999999999999999")]
    [InlineData("\"-999999999999999999.9999999999\"", "-999999999999999999.9999999999")]
    [InlineData("\"0.00\"", "0.00")]
    [InlineData("2500000000.00", "2500000000.00")]
    [InlineData("-12.50", "-12.50")]
    public void An_amount_of_at_most_28_digits_reads_exactly_and_writes_back_the_same_digits(string amount, string written)
    {
        var record = NegotiationJson.Deserialize(AmountRecord(amount));

        var money = record.Guarantees[0].Instruments[0].Amount!;
        money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(written);
        NegotiationJson.Serialize(record).Should().Contain($"\"amount\": \"{written}\"");
        SchemaAccepts(AmountRecord($"\"{written}\"")).Should().BeTrue();
    }

    [Fact]
    public void An_amount_the_format_cannot_hold_cannot_be_constructed()
    {
        // 29 digits: decimal holds it, the format's 28-digit grammar does not, so writing it would make a file the library cannot read.
        FluentActions.Invoking(() => new Money(decimal.MaxValue, "USD")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Money(1.0000000000000000000000000000m, "USD")).Should().Throw<ArgumentOutOfRangeException>();
        new Money(9999999999999999999999999999m, "USD").Amount.Should().Be(9999999999999999999999999999m);
    }

    public static TheoryData<string> OutOfRange =>
    [
        """{"schemaVersion":"1.0","title":"t","sources":[{"id":"s","kind":"news-report"}],"actors":[{"id":"a","kind":"person","names":[{"text":"A","language":"en"}],"citations":[{"source":"s","revision":0}]}]}""",
        """{"schemaVersion":"1.0","title":"t","sources":[{"id":"s","kind":"news-report"}],"actors":[{"id":"a","kind":"person","names":[{"text":"A","language":"en"}],"citations":[{"source":"s","revision":-1}]}]}""",
        """{"schemaVersion":"1.0","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":0}]}]}""",
        """{"schemaVersion":"1.0","title":"t","assessments":[{"id":"x","kind":"forecast","title":[{"text":"X","language":"en"}],"likelihood":{"maximum":1.5}}]}""",
        """{"schemaVersion":"1.0","title":"t","events":[{"id":"e","kind":"meeting","title":[{"text":"E","language":"en"}],"duration":"-1:00:00"}]}""",
        """{"schemaVersion":"1.0","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":2147483648}]}]}""",
    ];

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_number_out_of_its_members_range_is_refused_by_the_reader_and_the_schema(string json)
    {
        FluentActions.Invoking(() => NegotiationJson.Deserialize(json)).Should().Throw<NegotiationJsonException>();
        SchemaAccepts(json).Should().BeFalse();
    }

    [Fact]
    public void An_integral_number_in_any_spelling_is_an_integer_for_the_reader_as_for_the_schema()
    {
        var json = """{"schemaVersion":"1.0","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":2.0},{"number":3e0}]}]}""";

        NegotiationJson.Deserialize(json).Proposals[0].Versions.Select(v => v.Number).Should().Equal(2, 3);
        SchemaAccepts(json).Should().BeTrue();
    }

    [Fact]
    public void Every_numeric_member_of_the_contract_has_its_range_in_the_table_and_in_the_schema()
    {
        var numeric = new[] { typeof(int), typeof(double), typeof(Duration) };
        var members = ContractMembers().Where(m => numeric.Contains(Nullable.GetUnderlyingType(m.PropertyType) ?? m.PropertyType)).ToList();

        members.Should().NotBeEmpty();
        foreach (var member in members)
        {
            var range = NumberRanges.Find(member.DeclaringType, member.Name);
            range.Should().NotBeNull($"{member.DeclaringType.Name}.{member.Name} is numeric: declare its range in NumberRanges");
            var schema = MemberSchema(member);
            if ((Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType) == typeof(Duration))
            {
                schema["pattern"]!.GetValue<string>().Should().NotStartWith("^-?", "a duration at least zero has no minus");
                continue;
            }

            schema["minimum"]!.GetValue<double>().Should().Be(range!.Minimum, $"{member.DeclaringType.Name}.{member.Name}");
            if (!double.IsPositiveInfinity(range.Maximum))
            {
                schema["maximum"]!.GetValue<double>().Should().Be(range.Maximum, $"{member.DeclaringType.Name}.{member.Name}");
            }
        }

        NumberRanges.All.Where(r => r.DeclaringType != typeof(GeoCoordinates))
            .Should().OnlyContain(r => members.Any(m => m.DeclaringType == r.DeclaringType && m.Name == r.JsonName), "every range is of a member of the contract");
    }

    [Fact]
    public void A_wrong_member_of_one_provision_is_one_error_under_that_kinds_definition()
    {
        var json = """{"schemaVersion":"1.0","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":1,"provisions":[{"id":"c","kind":"ceasefire","isTemporary":"yes"}]}]}]}""";
        using var document = JsonDocument.Parse(json);

        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = Errors(results);

        errors.Should().ContainSingle().Which.SchemaLocation.ToString().Should().Contain("/$defs/CeasefireProvision/properties/isTemporary");
    }

    [Fact]
    public void An_unknown_provision_kind_is_one_error()
    {
        var json = """{"schemaVersion":"1.0","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":1,"provisions":[{"id":"c","kind":"truce"}]}]}]}""";
        using var document = JsonDocument.Parse(json);

        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Errors(results).Should().ContainSingle().Which.InstanceLocation.ToString().Should().EndWith("/provisions/0/kind");
    }

    // The errors that decide validity: a rule's "if" that does not match is reported in the list output, but is no error.
    private static List<EvaluationResults> Errors(EvaluationResults results)
        => [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if/", StringComparison.Ordinal))];

    private static string AmountRecord(string amount) =>
        $$$"""{"schemaVersion":"1.0","title":"t","guarantees":[{"id":"g","kind":"financial","guarantors":["us"],"instruments":[{"kind":"loan","amount":{"amount":{{{amount}}},"currency":"USD"}}]}]}""";

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static JsonObject MemberSchema(JsonPropertyInfo member)
    {
        var schema = SchemaJson.Value["$defs"]![member.DeclaringType.Name]!["properties"]![member.Name]!.AsObject();
        return schema["anyOf"] is JsonArray choices ? choices[0]!.AsObject() : schema;
    }

    // Every member of every object type of the contract, from the record down.
    private static IEnumerable<JsonPropertyInfo> ContractMembers()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(NegotiationRecord)]);
        while (pending.TryDequeue(out var type))
        {
            var info = NegotiationJson.Options.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                continue;
            }

            foreach (var property in info.Properties.Where(p => !p.IsExtensionData))
            {
                yield return property;
                Enqueue(property.PropertyType);
            }

            foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
            {
                Enqueue(derived.DerivedType);
            }
        }

        void Enqueue(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            type = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>) ? type.GetGenericArguments()[0] : type;
            if (!type.IsPrimitive && type != typeof(string) && !type.IsEnum && seen.Add(type))
            {
                pending.Enqueue(type);
            }
        }
    }
}
