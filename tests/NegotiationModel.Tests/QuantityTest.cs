using System.Text.Json;
using CsCheck;
using Json.Schema;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using NegotiationModel.Serialization;
using NegotiationModel.Tests.Serialization;

namespace NegotiationModel.Tests;

public sealed class QuantityTest
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        NegotiationJsonSchema.Generate(),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    [Fact]
    public void A_quantity_is_one_object_with_its_amount_as_an_exact_decimal_string()
    {
        var width = new Quantity(50.0m, "km") { Comparator = QuantityComparator.AtLeast };

        JsonRoundTrip.Write(width).Should().Contain("\"amount\": \"50.0\"").And.Contain("\"unit\": \"km\"").And.Contain("\"comparator\": \"at-least\"");
        JsonRoundTrip.Of(width).Should().Be(width);
        JsonRoundTrip.Read<Quantity>("""{"unit": "{troop}", "amount": 30000}""").Should().Be(new Quantity(30_000, "{troop}"));
    }

    [Theory]
    [InlineData(50, "km", null, "50 km")]
    [InlineData(100, "mm", QuantityComparator.AtLeast, "at least 100 mm")]
    [InlineData(30000, "{troop}", QuantityComparator.AtMost, "at most 30000 {troop}")]
    [InlineData(2.5, "km2", QuantityComparator.About, "about 2.5 km2")]
    [InlineData(500, "km", QuantityComparator.MoreThan, "more than 500 km")]
    [InlineData(-0.0, "m", QuantityComparator.LessThan, "less than 0 m")]
    public void ToString_gives_the_bound_amount_and_unit_in_any_culture(double amount, string unit, QuantityComparator? comparator, string expected)
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            new Quantity((decimal)amount, unit) { Comparator = comparator }.ToString().Should().Be(expected);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Equality_compares_amounts_numerically_and_units_and_bounds_exactly()
    {
        new Quantity(50m, "km").Should().Be(new Quantity(50.00m, "km"));
        new Quantity(1m, "km").Should().NotBe(new Quantity(1000m, "m"), "units are not converted");
        new Quantity(1m, "km").Should().NotBe(new Quantity(1m, "Km"), "UCUM codes are case-sensitive");
        new Quantity(50m, "km").Should().NotBe(new Quantity(50m, "km") { Comparator = QuantityComparator.AtLeast });
        new Quantity(3m, "{troop}").IsCount.Should().BeTrue();
        new Quantity(3m, "km").IsCount.Should().BeFalse();
    }

    public static TheoryData<string> Units => ["km", "mm", "m", "kg", "t", "km2", "km/h", "m.s-2", "[nmi_i]", "%", "{troop}", "{heavy-weapon}",
        "", " ", "km ", " km", "5km", "km-", "{Troop}", "{}", "{troop", "troops}", "{heavy weapon}", "km\n", "k m", "km//h", "[]", "{troop}km"];

    [Theory]
    [MemberData(nameof(Units))]
    public void The_constructor_the_reader_and_the_schema_accept_the_same_units(string unit)
    {
        var constructs = Constructs(unit);
        var json = RecordWithWidth($$"""{"amount":"50","unit":{{JsonSerializer.Serialize(unit)}}}""");
        var reads = Reads(json, out var path);

        reads.Should().Be(constructs);
        SchemaAccepts(json).Should().Be(constructs, "the schema's pattern is the constructor's grammar");
        if (!reads)
        {
            path.Should().Be("$['proposals'][0]['versions'][0]['provisions'][0]['width']['unit']");
        }
    }

    [Fact]
    public void A_unit_outside_the_grammar_is_an_argument_error_naming_the_unit()
    {
        FluentActions.Invoking(() => new Quantity(50, "50 km")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Unit");
        FluentActions.Invoking(() => new Quantity(50, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Quantity(decimal.MaxValue, "km")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Quantity(50, "km") { Comparator = (QuantityComparator)42 }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Amounts_follow_the_money_grammar_in_the_reader()
    {
        Reads(RecordWithWidth("""{"amount":"1e3","unit":"km"}"""), out var path).Should().BeFalse();
        path.Should().Be("$['proposals'][0]['versions'][0]['provisions'][0]['width']['amount']");
        Reads(RecordWithWidth("""{"amount":"0050","unit":"km"}"""), out _).Should().BeFalse();
        Reads(RecordWithWidth("""{"amount":"50.50","unit":"km"}"""), out _).Should().BeTrue();
    }

    [Fact]
    public void Every_quantity_the_library_writes_it_reads_back_equal_and_the_schema_accepts()
    {
        RecordGenerator.Quantities.Sample(quantity =>
        {
            var record = Record(new DemilitarisedZoneProvision(new ProvisionId("zone")) { Width = quantity });
            var json = NegotiationJson.Serialize(record);

            NegotiationJson.Deserialize(json).Should().Be(record);
            SchemaAccepts(json).Should().BeTrue(json);
            JsonRoundTrip.Of(quantity).ToString().Should().Be(quantity.ToString());
        });
    }

    [Fact]
    public void Provisions_hold_their_quantities_beside_the_prose()
    {
        var withdrawal = new WeaponsLimitsProvision(new ProvisionId("minsk-2-heavy-weapons"))
        {
            Limits = [new LocalizedText("Artillery of calibre 100 mm and more withdrawn 50 km from the line", "en")],
            Calibre = new Quantity(100, "mm") { Comparator = QuantityComparator.AtLeast },
            Distance = new Quantity(50, "km"),
        };

        var read = (WeaponsLimitsProvision)NegotiationJson.Deserialize(NegotiationJson.Serialize(Record(withdrawal))).Proposals[0].Versions[0].Provisions[0];

        read.Calibre!.ToString().Should().Be("at least 100 mm");
        read.Distance!.ToString().Should().Be("50 km");
        read.Should().Be(withdrawal);
    }

    private static NegotiationRecord Record(Provision provision) => new("Quantities")
    {
        Proposals = [new Proposal(new ProposalId("package"), ProposalKind.PeacePlan, [new LocalizedText("Package", "en")]) { Versions = [new ProposalVersion(1) { Provisions = [provision] }] }],
    };

    private static string RecordWithWidth(string quantity)
        => $$"""{"schemaVersion":"1.0","title":"t","proposals":[{"id":"p","kind":"peace-plan","title":[{"text":"P","language":"en"}],"versions":[{"number":1,"provisions":[{"kind":"demilitarised-zone","id":"z","width":{{quantity}}}]}]}]}""";

    private static bool Constructs(string unit)
    {
        try
        {
            _ = new Quantity(1, unit);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool Reads(string json, out string? path)
    {
        try
        {
            NegotiationJson.Deserialize(json);
            path = null;
            return true;
        }
        catch (NegotiationJsonException e)
        {
            path = e.Path?.ToString();
            return false;
        }
    }

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }
}
