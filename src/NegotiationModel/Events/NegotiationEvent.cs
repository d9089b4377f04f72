using NodaTime;

namespace NegotiationModel.Events;

/// <summary>
/// Something that happened, or was said to be going to happen, in a negotiation: a meeting, a phone
/// call, a press conference, a negotiation round, a signing, an announcement (the Popolo event, the
/// PLOVER CONSULT event). Its status history records what sources said about it over time: announced,
/// then reported as having taken place.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NegotiationEvent : RecordEntity<NegotiationEventId>
{
    /// <summary>Initializes a new event.</summary>
    /// <param name="id">The event's identifier in the record; not the default value.</param>
    /// <param name="kind">What kind of event this is.</param>
    /// <param name="title">A short title in every language, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, <paramref name="kind"/> is undefined, or <paramref name="title"/> is empty.</exception>
    public NegotiationEvent(NegotiationEventId id, EventKind kind, ValueList<LocalizedText> title)
        : base(id)
    {
        Kind = kind;
        Title = title;
    }

    /// <summary>Gets what kind of event this is.</summary>
    public EventKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets a short title in every language, such as <c>Trump–Zelensky meeting in Miami</c>.</summary>
    [FoundByName]
    public ValueList<LocalizedText> Title { get; init => field = Guard.Against.EmptyList(value, nameof(Title), "An event needs a title in at least one language."); }

    /// <summary>Gets a longer description in every language.</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>Gets when the event happened or is expected to happen, as precisely as it is known, such as the afternoon of 28 December in Miami.</summary>
    [Dates]
    public When? When { get; init; }

    /// <summary>Gets how long the event lasted, such as 1 hour 15 minutes for the Putin–Trump call; never negative.</summary>
    /// <exception cref="ArgumentException">The value set is negative.</exception>
    public Duration? Duration
    {
        get;
        init => field = value is { } length ? NumberRanges.EventDuration.Check(length) : null;
    }

    /// <summary>Gets where the event happened; absent for a phone call or when unknown.</summary>
    public Place? Place { get; init; }

    /// <summary>Gets who took part, each with a role.</summary>
    public ValueList<Participant> Participants { get; init; }

    /// <summary>Gets what sources said about the event over time: announced, scheduled, took place, cancelled; each change cites its sources.</summary>
    public ValueList<StatusChange<EventStatus>> StatusHistory { get; init; }

    /// <summary>Gets the event this one is part of, such as the visit a press conference belongs to.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public NegotiationEventId? Parent { get; init => field = value is { } parent ? Guard.Against.Default(parent, nameof(Parent)) : null; }

    /// <summary>Gets the topics the event dealt with.</summary>
    public ValueList<TopicId> Topics { get; init; }

    /// <summary>Returns the identifier, kind and first title, such as <c>miami-meeting (Meeting): [en] Trump–Zelensky meeting</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Kind}): {Title[0]}";
}
