using System.Text.Json.Nodes;
using NegotiationModel.Identifiers;
using NegotiationModel.Territories;
using NegotiationModel.Time;

namespace NegotiationModel.Tests.Territories;

public sealed class NamedLineTest
{
    private static NamedLine LineOfContact() => new(new NamedLineId("line-of-contact"), LineKind.LineOfContact, [new("line of contact", "en"), new("接触線", "ja")])
    {
        Territories = [new TerritoryId("UA-23"), new TerritoryId("UA-65")],
        When = When.Parse("2025-12-28"),
    };

    [Fact]
    public void A_line_holds_what_it_was_built_with()
    {
        var line = LineOfContact();

        line.Kind.Should().Be(LineKind.LineOfContact);
        line.Names.Select(n => n.Text).Should().Equal("line of contact", "接触線");
        line.Territories.Should().Equal(new TerritoryId("UA-23"), new TerritoryId("UA-65"));
        line.When.Should().Be(When.Parse("2025-12-28"));
        ((IRecordEntity)line).Reference.Should().Be(new EntityReference(EntityKind.NamedLine, "line-of-contact"));
    }

    [Fact]
    public void A_line_needs_a_non_default_identifier()
    {
        var create = () => new NamedLine(default, LineKind.LineOfContact, [new("line of contact", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Id");
    }

    [Fact]
    public void An_undefined_kind_is_rejected()
    {
        var create = () => new NamedLine(new NamedLineId("l"), (LineKind)6, [new("line of contact", "en")]);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Kind");
    }

    [Fact]
    public void A_line_needs_a_name()
    {
        var create = () => new NamedLine(new NamedLineId("l"), LineKind.CeasefireLine, []);

        create.Should().Throw<ArgumentException>().WithMessage("A line needs at least one name.*").And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void With_expressions_keep_the_invariants()
    {
        var clear = () => LineOfContact() with { Names = [] };

        clear.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Names");
    }

    [Fact]
    public void Lines_with_equal_members_are_equal()
    {
        LineOfContact().Should().Be(LineOfContact());
        LineOfContact().GetHashCode().Should().Be(LineOfContact().GetHashCode());
    }

    [Fact]
    public void A_change_in_territories_makes_lines_unequal()
    {
        var shorter = LineOfContact() with { Territories = [new TerritoryId("UA-23")] };

        shorter.Should().NotBe(LineOfContact());
    }

    [Fact]
    public void A_line_reads_back_equal_from_json()
    {
        var line = LineOfContact();

        JsonRoundTrip.Of(line).Should().Be(line);
    }

    [Fact]
    public void The_json_uses_camel_case_names_and_kebab_case_kinds()
    {
        var json = JsonNode.Parse(JsonRoundTrip.Write(LineOfContact()))!;

        json["kind"]!.GetValue<string>().Should().Be("line-of-contact");
        json["territories"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("UA-23", "UA-65");
        json["when"]!.GetValue<string>().Should().Be("2025-12-28");
    }

    [Fact]
    public void ToString_gives_the_identifier_and_first_name()
    {
        LineOfContact().ToString().Should().Be("line-of-contact (line of contact)");
    }
}
