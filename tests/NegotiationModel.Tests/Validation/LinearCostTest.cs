using System.Diagnostics;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Validation;
using static NegotiationModel.Tests.Validation.ValidationTestData;

namespace NegotiationModel.Tests.Validation;

/// <summary>Validation costs time in proportion to the record: four times the record takes about four times as long, not sixteen.</summary>
public sealed class LinearCostTest
{
    [Fact]
    public void Four_times_the_record_takes_well_under_sixteen_times_as_long()
    {
        var small = Record(3_000);
        var large = Record(12_000);
        RecordValidator.Default.Validate(Record(500)); // warm up

        var smallTime = Fastest(small);
        var largeTime = Fastest(large);

        largeTime.Should().BeLessThan(smallTime * 9, $"validating 3 000 statements took {smallTime.TotalMilliseconds:F0} ms and 12 000 took {largeTime.TotalMilliseconds:F0} ms");
    }

    private static TimeSpan Fastest(NegotiationRecord record)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var watch = Stopwatch.StartNew();
            var report = RecordValidator.Default.Validate(record);
            watch.Stop();
            report.HasErrors.Should().BeTrue("each record plants one error per statement");
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
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
