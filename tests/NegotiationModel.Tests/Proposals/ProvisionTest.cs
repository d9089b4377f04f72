using System.Text.Json;
using NegotiationModel.Identifiers;
using NegotiationModel.Proposals;
using static NegotiationModel.Tests.Proposals.ProvisionSamples;

namespace NegotiationModel.Tests.Proposals;

public sealed class ProvisionTest
{
    [Fact]
    public void Every_kind_of_provision_in_the_library_has_a_sample()
    {
        var kinds = typeof(Provision).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(Provision))).Select(type => type.Name);

        kinds.Should().BeEquivalentTo(KindNames.Select(row => row.Data));
    }

    [Theory]
    [MemberData(nameof(KindNames), MemberType = typeof(ProvisionSamples))]
    public void Each_kind_round_trips_through_json_as_a_provision(string kind)
    {
        var provision = Create(kind);

        var read = JsonRoundTrip.Of(provision);

        read.Should().Be(provision);
        read.Should().BeOfType(provision.GetType());
    }

    [Theory]
    [MemberData(nameof(KindNames), MemberType = typeof(ProvisionSamples))]
    public void Each_kind_round_trips_inside_a_list(string kind)
    {
        ValueList<Provision> provisions = [Create(kind), Create(nameof(OtherProvision))];

        JsonRoundTrip.Of(provisions).Should().Equal(provisions);
    }

    [Theory]
    [MemberData(nameof(Kinds), MemberType = typeof(ProvisionSamples))]
    public void Each_kind_writes_its_kind_name_and_maps_onto_its_category(string type, string kindName, ProvisionCategory category)
    {
        var provision = Create(type);

        using var json = JsonDocument.Parse(JsonRoundTrip.Write(provision));

        json.RootElement.GetProperty("kind").GetString().Should().Be(kindName);
        provision.Category.Should().Be(category);
    }

    [Theory]
    [MemberData(nameof(KindNames), MemberType = typeof(ProvisionSamples))]
    public void The_category_is_not_written(string kind)
    {
        using var json = JsonDocument.Parse(JsonRoundTrip.Write(Create(kind)));

        json.RootElement.TryGetProperty("category", out _).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(KindNames), MemberType = typeof(ProvisionSamples))]
    public void Separately_built_equal_provisions_are_equal_and_a_change_makes_them_unequal(string kind)
    {
        var one = Create(kind);
        var other = Create(kind);

        one.Should().Be(other);
        one.GetHashCode().Should().Be(other.GetHashCode());
        one.Should().NotBe(other with { Territories = [Donetsk] });
        one.Should().NotBe(other with { Summary = [En("Something else")] });
        one.Should().NotBe(other with { IsOptional = false });
    }

    [Theory]
    [MemberData(nameof(KindNames), MemberType = typeof(ProvisionSamples))]
    public void With_expressions_keep_the_identifier_invariant(string kind)
    {
        var provision = Create(kind);

        var clear = () => provision with { Id = default };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void A_provision_needs_a_non_default_identifier()
    {
        var create = () => new CeasefireProvision(default);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void An_undefined_depth_is_rejected()
    {
        var create = () => new CeasefireProvision(new ProvisionId("ceasefire")) { Depth = (ProvisionDepth)4 };

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Depth");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(ProvisionDepth.Mention)]
    [InlineData(ProvisionDepth.Enforceable)]
    public void A_provision_may_be_ungraded_or_graded_on_the_pax_scale(ProvisionDepth? depth)
    {
        var provision = new CeasefireProvision(new ProvisionId("ceasefire")) { Depth = depth };

        provision.Depth.Should().Be(depth);
    }

    [Fact]
    public void Provisions_of_different_kinds_with_the_same_base_members_are_not_equal()
    {
        Provision end = new EndOfHostilitiesProvision(new ProvisionId("p"));
        Provision other = new OtherProvision(new ProvisionId("p"));

        end.Should().NotBe(other);
    }

    [Fact]
    public void A_new_provision_has_empty_collections_and_is_not_optional()
    {
        var provision = new OtherProvision(new ProvisionId("p"));

        provision.Summary.Should().BeEmpty();
        provision.Territories.Should().BeEmpty();
        provision.OpenQuestions.Should().BeEmpty();
        provision.IsOptional.Should().BeFalse();
        provision.Depth.Should().BeNull();
    }

    [Fact]
    public void The_kind_is_accepted_when_it_is_not_the_first_member()
    {
        const string json = """
            {
              "id": "optional-dmz",
              "isOptional": true,
              "monitoringMethods": ["patrols", "drones"],
              "kind": "demilitarised-zone",
              "depth": "concrete"
            }
            """;

        var provision = JsonRoundTrip.Read<Provision>(json);

        provision.Should().Be(new DemilitarisedZoneProvision(new ProvisionId("optional-dmz"))
        {
            IsOptional = true,
            MonitoringMethods = [MonitoringMethod.Patrols, MonitoringMethod.Drones],
            Depth = ProvisionDepth.Concrete,
        });
    }

    [Fact]
    public void An_unknown_kind_is_rejected()
    {
        var read = () => JsonRoundTrip.Read<Provision>("""{"kind": "annexation", "id": "p"}""");

        read.Should().Throw<JsonException>().WithMessage("*annexation*");
    }

    [Fact]
    public void A_provision_without_a_kind_is_rejected()
    {
        var read = () => JsonRoundTrip.Read<Provision>("""{"id": "p"}""");

        read.Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void The_json_shape_uses_camel_case_names_and_kebab_case_enums()
    {
        var json = JsonRoundTrip.Write(Create(nameof(ForceWithdrawalProvision)));

        json.Should().Contain("\"kind\": \"force-withdrawal\"")
            .And.Contain("\"extent\": \"behind-line\"")
            .And.Contain("\"behindLine\": \"line-of-contact\"")
            .And.Contain("\"depth\": \"concrete\"")
            .And.Contain("\"isOptional\": true")
            .And.Contain("\"openQuestions\": [")
            .And.Contain("\"from\": [");
    }

    [Fact]
    public void Monitoring_methods_are_written_in_kebab_case()
    {
        var json = JsonRoundTrip.Write(Create(nameof(DemilitarisedZoneProvision)));

        json.Should().Contain("\"civilian-monitors\"").And.Contain("\"armed-escort\"");
    }

    [Fact]
    public void Money_in_a_provision_is_written_as_a_string()
    {
        var json = JsonRoundTrip.Write(Create(nameof(ReconstructionFinancingProvision)));

        json.Should().Contain("\"amount\": \"2500000000.00\"");
    }

    [Fact]
    public void ToString_names_the_identifier_kind_and_category()
    {
        Create(nameof(DemilitarisedZoneProvision)).ToString().Should().Be("optional-dmz (DemilitarisedZoneProvision, Security)");
    }

    [Fact]
    public void A_provision_refers_to_itself_as_a_provision()
    {
        var provision = new OtherProvision(new ProvisionId("p"));

        provision.Reference.Should().Be(new EntityReference(EntityKind.Provision, "p"));
    }
}
