using NegotiationModel.Identifiers;
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

    /// <summary>
    /// Makes a timeline of synthetic statement entries spread over the synthetic records' four years: windows
    /// of a minute, and of a whole day for <paramref name="dayShare"/> of them, as a third of the generated
    /// statements are dated to the day. Much faster to make than building a record's timeline, for the quick mode.
    /// </summary>
    /// <param name="count">The number of entries.</param>
    /// <param name="dayShare">The share of entries dated to the day.</param>
    /// <returns>The timeline.</returns>
    public static Timeline Synthetic(int count, double dayShare)
    {
        var random = new Random(Corpus.Seed);
        var start = Instant.FromUtc(2022, 2, 1, 0, 0);
        var minute = When.Parse("2024-01-01T12:00[Europe/Kyiv]");
        var day = When.Parse("2024-01-01[Europe/Kyiv]");
        var entries = new TimelineEntry[count];
        for (var i = 0; i < count; i++)
        {
            var isDay = random.NextDouble() < dayShare;
            var from = isDay ? start + Duration.FromDays(random.Next(1400)) : start + Duration.FromMinutes(random.Next(1400 * 24 * 60));
            var window = new TimeWindow(from, from + (isDay ? Duration.FromDays(1) : Duration.FromMinutes(1)));
            var id = FormattableString.Invariant($"statement-{i}");
            entries[i] = new TimelineEntry(id, TimelineEntryKind.Statement, EntityReference.To(new StatementId(id)), id, isDay ? day : minute, window);
        }

        return new Timeline(entries);
    }

    /// <summary>Gets the instant halfway through a record's statements' times, for <c>AsKnownAt</c>.</summary>
    /// <param name="timeline">The record's timeline.</param>
    /// <returns>The instant.</returns>
    public static Instant Middle(Timeline timeline) => timeline.Entries[timeline.Count / 2].Window.Earliest ?? Instant.FromUtc(2024, 1, 1, 0, 0);
}
