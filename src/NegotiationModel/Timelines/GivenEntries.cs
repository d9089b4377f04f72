using NegotiationModel.Identifiers;

namespace NegotiationModel.Timelines;

/// <summary>
/// A timeline's entries in the order they are given, with what its indexes read of each (the keys of the display
/// order, the subjects' hash codes, the postings of actors, topics and kinds), read as each entry is added.
/// </summary>
/// <remarks>
/// A record's timeline adds each entry as the builder makes it, while what the entry holds is still in cache: reading
/// them all again afterwards, a million and more, would bring each back from memory a second time.
/// </remarks>
internal sealed class GivenEntries
{
    private TimelineEntry[] entries;
    private DisplayKey[] keys;
    private int[] subjectHashes;

    /// <summary>Initializes the list for about <paramref name="capacity"/> entries; it grows past them.</summary>
    public GivenEntries(int capacity)
    {
        capacity = Math.Max(capacity, 4);
        entries = new TimelineEntry[capacity];
        keys = new DisplayKey[capacity];
        subjectHashes = new int[capacity];
        Actors = new Postings<ActorId>(capacity);
        Topics = new Postings<TopicId>(capacity);
        Kinds = new Postings<TimelineEntryKind>(capacity);
    }

    /// <summary>Gets the number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the entries, in the order given.</summary>
    public ReadOnlySpan<TimelineEntry> Entries => entries.AsSpan(0, Count);

    /// <summary>Gets the keys of the display order, one per entry in the order given, for the timeline to sort.</summary>
    public Span<DisplayKey> Keys => keys.AsSpan(0, Count);

    /// <summary>Gets the hash code of each entry's subject, in the order given.</summary>
    public int[] SubjectHashes => subjectHashes;

    /// <summary>Gets the entries of each actor.</summary>
    public Postings<ActorId> Actors { get; }

    /// <summary>Gets the entries of each topic.</summary>
    public Postings<TopicId> Topics { get; }

    /// <summary>Gets the entries of each kind.</summary>
    public Postings<TimelineEntryKind> Kinds { get; }

    /// <summary>Adds an entry after those given before.</summary>
    public void Add(TimelineEntry entry)
    {
        if (Count == entries.Length)
        {
            var larger = entries.Length * 2;
            Array.Resize(ref entries, larger);
            Array.Resize(ref keys, larger);
            Array.Resize(ref subjectHashes, larger);
        }

        var i = Count++;
        entries[i] = entry;
        keys[i] = new DisplayKey(entry.Start, entry.End, entry.IdKind, entry.IdText, i);
        subjectHashes[i] = entry.Subject.GetHashCode();
        foreach (var actor in entry.Actors.Items)
        {
            Actors.Add(actor, i);
        }

        foreach (var topic in entry.Topics.Items)
        {
            Topics.Add(topic, i);
        }

        Kinds.Add(entry.Kind, i);
    }
}
