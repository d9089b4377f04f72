using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

/// <summary>
/// Validation costs work in proportion to the record: four times the record allocates about four times as
/// much, not sixteen. Allocations, counted on the test thread, are a measure of work that a busy machine does
/// not change, unlike a stopwatch.
/// </summary>
public sealed class LinearCostTest
{
    [Fact]
    public void Four_times_the_record_allocates_about_four_times_as_much_not_sixteen()
    {
        // Without limits every diagnostic is built, so their cost is measured too.
        var validator = RecordValidator.Default.WithLimits(DiagnosticLimits.None);
        var small = Record(3_000);
        var large = Record(12_000);
        Allocated(validator, Record(500)); // first use: static tables, the JIT

        var smallBytes = Allocated(validator, small);
        var largeBytes = Allocated(validator, large);

        var ratio = (double)largeBytes / smallBytes;
        ratio.Should().BeInRange(3, 6, $"validating 3 000 statements allocated {smallBytes} bytes and 12 000 allocated {largeBytes}: linear work gives about 4, quadratic 16");
    }

    private static long Allocated(RecordValidator validator, NegotiationRecord record)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = validator.Validate(record);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        report.WithCode(DiagnosticCodes.UnresolvedReference).Should().HaveCountGreaterThanOrEqualTo(record.Statements.Count, "each record plants one error per statement");
        return allocated;
    }

    /// <summary>A record of <paramref name="count"/> statements and sources, chained, each statement with one unresolved speaker.</summary>
    private static NegotiationRecord Record(int count) => Clean() with
    {
        Sources = ValueList.From(Enumerable.Range(0, count).Select(i => new Source(new SourceId($"s{i}"), SourceKind.NewsReport)
        {
            Published = W("2025-12-29T19:31[Asia/Tokyo]"),
            Cites = i == 0 ? [] : [new SourceId($"s{i - 1}")],
        })),
        Statements = ValueList.From(Enumerable.Range(0, count).Select(i => new Statement(new StatementId($"st{i}"), [Trump, new ActorId($"ghost{i}")], [En("...")])
        {
            When = i == 0 ? W("2025-12-28[Europe/Moscow]") : W($"after(statement:st{i - 1})"),
            About = [EntityReference.To(Roadmap)],
            Citations = [new Citation(new SourceId($"s{i}"))],
        })),
    };
}
