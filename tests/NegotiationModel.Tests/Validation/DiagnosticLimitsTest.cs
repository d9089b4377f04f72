using System.Text;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// A record that breaks one rule a million times gives a report of bounded size, at a bounded cost: the
/// validator keeps the first diagnostics of each code and counts the rest (docs/diagnostics.md, NM0002), and
/// reading and validating stay within the bound of docs/robustness.md, 16 MiB + 12 bytes per input byte.
/// </summary>
public sealed class DiagnosticLimitsTest
{
    private const long Allowance = 16L * 1024 * 1024;

    private const int AllocationFactor = 12;

    private const int Megabyte = 1024 * 1024;

    public static TheoryData<string> Documents => [.. ManyDiagnosticsDocuments.All.Keys];

    [Fact]
    public void One_statement_naming_16_MB_of_speakers_that_do_not_exist_reads_and_validates_within_the_documented_bound()
    {
        var bytes = Encoding.UTF8.GetBytes(ManyDiagnosticsDocuments.All["one statement naming speakers that do not exist"].Build(16 * Megabyte));

        var (report, reading, validating) = ReadAndValidate(bytes);

        (reading + validating).Should().BeLessThan(Allowance + (AllocationFactor * (long)bytes.Length));
        report.WithCode(DiagnosticCodes.UnresolvedReference).Should().HaveCount(1_000);
        report.Diagnostics[^1].Code.Should().Be(DiagnosticCodes.DiagnosticsOmitted);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_cheap_way_to_make_many_diagnostics_validates_within_the_documented_bound(string name)
    {
        var (code, build) = ManyDiagnosticsDocuments.All[name];
        var bytes = Encoding.UTF8.GetBytes(build(4 * Megabyte));

        // A small document of the same kind first: what the first validation of a kind sets up once (statics, caches) is
        // not a cost per input byte, and whichever case ran first in the thread paid it.
        ReadAndValidate(Encoding.UTF8.GetBytes(build(64 * 1024)));

        var (report, _, validating) = ReadAndValidate(bytes);

        // Reading is the reader's bound (docs/robustness.md); what validation adds is held here.
        validating.Should().BeLessThan(Allowance + (AllocationFactor * (long)bytes.Length));
        report.WithCode(code).Should().HaveCount(1_000, $"the document holds tens of thousands of {code}, and the validator keeps the first thousand");
        report.WithCode(DiagnosticCodes.DiagnosticsOmitted).Should().ContainSingle().Which.Message.Should().Contain($" {code}");
    }

    [Fact]
    public void Past_the_limit_per_code_the_report_counts_the_rest_in_one_final_diagnostic()
    {
        var report = RecordValidator.Default.WithLimits(new DiagnosticLimits(perCode: 3, total: 100)).Validate(Ghosts(5, withoutSources: 4));

        report.Diagnostics.Select(d => d.Code).Should().Equal("NM1002", "NM1002", "NM1002", "NM3003", "NM3003", "NM3003", "NM0002");
        var omitted = report.Diagnostics[^1];
        omitted.ToString().Should().Be("error NM0002: 3 more diagnostics were left out of the report, past the limits of 3 per code, 100 in all: 2 NM1002, 1 NM3003. Fix the first ones, or raise the limits (RecordValidator.WithLimits). (at $)");
        report.WithCode(DiagnosticCodes.UnresolvedReference).Select(d => d.Path.ToString()).Should().Equal("$['statements'][0]['speakers'][1]", "$['statements'][0]['speakers'][2]", "$['statements'][0]['speakers'][3]");
    }

    [Fact]
    public void The_total_limit_keeps_the_first_diagnostics_whatever_their_code_and_the_count_is_as_serious_as_the_worst_left_out()
    {
        var report = RecordValidator.Default.WithLimits(new DiagnosticLimits(perCode: 100, total: 2)).Validate(Ghosts(0, withoutSources: 4));

        report.Diagnostics.Select(d => d.Code).Should().Equal("NM3003", "NM3003", "NM0002");
        report.Diagnostics[^1].Severity.Should().Be(DiagnosticSeverity.Info, "only infos were left out");
        report.Diagnostics[^1].Message.Should().StartWith("2 more diagnostics were left out").And.Contain(": 2 NM3003.");
    }

    [Fact]
    public void Within_the_limits_nothing_is_left_out_and_no_count_is_added()
    {
        var record = Ghosts(1_000, withoutSources: 0);

        RecordValidator.Default.Validate(record).Diagnostics.Select(d => d.Code).Should().Equal(Enumerable.Repeat("NM1002", 1_000));
        RecordValidator.Default.Validate(Ghosts(1_001, withoutSources: 0)).Diagnostics.Select(d => d.Code).Should().Equal([.. Enumerable.Repeat("NM1002", 1_000), "NM0002"]);
        RecordValidator.Default.WithLimits(DiagnosticLimits.None).Validate(Ghosts(1_001, withoutSources: 0)).Diagnostics.Should().HaveCount(1_001).And.OnlyContain(d => d.Code == "NM1002");
    }

    [Fact]
    public void Limits_are_kept_by_WithRule_apply_to_rules_of_ones_own_and_refuse_nonsense()
    {
        var limits = new DiagnosticLimits(perCode: 2, total: 10);
        var validator = RecordValidator.Default.WithLimits(limits).WithRule(new EveryStatement());

        var report = validator.Validate(Clean() with { Statements = [.. Clean().Statements, .. Enumerable.Range(0, 4).Select(i => Clean().Statements[0] with { Id = new StatementId($"s{i}") })] });

        validator.Limits.Should().Be(limits);
        RecordValidator.Default.Limits.Should().Be(DiagnosticLimits.Default).And.Be(new DiagnosticLimits(1_000, 10_000));
        report.Diagnostics.Select(d => d.Code).Should().Equal("APP1001", "APP1001", "NM0002");
        report.Diagnostics[^1].Message.Should().Contain(": 3 APP1001.");
        FluentActions.Invoking(() => new DiagnosticLimits(0, 10)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new DiagnosticLimits(10, -1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => RecordValidator.Default.WithLimits(null!)).Should().Throw<ArgumentNullException>();
        limits.ToString().Should().Be("2 per code, 10 in all");
    }

    /// <summary>The clean record, its statement naming <paramref name="ghosts"/> speakers that do not exist, and <paramref name="withoutSources"/> statements that cite nothing.</summary>
    private static NegotiationRecord Ghosts(int ghosts, int withoutSources)
    {
        var statement = Clean().Statements[0];
        return Clean() with
        {
            Statements =
            [
                statement with { Speakers = [Trump, .. Enumerable.Range(0, ghosts).Select(i => new ActorId($"ghost{i}"))] },
                .. Enumerable.Range(0, withoutSources).Select(i => statement with { Id = new StatementId($"unsourced{i}"), Citations = [] }),
            ],
        };
    }

    private sealed class EveryStatement : IValidationRule
    {
        public void Check(NegotiationRecord record, ValidationContext context)
        {
            foreach (var statement in record.Statements)
            {
                context.Report(DiagnosticSeverity.Warning, "APP1001", $"Statement '{statement.Id}' is here.", JsonPath.Root, EntityReference.To(statement.Id));
            }
        }
    }

    private static (ValidationReport Report, long Reading, long Validating) ReadAndValidate(byte[] bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var record = NegotiationJson.Deserialize(bytes);
        var read = GC.GetAllocatedBytesForCurrentThread();
        var report = RecordValidator.Default.Validate(record);
        var validated = GC.GetAllocatedBytesForCurrentThread();
        TestContext.Current.TestOutputHelper?.WriteLine($"{bytes.Length} bytes in, {report.Diagnostics.Count} diagnostics; allocated per input byte: reading {(double)(read - before) / bytes.Length:F2}, validating {(double)(validated - read) / bytes.Length:F2}");
        return (report, read - before, validated - read);
    }
}
