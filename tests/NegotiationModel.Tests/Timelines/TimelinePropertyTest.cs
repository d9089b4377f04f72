using CsCheck;
using NegotiationModel.Identifiers;
using NegotiationModel.Time;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Tests.Timelines;

/// <summary>
/// The timeline's indexes answer every query exactly as a filter over all entries would, in display order;
/// the display order agrees with the partial order of time. Checked with CsCheck on generated entries
/// whose windows crowd a few instants, with open ends and many ties.
/// </summary>
public sealed class TimelinePropertyTest
{
    private const int Iterations = 400;

    private static readonly Instant Origin = Instant.FromUtc(2025, 12, 28, 0, 0);
    private static readonly ActorId[] Actors = [new("a"), new("b"), new("c")];
    private static readonly TopicId[] Topics = [new("t"), new("u")];

    /// <summary>A window over a few hours, open at either end now and then.</summary>
    private static readonly Gen<TimeWindow> GenWindow =
        from start in Gen.Int[0, 12]
        from length in Gen.Int[1, 6]
        from openStart in Gen.Int[0, 5]
        from openEnd in Gen.Int[0, 5]
        select new TimeWindow(openStart == 0 ? null : Hour(start), openEnd == 0 ? null : Hour(start + length));

    private static readonly Gen<TimelineEntry> GenEntry =
        from id in Gen.Int[0, 30]
        from kind in Gen.Enum<TimelineEntryKind>()
        from window in GenWindow
        from actors in Gen.OneOf(Actors).Array[0, 2]
        from topics in Gen.OneOf(Topics).Array[0, 2]
        select new TimelineEntry($"event:e{id}", kind, new EntityReference(EntityKind.NegotiationEvent, $"e{id}"), $"Entry {id}", When.Parse("2025-12-28"), window)
        {
            Actors = ValueList.From(actors),
            Topics = ValueList.From(topics),
        };

    private static readonly Gen<(TimeWindow Range, ActorId? Actor, TopicId? Topic, TimelineEntryKind? Kind)> GenQuery =
        from range in Gen.Frequency((6, GenWindow), (1, Gen.Const(TimeWindow.Unbounded)))
        from actor in Gen.Int[0, Actors.Length]
        from topic in Gen.Int[0, Topics.Length]
        from kind in Gen.Int[0, 3]
        select (range,
            actor < Actors.Length ? Actors[actor] : (ActorId?)null,
            topic < Topics.Length ? Topics[topic] : (TopicId?)null,
            kind < 3 ? (TimelineEntryKind?)(TimelineEntryKind)(kind + 1) : null);

    private static Instant Hour(int hours) => Origin + Duration.FromHours(hours);

    private static bool Overlaps(TimeWindow window, TimeWindow range)
        => (window.Earliest is not { } start || range.Latest is not { } end || start < end)
            && (window.Latest is not { } finish || range.Earliest is not { } begin || begin < finish);

