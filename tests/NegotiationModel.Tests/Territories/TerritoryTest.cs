using System.Text.Json.Nodes;
using NegotiationModel.Identifiers;
using NegotiationModel.Territories;

namespace NegotiationModel.Tests.Territories;

public sealed class TerritoryTest
{
    private static readonly TerritoryId Donetsk = new("UA-14");

    private static Territory NewDonetsk() => new(Donetsk, TerritoryKind.Region, [new("Donetsk", "en"), new("ドネツク", "ja"), new("Донецк", "ru")])
    {
        Iso3166Code = "UA-14",
        Parent = new TerritoryId("UA"),
    };

    [Fact]
    public void A_territory_holds_what_it_was_built_with()
    {
        var territory = NewDonetsk();

        territory.Id.Should().Be(Donetsk);
        territory.Kind.Should().Be(TerritoryKind.Region);
        territory.Names.Select(n => n.Text).Should().Equal("Donetsk", "ドネツク", "Донецк");
        territory.Iso3166Code.Should().Be("UA-14");
        territory.Parent.Should().Be(new TerritoryId("UA"));
        ((IRecordEntity)territory).Reference.Should().Be(new EntityReference(EntityKind.Territory, "UA-14"));
    }

    [Fact]
    public void Optional_members_are_empty_unless_set()
    {
        var territory = new Territory(Donetsk, TerritoryKind.Region, [new("Donetsk", "en")]);

        territory.Iso3166Code.Should().BeNull();
        territory.Parent.Should().BeNull();
        territory.Citations.Should().BeEmpty();
        territory.Identifiers.Should().BeEmpty();
        territory.Notes.Should().BeNull();
    }

    [Fact]
    public void A_territory_needs_a_non_default_identifier()
    {
        var create = () => new Territory(default, TerritoryKind.Region, [new("Donetsk", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void An_undefined_kind_is_rejected()
    {
        var create = () => new Territory(Donetsk, (TerritoryKind)0, [new("Donetsk", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void A_territory_needs_a_name()
    {
        var create = () => new Territory(Donetsk, TerritoryKind.Region, []);

        create.Should().Throw<ArgumentException>().WithMessage("A territory needs at least one name.*").And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void A_parent_may_be_absent_but_not_the_default_identifier()
    {
        var territory = NewDonetsk();

        var withoutParent = territory with { Parent = null };
        var defaultParent = () => territory with { Parent = default(TerritoryId) };

        withoutParent.Parent.Should().BeNull();
        defaultParent.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Parent");
    }

    [Fact]
    public void The_iso_code_is_not_checked_at_construction()
    {
        var territory = NewDonetsk() with { Iso3166Code = "not a code" };

        territory.Iso3166Code.Should().Be("not a code", "validation reports a malformed code; construction only keeps it");
    }

    [Fact]
    public void Territories_with_equal_members_are_equal()
    {
        NewDonetsk().Should().Be(NewDonetsk());
        NewDonetsk().GetHashCode().Should().Be(NewDonetsk().GetHashCode());
    }

    [Fact]
    public void A_different_name_makes_territories_unequal()
    {
        var other = NewDonetsk() with { Names = [new("Donetsk", "en"), new("ドネツク", "ja"), new("Донецьк", "uk")] };

        other.Should().NotBe(NewDonetsk());
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var territory = NewDonetsk();

        var clearNames = () => territory with { Names = [] };
        var clearId = () => territory with { Id = default };
        var badKind = () => territory with { Kind = (TerritoryKind)99 };

        clearNames.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Names");
        clearId.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
        badKind.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void A_territory_reads_back_equal_from_json()
    {
        var territory = NewDonetsk();

        JsonRoundTrip.Of(territory).Should().Be(territory);
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_kinds()
    {
        var json = JsonNode.Parse(JsonRoundTrip.Write(NewDonetsk()))!;

        json["id"]!.GetValue<string>().Should().Be("UA-14");
        json["kind"]!.GetValue<string>().Should().Be("region");
        json["iso3166Code"]!.GetValue<string>().Should().Be("UA-14");
        json["parent"]!.GetValue<string>().Should().Be("UA");
        json["names"]![1]!["text"]!.GetValue<string>().Should().Be("ドネツク");
        json.AsObject().Should().NotContainKey("notes", "null members are left out");
    }

    [Fact]
    public void ToString_gives_the_identifier_and_first_name()
    {
        NewDonetsk().ToString().Should().Be("UA-14 (Donetsk)");
    }
}
