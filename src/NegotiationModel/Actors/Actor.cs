namespace NegotiationModel.Actors;

/// <summary>
/// Anyone who acts, speaks or is named in a negotiation: a person, a state, an organisation, a
/// faction, a media outlet.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Actor : RecordEntity<ActorId>
{
    /// <summary>Initializes a new actor.</summary>
    /// <param name="id">The actor's identifier in the record; not the default value.</param>
    /// <param name="kind">What kind of actor this is.</param>
    /// <param name="names">The actor's names in every language, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, <paramref name="kind"/> is undefined, or <paramref name="names"/> is empty.</exception>
    public Actor(ActorId id, ActorKind kind, ValueList<LocalizedName> names)
        : base(id)
    {
        Kind = kind;
        Names = names;
    }

    /// <summary>Gets what kind of actor this is.</summary>
    public ActorKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the actor's names: primary names, aliases and transliterations in every language.</summary>
    [FoundByName]
    public ValueList<LocalizedName> Names { get; init => field = Guard.Against.EmptyList(value, nameof(Names), "An actor needs at least one name."); }

    /// <summary>Gets what kind of organisation this is, for actors of kind <see cref="ActorKind.Organisation"/>.</summary>
    public OrganisationKind? OrganisationKind { get; init; }

    /// <summary>Gets a short description of the actor in one or more languages.</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>Gets the actor this one is part of: a faction's state, a service's government (Popolo <c>parent</c>).</summary>
    public ActorId? Parent { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Parent)); }

    /// <summary>Gets the roles the actor holds or held, with their periods.</summary>
    public ValueList<Membership> Memberships { get; init; }

    /// <summary>
    /// Gets the actors this one came from, each with how and when: the armed group a party was transformed from, the body
    /// a renamed one was, the bodies a merged one joined. Successors are not listed: they are the actors that name this one
    /// here (<see cref="NegotiationRecord.SuccessorsOf(ActorId)"/>), and <see cref="NegotiationRecord.LineageOf(ActorId)"/>
    /// reads the whole history as one.
    /// </summary>
    [AddedIn(1, 1)]
    public ValueList<ActorTransition> Predecessors { get; init; }

    /// <summary>Gets when the actor began to exist (birth, founding), as precisely as known.</summary>
    [Dates(SpanEnd.From)]
    public When? ExistsFrom { get; init; }

    /// <summary>Gets when the actor ceased to exist (death, dissolution), as precisely as known.</summary>
    [Dates(SpanEnd.Until)]
    public When? ExistsUntil { get; init; }

    /// <summary>Gets the primary name in <paramref name="language"/>, else the first primary name, else the first name.</summary>
    /// <param name="language">A BCP 47 language tag, compared case-insensitively.</param>
    /// <returns>The best name for display.</returns>
    public LocalizedName PreferredName(string language)
    {
        LocalizedName? firstPrimary = null;
        foreach (var name in Names)
        {
            if (name.Kind != NameKind.Primary)
            {
                continue;
            }

            if (string.Equals(name.Language, language, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }

            firstPrimary ??= name;
        }

        return firstPrimary ?? Names[0];
    }

    /// <summary>Returns the identifier and the first name, such as <c>ushakov (Yuri Ushakov)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Names[0].Text})";
}
