using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Benchmarks;

/// <summary>
/// Range queries over a timeline that each return about the same number of entries whatever its size, so
/// that their cost shows the O(log n) part: windows as long as the timeline's span divided by its entries,
/// times the wanted answer count, at deterministic random places.
/// </summary>
internal static class TimelineQueries
{
    /// <summary>Makes the query ranges.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="count">How many ranges.</param>
    /// <param name="answers">About how many entries each range should return.</param>
    /// <returns>The ranges.</returns>
    public static TimeWindow[] Ranges(Timeline timeline, int count, int answers)
    {
        var bounded = timeline.Entries.Where(e => e.Window.IsBounded).ToArray();
        var first = bounded.Min(e => e.Window.Earliest!.Value);
        var last = bounded.Max(e => e.Window.Latest!.Value);
        var span = last - first;
        var length = Duration.FromNanoseconds(span.TotalNanoseconds * answers / timeline.Count);
        var random = new Random(Corpus.Seed);
        return Enumerable.Range(0, count)
            .Select(_ => first + Duration.FromNanoseconds((span - length).TotalNanoseconds * random.NextDouble()))
            .Select(start => new TimeWindow(start, start + length))
            .ToArray();
    }

    /// <summary>Gets the instant halfway through a record's statements' times, for <c>AsKnownAt</c>.</summary>
    /// <param name="timeline">The record's timeline.</param>
    /// <returns>The instant.</returns>
    public static Instant Middle(Timeline timeline) => timeline.Entries[timeline.Count / 2].Window.Earliest ?? Instant.FromUtc(2024, 1, 1, 0, 0);
}
