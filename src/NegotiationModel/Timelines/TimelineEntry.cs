using System.Globalization;
using Ardalis.GuardClauses;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using NodaTime;

namespace NegotiationModel.Timelines;

/// <summary>
/// One dated item of a <see cref="Timeline"/>: an event, a statement, a status change, a milestone, a
/// position, a source's publication or revision..., with everything needed to show it: what it is about,
/// a short label, when it was as stated and as a window, the actors and topics involved, its citations,
/// and from when it can have been known.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Timeline.Build"/> makes entries from a record; applications may make their own. Entries sort
/// in display order with <see cref="TimelineEntryComparer"/>: by window (earliest, then latest), then by <see cref="Id"/>.
/// </para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TimelineEntry
{
    // A record's timeline keeps an entry for every dated item, a million and more for a million statements, so an entry
    // is kept small: an entry about a whole entity makes its identifier, the entity's reference, only when asked (id is
    // null), and its instants are held as the parts of their TimePoints (ticks and the nanoseconds past the tick)
    // rather than as nullable instants. The properties give the same values back.
    private readonly string? id;
    private readonly long earliest;
    private readonly long latest;
    private readonly long knownFrom = long.MinValue;
    private readonly byte earliestRest;
    private readonly byte latestRest;
    private readonly byte knownFromRest;

    /// <summary>Initializes a new entry.</summary>
    /// <param name="id">The entry's identifier, unique in its timeline, such as <c>event:miami-meeting#status-1</c>; not blank.</param>
    /// <param name="kind">What the entry shows.</param>
    /// <param name="subject">The entity the entry is about (for a part, the entity it belongs to); not the default value.</param>
    /// <param name="label">A short text for people, such as the event's title; not blank.</param>
    /// <param name="when">When it was, as stated.</param>
    /// <param name="window">The window <paramref name="when"/> resolves to in the record.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="label"/> is blank, <paramref name="kind"/> is undefined or <paramref name="subject"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="label"/> or <paramref name="when"/> is null.</exception>
    public TimelineEntry(string id, TimelineEntryKind kind, EntityReference subject, string label, When when, TimeWindow window)
    {
        Id = id;
        Kind = kind;
        Subject = subject;
        Label = label;
        When = when;
        Window = window;
    }

    /// <summary>Initializes a new entry about a whole entity, identified by the entity's reference.</summary>
    internal TimelineEntry(TimelineEntryKind kind, EntityReference subject, string label, When when, TimeWindow window)
    {
        Kind = kind;
        Subject = subject;
        Label = label;
        When = when;
        Window = window;
    }

    /// <summary>
    /// Gets the entry's identifier, unique in its timeline: the subject's reference for an entity
    /// (<c>event:miami-meeting</c>, <c>source:nhk-2025-12-29</c> for its publication), followed for a part by
    /// <c>#</c>, the part and its number (<c>#status-1</c> and <c>#milestone-1</c> counting from 1 in the
    /// entity's list, <c>#revision-2</c> and <c>#version-2</c> by their numbers). The display order's last tie-break.
    /// </summary>
    public string Id
    {
        get => id ?? Subject.ToString();
        init => id = Guard.Against.NullOrWhiteSpace(value, nameof(Id));
    }

    /// <summary>Gets what the entry shows.</summary>
    public TimelineEntryKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the entity the entry is about: the event, the statement, the entity whose status changed, the working group of a milestone, the source published or revised.</summary>
    public EntityReference Subject
    {
        get;
        init
        {
            Guard.Against.Default(value, nameof(Subject));

            // An entry identified by its subject's reference keeps that identifier when a copy is given another subject.
            if (id is null && field.Id is not null)
            {
                id = field.ToString();
            }

            field = value;
        }
    }

    /// <summary>Gets a short text for people: an event's title, a statement's text, a source's title, <c>Russia opposes …</c>, <c>… — took place</c>.</summary>
    public string Label { get; init => field = Guard.Against.NullOrWhiteSpace(value, nameof(Label)); }

    /// <summary>Gets the status entered, the stance taken or the milestone's status, as in JSON (<c>took-place</c>, <c>opposes</c>, <c>expected</c>); <see langword="null"/> for other kinds.</summary>
    public string? Detail { get; init; }

    /// <summary>Gets when it was, as stated.</summary>
    public When When { get; init => field = Guard.Against.Null(value, nameof(When)); }

    /// <summary>Gets the window <see cref="When"/> resolves to in the record (for an event with a clock time, extended by its duration).</summary>
    public TimeWindow Window
    {
        get => new(Start.ToInstant(), End.ToInstant());
        init
        {
            (earliest, earliestRest) = TimePoint.Start(value.Earliest);
            (latest, latestRest) = TimePoint.End(value.Latest);
        }
    }

    /// <summary>Gets the actors involved, without repeats: speakers, participants, holders, outlets and authors, members...</summary>
    public ValueList<ActorId> Actors { get; init; }

    /// <summary>Gets the topics involved, without repeats.</summary>
    public ValueList<TopicId> Topics { get; init; }

    /// <summary>Gets the citations that attribute what the entry shows (none for a source's publication or revision, which is its own evidence).</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>
    /// Gets the earliest instant at which what the entry shows can have been known (its knowledge time, as
    /// <see cref="NegotiationRecordTimeExtensions.AsKnownAt(NegotiationRecord, Instant)"/> uses it), or <see langword="null"/> when it is known at every instant.
    /// </summary>
    public Instant? KnownFrom
    {
        get => new TimePoint(knownFrom, knownFromRest).ToInstant();
        init => (knownFrom, knownFromRest) = TimePoint.Start(value);
    }

    /// <summary>Gets the start of <see cref="Window"/>.</summary>
    internal TimePoint Start => new(earliest, earliestRest);

    /// <summary>Gets the end of <see cref="Window"/>.</summary>
    internal TimePoint End => new(latest, latestRest);

    /// <summary>Gets the kind whose reference prefix begins <see cref="Id"/>, or 0 when the identifier is <see cref="IdText"/> alone (see <see cref="EntryIds"/>).</summary>
    internal byte IdKind => id is null ? (byte)Subject.Kind : (byte)0;

    /// <summary>Gets what follows the prefix of <see cref="IdKind"/> in <see cref="Id"/>.</summary>
    internal string IdText => id ?? Subject.Id;

    /// <summary>Tells whether the entry involves an actor.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns><see langword="true"/> when <paramref name="actor"/> is among <see cref="Actors"/>.</returns>
    public bool Involves(ActorId actor) => Actors.Items.Contains(actor);

    /// <summary>Tells whether the entry concerns a topic.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns><see langword="true"/> when <paramref name="topic"/> is among <see cref="Topics"/>.</returns>
    public bool Concerns(TopicId topic) => Topics.Items.Contains(topic);

    /// <summary>Shows when the entry was, in a zone, then as stated, as <see cref="WhenFormatter"/> does.</summary>
    /// <param name="zone">The zone to show the window in.</param>
    /// <returns>A text such as <c>29 Dec 2025 02:00–08:00 JST (28 Dec 2025 afternoon, America/New_York, inferred)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public string FormatWhen(DateTimeZone zone) => $"{WhenFormatter.FormatWindow(Window, zone)} ({WhenFormatter.Describe(When)})";

    /// <summary>Returns the window, kind, identifier and label, such as <c>2025-12-28T17:00:00Z/2025-12-28T23:00:00Z event event:miami-meeting: Meeting of …</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Window} {KindName(Kind)} {Id}: {Label}");

    /// <inheritdoc />
    public bool Equals(TimelineEntry? other)
        => ReferenceEquals(this, other)
            || (other is not null
                && Kind == other.Kind
                && earliest == other.earliest
                && earliestRest == other.earliestRest
                && latest == other.latest
                && latestRest == other.latestRest
                && knownFrom == other.knownFrom
                && knownFromRest == other.knownFromRest
                && Subject.Equals(other.Subject)
                && ((id is null && other.id is null) || CompareIds(this, other) == 0)
                && string.Equals(Label, other.Label, StringComparison.Ordinal)
                && string.Equals(Detail, other.Detail, StringComparison.Ordinal)
                && EqualityComparer<When>.Default.Equals(When, other.When)
                && Actors.Equals(other.Actors)
                && Topics.Equals(other.Topics)
                && Citations.Equals(other.Citations));

    /// <inheritdoc />
    /// <remarks>Equal entries have equal identifiers, so the identifier, which may not be made yet, is left out.</remarks>
    public override int GetHashCode()
        => HashCode.Combine(Kind, Subject, Label, Detail, When, HashCode.Combine(earliest, earliestRest, latest, latestRest, knownFrom, knownFromRest), HashCode.Combine(Actors, Topics, Citations));

    /// <summary>Compares the identifiers of two entries ordinally, as <see cref="string.CompareOrdinal(string, string)"/> compares them (by sign), without making them.</summary>
    internal static int CompareIds(TimelineEntry x, TimelineEntry y) => EntryIds.Compare(x.IdKind, x.IdText, y.IdKind, y.IdText);

    internal static string KindName(TimelineEntryKind kind) => Serialization.KebabCaseEnumConverter<TimelineEntryKind>.NameOf(kind);
}
