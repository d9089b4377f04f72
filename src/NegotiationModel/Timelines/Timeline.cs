using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Time;

namespace NegotiationModel.Timelines;

/// <summary>
/// The dated items of a record on one time line, in display order, with queries by time range (overlap),
/// actor, topic and kind answered in O(log n + k) for k entries returned.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Build"/> makes a timeline from a record: its events, statements, status changes, milestones,
/// positions, proposal versions, control observations, and the publications and revisions of its sources
/// (see <see cref="TimelineEntryKind"/>); items without a time are left out. Windows resolve in the
/// record's <see cref="NegotiationRecordTimeExtensions.TimeContext(NegotiationRecord)"/>, so relative values find their anchors.
/// </para>
/// <para>
/// <see cref="Entries"/> are in the deterministic display order of <see cref="TimelineEntryComparer"/>:
/// earliest, then latest, then identifier. Every query returns entries in that order too.
/// </para>
/// <para>
/// Structure: the entries sorted in display order (hence by start), and for all entries and for each actor,
/// topic and kind, an index over the positions of its entries, whose starts are sorted, with a structure of
/// range maxima over the ends (a sparse table over blocks of 32, and a bit mask within each). A range query
/// takes, by two binary searches, the run of entries starting inside the range, and finds the entries that start before it and reach into it by repeatedly taking the
/// latest-ending entry of a slice in O(1) and splitting the slice around it, in order: O(log n + k) in all.
/// A query with one filter (actor, topic or kind) uses that filter's own index, so it costs O(log n + k)
/// too; with several filters it uses the smallest index and checks the others on its answers. Building
/// takes O(n log n) time (two sorts) and O(n) memory for n entries and their actors and topics. See <c>docs/time.md</c>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Timeline
{
    private static readonly WindowIndex Empty = new(new TimelineAxis([], [], []), []);

    private readonly ImmutableArray<TimelineEntry> entries;
    private readonly WindowIndex all;
    private readonly FrozenDictionary<ActorId, WindowIndex> byActor;
    private readonly FrozenDictionary<TopicId, WindowIndex> byTopic;
    private readonly FrozenDictionary<TimelineEntryKind, WindowIndex> byKind;
    private readonly SubjectPositions bySubject;

    /// <summary>Initializes a new timeline of the given entries, which it sorts in display order.</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or one of them is null.</exception>
    public Timeline(IEnumerable<TimelineEntry> entries)
        : this(Given(Guard.Against.Null(entries)))
    {
    }

    // The entries as given, with what the indexes need read from each in the order given, which for a record's timeline
    // is the order they were made in (GivenEntries): the keys of the display order are sorted beside the entries, and the
    // entries themselves only placed.
    private Timeline(GivenEntries given)
    {
        var count = given.Count;
        var keys = given.Keys;

        // Entries with equal identifiers and windows (which a record with duplicate identifiers can give) keep their
        // given order, so the display order is deterministic for every input.
        DisplayOrder.Sort(keys);
        var entries = given.Entries;
        var order = new int[count];
        var sorted = new TimelineEntry[count];
        var startKeys = new long[count];
        var startRests = new byte[count];
        var ends = new TimePoint[count];
        // Through a span, whose type is checked once, rather than the array, which checks each store's type.
        var placed = sorted.AsSpan();
        for (var i = 0; i < count; i++)
        {
            var key = keys[i];
            order[i] = key.Index;
            placed[i] = entries[key.Index];
            startKeys[i] = key.StartKey;
            startRests[i] = key.StartRest;
            ends[i] = key.End;
        }

        this.entries = ImmutableCollectionsMarshal.AsImmutableArray(sorted);

        var axis = new TimelineAxis(startKeys, startRests, ends);
        all = new WindowIndex(axis, null);
        byActor = given.Actors.ToFrozenDictionary(order, positions => new WindowIndex(axis, positions));
        byTopic = given.Topics.ToFrozenDictionary(order, positions => new WindowIndex(axis, positions));
        byKind = given.Kinds.ToFrozenDictionary(order, positions => new WindowIndex(axis, positions));
        bySubject = new SubjectPositions(given.SubjectHashes, order);
    }

    /// <summary>Gets every entry, in display order.</summary>
    public ValueList<TimelineEntry> Entries => entries;

    /// <summary>Gets the number of entries.</summary>
    public int Count => entries.Length;

    /// <summary>Builds the timeline of a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="context">
    /// How to resolve the record's values; <see langword="null"/> for the record's
    /// <see cref="NegotiationRecordTimeExtensions.TimeContext(NegotiationRecord)"/> (floating values in UTC, anchors in the record).
    /// Knowledge times (<see cref="TimelineEntry.KnownFrom"/>) are computed in the same context.
    /// </param>
    /// <param name="language">The BCP 47 tag of the language labels are preferably in; texts in another language are used when there is none in it.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is blank.</exception>
    public static Timeline Build(NegotiationRecord record, WhenContext? context = null, string language = "en")
    {
        Guard.Against.Null(record);
        Guard.Against.NullOrWhiteSpace(language);
        return new Timeline(new TimelineBuilder(record, context ?? record.TimeContext(), language).Build());
    }

    /// <summary>
    /// Finds the entries whose windows overlap a range and that match every filter given, in display order,
    /// in O(log n + k) time for k entries returned (with two or more filters, k counts the entries of the
    /// most selective filter in the range).
    /// </summary>
    /// <param name="range">
    /// The range; an entry is returned when its window overlaps it (the windows share an instant). Open ends
    /// are unbounded, so the default, <see cref="TimeWindow.Unbounded"/>, matches every entry.
    /// </param>
    /// <param name="actor">Only entries involving this actor, or <see langword="null"/> for any.</param>
    /// <param name="topic">Only entries concerning this topic, or <see langword="null"/> for any.</param>
    /// <param name="kind">Only entries of this kind, or <see langword="null"/> for any.</param>
    /// <returns>The matching entries, in display order.</returns>
    public ValueList<TimelineEntry> Query(TimeWindow range = default, ActorId? actor = null, TopicId? topic = null, TimelineEntryKind? kind = null)
    {
        // The smallest index among the filters given; the others are checked on its answers.
        var index = all;
        if (actor is { } a)
        {
            index = Smaller(index, byActor.GetValueOrDefault(a) ?? Empty);
        }

        if (topic is { } t)
        {
            index = Smaller(index, byTopic.GetValueOrDefault(t) ?? Empty);
        }

        if (kind is { } k)
        {
            index = Smaller(index, byKind.GetValueOrDefault(k) ?? Empty);
        }

        var positions = new List<int>(16);
        index.Query(range, positions);

        var result = ImmutableArray.CreateBuilder<TimelineEntry>(positions.Count);
        foreach (var position in positions)
        {
            var entry = entries[position];
            if ((actor is not { } wantedActor || entry.Involves(wantedActor))
                && (topic is not { } wantedTopic || entry.Concerns(wantedTopic))
                && (kind is not { } wantedKind || entry.Kind == wantedKind))
            {
                result.Add(entry);
            }
        }

        return result.DrainToImmutable();
    }

    /// <summary>Finds the entries about an entity: an event and its status changes, a source's publication and revisions, a working group's status changes and milestones...</summary>
    /// <param name="subject">The entity.</param>
    /// <returns>The entries whose <see cref="TimelineEntry.Subject"/> is <paramref name="subject"/>, in display order; empty when there are none.</returns>
    public ValueList<TimelineEntry> About(EntityReference subject)
        => bySubject.About(subject, entries);

    /// <summary>Returns the number of entries and the span they cover, such as <c>42 entries, 2025-12-28T05:00:00Z/..</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
    {
        if (entries.IsEmpty)
        {
            return "0 entries";
        }

        var span = entries.Aggregate(entries[0].Window, (hull, entry) => hull.Hull(entry.Window));
        return string.Create(CultureInfo.InvariantCulture, $"{entries.Length} entries, {span}");
    }

    private static GivenEntries Given(IEnumerable<TimelineEntry> entries)
    {
        var given = new GivenEntries(entries.TryGetNonEnumeratedCount(out var count) ? count : 16);
        foreach (var entry in entries)
        {
            given.Add(Guard.Against.Null(entry, nameof(entries), "A timeline entry is null."));
        }

        return given;
    }

    private static WindowIndex Smaller(WindowIndex first, WindowIndex second) => second.Count < first.Count ? second : first;
}
