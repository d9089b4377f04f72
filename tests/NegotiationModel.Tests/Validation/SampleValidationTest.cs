using NegotiationModel.Serialization;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Validation;

/// <summary>The reference sample validates without errors, and every warning it gets is one the sample documents.</summary>
public sealed class SampleValidationTest
{
    private static readonly NegotiationRecord Record = NegotiationJson.Deserialize(File.ReadAllBytes(SampleFiles.MiamiTalks));

    [Fact]
    public void The_sample_record_validates_with_no_errors()
    {
        var report = RecordValidator.Default.Validate(Record);

        report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Should().BeEmpty();
        report.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void The_sample_record_gets_no_warning_nor_info_either()
    {
        var report = RecordValidator.Default.Validate(Record);

        report.Diagnostics.Select(d => d.ToString()).Should().BeEmpty();
        report.ToString().Should().Be("0 errors, 0 warnings, 0 infos");
    }

    [Fact]
    public void A_typo_in_the_sample_is_found_at_its_path()
    {
        var statements = Record.Statements.Replace(0, s => s with { Speakers = [new NegotiationModel.Identifiers.ActorId("ushakof")] });

        var report = RecordValidator.Default.Validate(Record with { Statements = statements });

        report.Diagnostics.Select(d => d.ToString()).Should().Equal("error NM1002: The record holds no actor 'ushakof'. (at $['statements'][0]['speakers'][0])");
    }
}
