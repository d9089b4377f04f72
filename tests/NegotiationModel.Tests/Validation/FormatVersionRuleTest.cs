using NegotiationModel.TestData;
using System.Text.RegularExpressions;
using NegotiationModel.Kinds;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// NM9002: a record that declares an older version than an addition it uses. Differential: a record with every member
/// of every type set and one provision of each kind, declared 1.0, is reported exactly at the marked members and
/// kinds; declared at the current version, never.
/// </summary>
public sealed partial class FormatVersionRuleTest
{
    private static readonly NegotiationRecord Filled = FilledRecord.Build();

    [Fact]
    public void A_record_declaring_1_0_is_reported_at_every_marked_member_and_kind_it_uses()
    {
        var report = RecordValidator.Default.WithLimits(DiagnosticLimits.None).Validate(Filled with { SchemaVersion = new SchemaVersion(1, 0) });
        var expected = FormatAdditions.In(typeof(NegotiationRecord).Assembly.GetTypes().Where(t => !t.IsEnum)).Select(a => a.Key);

        var reported = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.NewerThanDeclaredVersion).ToList();

        reported.Select(d => Key().Match(d.Message).Groups["key"].Value).Distinct().Should().BeEquivalentTo(expected);
        reported.Where(d => d.Severity != DiagnosticSeverity.Error || !d.Message.Contains("schemaVersion 1.0", StringComparison.Ordinal) || !d.Message.Contains("Raise the record's SchemaVersion", StringComparison.Ordinal))
            .Should().BeEmpty("each is an error that names the declared version and the fix");
        reported.Where(d => d.Message.Contains("kind '", StringComparison.Ordinal) && d.Path.LastSegment.Name != "kind").Should().BeEmpty("a kind is reported at its \"kind\" member");
    }

    [Fact]
    public void A_record_declaring_the_current_version_or_a_later_one_is_never_reported()
    {
        foreach (var version in (SchemaVersion[])[SchemaVersion.Current, new(SchemaVersion.Current.Major, SchemaVersion.Current.Minor + 1)])
        {
            RecordValidator.Default.Validate(Filled with { SchemaVersion = version }).Diagnostics
                .Should().NotContain(d => d.Code == DiagnosticCodes.NewerThanDeclaredVersion);
        }
    }

    [Fact]
    public void A_1_0_record_that_uses_nothing_added_later_is_not_reported()
    {
        var record = NegotiationModel.Serialization.NegotiationJson.Deserialize(File.ReadAllBytes(RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures/v1.0/miami-talks-2025-12.json")));

        record.SchemaVersion.Should().Be(new SchemaVersion(1, 0));
        RecordValidator.Default.Validate(record).Diagnostics.Should().NotContain(d => d.Code == DiagnosticCodes.NewerThanDeclaredVersion);
    }

    [GeneratedRegex(@"\((?<key>[^()]+)\) was added in format")]
    private static partial Regex Key();
}
