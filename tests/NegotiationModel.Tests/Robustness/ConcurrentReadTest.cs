using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;
using NodaTime;

namespace NegotiationModel.Tests.Robustness;

/// <summary>
/// Records and timelines are immutable and documented as thread-safe; their lazily built indexes must be too.
/// Many threads query one freshly loaded record and one timeline at once and must get the single-threaded answers.
/// </summary>
public sealed class ConcurrentReadTest
{
    private const int Rounds = 400;

    [Fact(Timeout = 60_000)]
    public async Task Parallel_queries_of_one_record_and_one_timeline_give_the_single_threaded_answers()
    {
        var json = await File.ReadAllTextAsync(SampleFiles.MiamiTalks, TestContext.Current.CancellationToken);
        var expected = Answers(NegotiationJson.Deserialize(json), null);

        // A fresh record, so that its lazily built index and time context are first built under contention.
        var record = NegotiationJson.Deserialize(json);
        var timeline = Timeline.Build(record);
        var results = new string[Rounds];

        Parallel.For(0, Rounds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, i =>
        {
            results[i] = Answers(record, timeline, i);
        });

        results.Distinct().Should().Equal(expected);
    }

    /// <summary>Runs every look-up over the record and returns the answers as one text; <paramref name="start"/> varies the order.</summary>
    private static string Answers(NegotiationRecord record, Timeline? timeline, int start = 0)
    {
        timeline ??= Timeline.Build(record);
        var lookups = new List<Func<string>>
        {
            () => string.Join(",", record.Actors.Select(a => record.Find(a.Id)?.Id.ToString())),
            () => string.Join(",", record.Statements.Select(s => record.Find(s.Id)?.Id.ToString())),
            () => string.Join(",", record.Actors.SelectMany(a => a.Names).Select(n => record.FindByName(n.Text).Count)),
            () => string.Join(",", record.Actors.Select(a => record.Involving(a.Id).Count)),
            () => string.Join(",", timeline.Query().Select(e => e.Id)),
            () => string.Join(",", record.Actors.Select(a => timeline.Query(actor: a.Id).Count)),
            () => string.Join(",", timeline.Query(new TimeWindow(Instant.FromUtc(2025, 12, 28, 0, 0), Instant.FromUtc(2025, 12, 29, 0, 0))).Select(e => e.Id)),
            () => string.Join(",", Enumerable.Range(0, 5).Select(d => record.AsKnownAt(Instant.FromUtc(2025, 12, 27 + d, 12, 0)).Statements.Count)),
            () => RecordValidator.Default.Validate(record).ToString(),
            () => record.Find(new ActorId("trump"))?.ToString() ?? "none",
        };

        return string.Join("\n", Enumerable.Range(0, lookups.Count).Select(k => lookups[(k + start) % lookups.Count]).Select(f => f()).Order(StringComparer.Ordinal));
    }
}
