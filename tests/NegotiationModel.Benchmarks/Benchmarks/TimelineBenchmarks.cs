using BenchmarkDotNet.Attributes;
using NegotiationModel.TestData;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Benchmarks.Benchmarks;

/// <summary>
/// Building a record's timeline, querying it by time range (about ten answers a query at every size, so that
/// the O(log n + k) growth shows), and the record as known at an instant.
/// </summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private NegotiationRecord record = null!;
    private Timeline timeline = null!;
    private TimeWindow[] ranges = [];
    private Instant middle;
    private int next;

    /// <summary>Gets or sets the number of statements in the record; the timeline has about 1.5 entries per statement (1 M: see the quick mode and --loop timeline).</summary>
    [Params(10_000, 100_000)]
    public int Statements { get; set; }

    /// <summary>Builds the record, its timeline and the query ranges.</summary>
    [GlobalSetup]
    public void Setup()
    {
        record = SyntheticRecord.Generate(Statements, Corpus.Seed);
        timeline = Timeline.Build(record);
        ranges = TimelineQueries.Ranges(timeline, 1024, 10);
        middle = TimelineQueries.Middle(timeline);
        var answers = ranges.Average(r => timeline.Query(r).Count);
        Console.WriteLine(FormattableString.Invariant($"// {Statements:N0} statements: {timeline.Count:N0} timeline entries, {answers:F1} answers a range query"));
    }

    /// <summary>Builds the timeline.</summary>
    /// <returns>The timeline.</returns>
    [Benchmark(Description = "Timeline.Build")]
    public Timeline Build() => Timeline.Build(record);

    /// <summary>One range query (about ten answers).</summary>
    /// <returns>The entries.</returns>
    [Benchmark(Description = "Timeline.Query(range)")]
    public ValueList<TimelineEntry> Query() => timeline.Query(ranges[next++ & 1023]);

    /// <summary>The record as known halfway through its time span.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Description = "NegotiationRecord.AsKnownAt")]
    public NegotiationRecord AsKnownAt() => record.AsKnownAt(middle);
}
