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
    public void The_sample_record_gets_no_warnings()
    {
        var report = RecordValidator.Default.Validate(Record);

        report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).Should().BeEmpty();
    }
}
