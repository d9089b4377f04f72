using System.Text.Json;
using NegotiationModel.Identifiers;

namespace NegotiationModel.Tests;

public sealed class ValueTypesTest
{
    [Fact]
    public void Money_is_written_as_an_exact_decimal_string_and_reads_strings_and_numbers()
    {
        var money = new Money(2_500_000_000.10m, "USD");

        JsonRoundTrip.Write(money).Should().Contain("\"amount\": \"2500000000.10\"");
        JsonRoundTrip.Of(money).Should().Be(money);
        JsonRoundTrip.Read<Money>("""{"amount": 12.5, "currency": "EUR"}""").Should().Be(new Money(12.5m, "EUR"));
        money.ToString().Should().Be("2500000000.10 USD");
    }

    [Fact]
    public void Money_needs_a_currency()
    {
        var create = () => new Money(1, " ");

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Currency");
    }

    [Theory]
    [InlineData(-90.1, 0)]
    [InlineData(90.1, 0)]
    [InlineData(0, -180.1)]
    [InlineData(0, 180.1)]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.NaN)]
    public void Coordinates_out_of_range_are_rejected(double latitude, double longitude)
    {
        var create = () => new GeoCoordinates(latitude, longitude);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Coordinates_round_trip_and_print_invariantly()
    {
        var miami = new GeoCoordinates(25.7617, -80.1918);

        JsonRoundTrip.Of(miami).Should().Be(miami);
        miami.ToString().Should().Be("25.7617,-80.1918");
    }

    [Fact]
    public void A_place_round_trips()
    {
        var place = new Place { Name = "Miami, Florida", TimeZone = "America/New_York", Coordinates = new GeoCoordinates(25.7617, -80.1918), Territory = new TerritoryId("US-FL") };

        JsonRoundTrip.Of(place).Should().Be(place);
        place.ToString().Should().Be("Miami, Florida (America/New_York)");
    }

    [Fact]
    public void External_identifiers_need_a_scheme_and_a_value()
    {
        var noScheme = () => new ExternalIdentifier("", "Q22686");
        var noValue = () => new ExternalIdentifier(IdentifierSchemes.Wikidata, " ");

        noScheme.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Scheme");
        noValue.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Value");
        new ExternalIdentifier(IdentifierSchemes.Wikidata, "Q22686").ToString().Should().Be("wikidata:Q22686");
    }

    [Fact]
    public void Entity_references_check_their_kind_and_identifier_and_round_trip()
    {
        var reference = EntityReference.To(new ProposalId("roadmap"));

        reference.ToString().Should().Be("proposal:roadmap");
        JsonRoundTrip.Of(reference).Should().Be(reference);
        JsonRoundTrip.Write(reference).Should().Contain("\"kind\": \"proposal\"");
        var badKind = () => new EntityReference((EntityKind)0, "x");
        var badId = () => new EntityReference(EntityKind.Actor, "not an id");
        var defaultId = () => EntityReference.To(default(ActorId));
        badKind.Should().Throw<ArgumentException>();
        badId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("id");
        defaultId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("id");
    }

    [Fact]
    public void Schema_versions_parse_compare_and_print()
    {
        SchemaVersion.TryParse("1.12", out var version).Should().BeTrue();
        version.Should().Be(new SchemaVersion(1, 12));
        (version > SchemaVersion.Current).Should().BeTrue();
        (new SchemaVersion(1, 2) < new SchemaVersion(1, 10)).Should().BeTrue("minor versions compare as numbers");
        version.ToString().Should().Be("1.12");
        SchemaVersion.TryParse("1", out _).Should().BeFalse();
        SchemaVersion.TryParse("0.9", out _).Should().BeFalse();
        SchemaVersion.TryParse("1.x", out _).Should().BeFalse();
        var read = () => JsonRoundTrip.Read<SchemaVersion>("1.0");
        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Status_changes_need_a_defined_status_and_a_time()
    {
        var badStatus = () => new StatusChange<NegotiationModel.Events.EventStatus>((NegotiationModel.Events.EventStatus)0, NegotiationModel.Time.When.Parse("2025"));
        var noTime = () => new StatusChange<NegotiationModel.Events.EventStatus>(NegotiationModel.Events.EventStatus.Announced, null!);

        badStatus.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Status");
        noTime.Should().Throw<ArgumentNullException>().And.ParamName.Should().Be("When");
    }

    [Fact]
    public void Localized_names_need_text_and_a_language_and_round_trip()
    {
        var name = new LocalizedName("ウィシャコフ", "ja", NameKind.Alias);

        JsonRoundTrip.Of(name).Should().Be(name);
        JsonRoundTrip.Write(name).Should().Contain("\"kind\": \"alias\"");
        name.ToString().Should().Be("ウィシャコフ (ja, Alias)");
    }
}