    [Fact]
    public void A_query_returns_exactly_the_entries_a_filter_over_all_entries_returns_in_display_order()
    {
        Gen.Select(GenEntry.Array[0, 60], GenQuery.Array[1, 8]).Sample((entries, queries) =>
        {
            var timeline = new Timeline(entries);
            foreach (var (range, actor, topic, kind) in queries)
            {
                var expected = timeline.Entries.Where(e => Overlaps(e.Window, range)
                    && (actor is not { } a || e.Actors.Items.Contains(a))
                    && (topic is not { } t || e.Topics.Items.Contains(t))
                    && (kind is not { } k || e.Kind == k));

                timeline.Query(range, actor, topic, kind).Should().Equal(expected, $"the query {range} {actor} {topic} {kind}");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void A_query_on_a_large_timeline_agrees_with_the_filter()
    {
        var bigWindow =
            from start in Gen.Int[0, 5000]
            from length in Gen.Frequency((8, Gen.Int[1, 10]), (1, Gen.Int[1, 3000]))
            from open in Gen.Int[0, 40]
            select new TimeWindow(open == 0 ? null : Hour(start), open == 1 ? null : Hour(start + length));
        var entries = bigWindow.Select(w => new TimelineEntry("event:x", TimelineEntryKind.Event, new EntityReference(EntityKind.NegotiationEvent, "x"), "x", When.Parse("2025"), w));

        Gen.Select(entries.Array[2000, 3000], bigWindow.Array[20]).Sample((all, ranges) =>
        {
            var timeline = new Timeline(all);
            foreach (var range in ranges)
            {
                timeline.Query(range).Should().Equal(timeline.Entries.Where(e => Overlaps(e.Window, range)));
            }
        }, iter: 10);
    }

    [Fact]
    public void A_filtered_query_on_a_large_timeline_agrees_with_the_filter()
    {
        // Thousands of entries, so that each actor's, topic's and kind's index spans many blocks of its range
        // maxima and many samples of its positions; windows mostly short, some long or open.
        var bigWindow =
            from start in Gen.Int[0, 5000]
            from length in Gen.Frequency((8, Gen.Int[1, 10]), (1, Gen.Int[1, 3000]))
            from open in Gen.Int[0, 40]
            select new TimeWindow(open == 0 ? null : Hour(start), open == 1 ? null : Hour(start + length));
        var entries =
            from id in Gen.Int[0, 5000]
            from kind in Gen.Int[1, 3]
            from window in bigWindow
            from actors in Gen.OneOf(Actors).Array[0, 3]
            from topics in Gen.OneOf(Topics).Array[0, 2]
            select new TimelineEntry($"event:e{id}", (TimelineEntryKind)kind, new EntityReference(EntityKind.NegotiationEvent, $"e{id % 300}"), "x", When.Parse("2025"), window)
            {
                Actors = ValueList.From(actors),
                Topics = ValueList.From(topics),
            };

        Gen.Select(entries.Array[2000, 3000], bigWindow.Array[10], GenQuery.Array[10]).Sample((all, ranges, filters) =>
        {
            var timeline = new Timeline(all);
            foreach (var range in ranges)
            {
                foreach (var (_, actor, topic, kind) in filters)
                {
                    var expected = timeline.Entries.Where(e => Overlaps(e.Window, range)
                        && (actor is not { } a || e.Actors.Items.Contains(a))
                        && (topic is not { } t || e.Topics.Items.Contains(t))
                        && (kind is not { } k || e.Kind == k));

                    timeline.Query(range, actor, topic, kind).Should().Equal(expected, $"the query {range} {actor} {topic} {kind}");
                }
            }
        }, iter: 5);
    }

    [Fact]
    public void Windows_apart_by_less_than_a_tick_sort_and_answer_as_their_instants_do()
    {
        // The sort and the ranks of ends compare whole ticks first: instants a few nanoseconds apart, on both sides of
        // tick boundaries and of the Unix epoch, must still order and overlap as the instants themselves do.
        var near =
            from epoch in Gen.OneOf(Instant.FromUnixTimeTicks(0), Origin)
            from nanoseconds in Gen.Int[-250, 250]
            select epoch + Duration.FromNanoseconds(nanoseconds);
        var window =
            from start in near
            from length in Gen.Int[1, 120]
            from open in Gen.Int[0, 8]
            select new TimeWindow(open == 0 ? null : start, open == 1 ? null : start + Duration.FromNanoseconds(length));
        var entries =
            from id in Gen.Int[0, 40]
            from w in window
            select new TimelineEntry($"event:e{id}", TimelineEntryKind.Event, new EntityReference(EntityKind.NegotiationEvent, $"e{id % 7}"), "x", When.Parse("2025"), w);

        Gen.Select(entries.Array[0, 200], window.Array[1, 10]).Sample((all, ranges) =>
        {
            var timeline = new Timeline(all);

            timeline.Entries.Should().Equal(all.OrderBy(e => e, TimelineEntryComparer.Instance));
            foreach (var range in ranges)
            {
                timeline.Query(range).Should().Equal(timeline.Entries.Where(e => Overlaps(e.Window, range)), $"the query {range}");
            }

            foreach (var subject in all.Select(e => e.Subject).Distinct())
            {
                timeline.About(subject).Should().Equal(timeline.Entries.Where(e => e.Subject == subject));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void The_entries_about_a_subject_are_those_a_filter_finds_in_display_order()
    {
        GenEntry.Array[0, 60].Sample(entries =>
        {
            var timeline = new Timeline(entries);

            foreach (var subject in entries.Select(e => e.Subject).Distinct().Append(new EntityReference(EntityKind.NegotiationEvent, "none")))
            {
                timeline.About(subject).Should().Equal(timeline.Entries.Where(e => e.Subject == subject));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void The_entries_are_in_the_display_order_whatever_order_they_are_given_in()
    {
        GenEntry.Array[0, 40].Sample(entries =>
        {
            var timeline = new Timeline(entries);

            timeline.Entries.Should().BeInAscendingOrder(TimelineEntryComparer.Instance);
            timeline.Entries.Should().Equal(entries.OrderBy(e => e, TimelineEntryComparer.Instance), "a stable sort keeps ties in their given order");
            new Timeline(entries.Reverse()).Entries.Select(e => (e.Window, e.Id)).Should().Equal(timeline.Entries.Select(e => (e.Window, e.Id)));
        }, iter: Iterations);
    }

    [Fact]
    public void The_display_order_agrees_with_the_partial_order_of_time()
    {
        Gen.Select(GenEntry, GenEntry).Sample((first, second) =>
        {
            var order = TimelineEntryComparer.Instance.Compare(first, second);

            switch (TimeWindow.Compare(first.Window, second.Window))
            {
                case TemporalRelation.DefinitelyBefore:
                    order.Should().BeNegative();
                    break;
                case TemporalRelation.DefinitelyAfter:
                    order.Should().BePositive();
                    break;
            }

            Math.Sign(TimelineEntryComparer.Instance.Compare(second, first)).Should().Be(-Math.Sign(order));
            if (order == 0)
            {
                (first.Window, first.Id).Should().Be((second.Window, second.Id));
            }
        }, iter: 2000);
    }

    [Fact]
    public void The_display_order_is_transitive()
    {
        Gen.Select(GenEntry, GenEntry, GenEntry).Sample((a, b, c) =>
        {
            var comparer = TimelineEntryComparer.Instance;
            if (comparer.Compare(a, b) <= 0 && comparer.Compare(b, c) <= 0)
            {
                comparer.Compare(a, c).Should().BeLessThanOrEqualTo(0);
            }
        }, iter: 2000);
    }
}
