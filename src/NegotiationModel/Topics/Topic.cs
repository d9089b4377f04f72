namespace NegotiationModel.Topics;

/// <summary>
/// A term of the controlled vocabulary of subjects a negotiation deals with (territory, security,
/// ceasefire, economy…), in a hierarchy: ceasefire lies under security.
/// </summary>
/// <remarks>
/// <para>The vocabulary is open. <see cref="WellKnownTopics"/> defines the common terms; a record
/// includes every topic it uses, well-known or its own, in its own <c>topics</c> collection, so that
/// a file describes itself and reads the same without this library.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Topic : RecordEntity<TopicId>
{
    /// <summary>Initializes a new topic.</summary>
    /// <param name="id">The topic's identifier, such as <c>ceasefire</c>; not the default value.</param>
    /// <param name="names">The topic's names in every language, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value or <paramref name="names"/> is empty.</exception>
    public Topic(TopicId id, ValueList<LocalizedName> names)
        : base(id)
    {
        Names = names;
    }

    /// <summary>Gets the topic's names in every language.</summary>
    [FoundByName]
    public ValueList<LocalizedName> Names { get; init => field = Guard.Against.EmptyList(value, nameof(Names), "A topic needs at least one name."); }

    /// <summary>Gets the broader topic this one lies under, or <see langword="null"/> for a top-level topic; never the default identifier.</summary>
    /// <exception cref="ArgumentException">The value is the default identifier.</exception>
    public TopicId? Parent { get; init => field = value is { } parent ? Guard.Against.Default(parent, nameof(Parent)) : null; }

    /// <summary>Gets what the topic covers, in every language.</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>Returns the identifier and the first name, such as <c>ceasefire (Ceasefire)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Names[0].Text})";
}
