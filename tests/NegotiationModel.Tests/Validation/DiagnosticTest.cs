using NegotiationModel.Identifiers;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Validation;

public sealed class DiagnosticTest
{
    private static Diagnostic Putn() => new(DiagnosticSeverity.Error, DiagnosticCodes.UnresolvedReference, "The record holds no actor 'putn'.", JsonPath.Parse("$['statements'][3]['speakers'][0]"))
    {
        RelatedIds = [EntityReference.To(new StatementId("ushakov-call-announced")), EntityReference.To(new ActorId("putn"))],
    };

    [Fact]
    public void A_diagnostic_holds_what_it_was_given()
    {
        var diagnostic = Putn();

        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.Code.Should().Be("NM1002");
        diagnostic.Message.Should().Be("The record holds no actor 'putn'.");
        diagnostic.Path.ToString().Should().Be("$['statements'][3]['speakers'][0]");
        diagnostic.RelatedIds.Should().HaveCount(2);
    }

    [Fact]
    public void A_diagnostic_prints_as_one_line_like_a_compiler()
    {
        Putn().ToString().Should().Be("error NM1002: The record holds no actor 'putn'. (at $['statements'][3]['speakers'][0])");
        (Putn() with { Severity = DiagnosticSeverity.Warning }).ToString().Should().StartWith("warning NM1002: ");
        (Putn() with { Severity = DiagnosticSeverity.Info }).ToString().Should().StartWith("info NM1002: ");
    }

    [Theory]
    [InlineData("NM 1002")]
    [InlineData("1002")]
    [InlineData("NM")]
    [InlineData("NM1002\n")]
    [InlineData("")]
    public void A_code_is_letters_then_digits(string code)
    {
        var create = () => new Diagnostic(DiagnosticSeverity.Error, code, "Message.", JsonPath.Root);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Code");
    }

    [Fact]
    public void A_code_of_an_applications_own_is_allowed()
    {
        new Diagnostic(DiagnosticSeverity.Warning, "APP1001", "Message.", JsonPath.Root).Code.Should().Be("APP1001");
    }

    [Fact]
    public void A_message_is_not_blank_and_a_path_is_given()
    {
        var blank = () => new Diagnostic(DiagnosticSeverity.Error, "NM1002", " ", JsonPath.Root);
        var path = () => new Diagnostic(DiagnosticSeverity.Error, "NM1002", "Message.", null!);

        blank.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Message");
        path.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Path");
    }

    [Fact]
    public void A_severity_is_defined()
    {
        var create = () => new Diagnostic((DiagnosticSeverity)0, "NM1002", "Message.", JsonPath.Root);

        create.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Severity");
    }

    [Fact]
    public void With_keeps_the_invariants()
    {
        var change = () => Putn() with { Path = null! };

        change.Should().Throw<ArgumentException>().And.ParamName.Should().Be("Path");
    }

    [Fact]
    public void Diagnostics_are_equal_by_value_including_related_ids_in_order()
    {
        Putn().Should().Be(Putn());
        Putn().GetHashCode().Should().Be(Putn().GetHashCode());
        (Putn() with { RelatedIds = [.. Putn().RelatedIds.Reverse()] }).Should().NotBe(Putn());
        (Putn() with { Path = JsonPath.Parse("$['statements'][3]['speakers'][1]") }).Should().NotBe(Putn());
    }

    [Fact]
    public void Severities_are_ordered_from_info_to_error()
    {
        ((int)DiagnosticSeverity.Error).Should().BeGreaterThan((int)DiagnosticSeverity.Warning);
        ((int)DiagnosticSeverity.Warning).Should().BeGreaterThan((int)DiagnosticSeverity.Info);
    }

    [Fact]
    public void A_diagnostic_round_trips_through_json()
    {
        JsonRoundTrip.Of(Putn()).Should().Be(Putn());
    }

    [Fact]
    public void A_diagnostic_is_written_with_camel_case_names_and_a_kebab_case_severity()
    {
        var json = JsonRoundTrip.Write(Putn());

        json.Should().Contain("\"severity\": \"error\"").And.Contain("\"code\": \"NM1002\"").And.Contain("\"path\": \"$['statements'][3]['speakers'][0]\"").And.Contain("\"relatedIds\": [");
        json.Should().Contain("\"kind\": \"actor\"");
    }
}
