using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Validation;

public sealed class ValidationReportTest
{
    private static ValidationReport Report() => new(
    [
        new Diagnostic(DiagnosticSeverity.Error, "NM1002", "The record holds no actor 'putn'.", JsonPath.Parse("$['statements'][3]['speakers'][0]")),
        new Diagnostic(DiagnosticSeverity.Warning, "NM2006", "Proposal 'old-plan' is superseded, but no proposal names it.", JsonPath.Parse("$['proposals'][0]['statusHistory'][1]['status']")),
        new Diagnostic(DiagnosticSeverity.Warning, "NM1005", "Phase lists another proposal's provision.", JsonPath.Parse("$['proposals'][1]['phases'][0]['provisions'][1]")),
    ]);

    [Fact]
    public void A_report_counts_its_diagnostics_by_severity()
    {
        var report = Report();

        report.HasErrors.Should().BeTrue();
        report.ErrorCount.Should().Be(1);
        report.WarningCount.Should().Be(2);
        report.InfoCount.Should().Be(0);
        report.ToString().Should().Be("1 error, 2 warnings, 0 infos");
    }

    [Fact]
    public void An_empty_report_has_no_errors()
    {
        var report = new ValidationReport([]);

        report.HasErrors.Should().BeFalse();
        report.ToString().Should().Be("0 errors, 0 warnings, 0 infos");
    }

    [Fact]
    public void A_report_selects_diagnostics_by_code()
    {
        Report().WithCode("NM2006").Should().ContainSingle().Which.Path.ToString().Should().Be("$['proposals'][0]['statusHistory'][1]['status']");
        Report().WithCode("NM9001").Should().BeEmpty();
    }

    [Fact]
    public void Reports_are_equal_by_value_in_order()
    {
        Report().Should().Be(Report());
        (Report() with { Diagnostics = [.. Report().Diagnostics.Reverse()] }).Should().NotBe(Report());
    }

    [Fact]
    public void A_report_round_trips_through_json_without_its_counts()
    {
        var json = JsonRoundTrip.Write(Report());

        JsonRoundTrip.Read<ValidationReport>(json).Should().Be(Report());
        json.Should().StartWith("{\n  \"diagnostics\": [").And.NotContain("errorCount").And.NotContain("hasErrors");
    }
}
