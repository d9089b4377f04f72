namespace NegotiationModel.Territories;

/// <summary>
/// A territory named in a negotiation: a state, a region such as the Donetsk oblast, a city or a
/// zone. A territory is only a place with names; who claims it is a <see cref="TerritorialClaim"/>
/// and who controls it is a <see cref="ControlObservation"/>, each attributed to its sources.
/// </summary>
/// <remarks>
/// <para><see cref="Parent"/> is the administrative hierarchy the record uses to organise its
/// territories (a region within a state); it asserts no sovereignty.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Territory : RecordEntity<TerritoryId>
{
    /// <summary>Initializes a new territory.</summary>
    /// <param name="id">The territory's identifier in the record, such as <c>UA-14</c>; not the default value.</param>
    /// <param name="kind">What kind of area the territory is.</param>
    /// <param name="names">The territory's names in every language (Donetsk, ドネツク, Донецк), at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, <paramref name="kind"/> is undefined, or <paramref name="names"/> is empty.</exception>
    public Territory(TerritoryId id, TerritoryKind kind, ValueList<LocalizedName> names)
        : base(id)
    {
        Kind = kind;
        Names = names;
    }

    /// <summary>Gets what kind of area the territory is.</summary>
    public TerritoryKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the territory's names: primary names, aliases and transliterations in every language.</summary>
    [FoundByName]
    public ValueList<LocalizedName> Names { get; init => field = Guard.Against.EmptyList(value, nameof(Names), "A territory needs at least one name."); }

    /// <summary>
    /// Gets the territory's ISO 3166 code: alpha-2 for a state (<c>UA</c>) or ISO 3166-2 for a
    /// subdivision (<c>UA-14</c>), or <see langword="null"/> when it has none. Validation checks its shape.
    /// </summary>
    [FoundByName]
    public string? Iso3166Code { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Iso3166Code)); }

    /// <summary>
    /// Gets the territory this one lies within in the record's administrative hierarchy, or
    /// <see langword="null"/> for a top-level territory; never the default identifier.
    /// </summary>
    /// <exception cref="ArgumentException">The value is the default identifier.</exception>
    public TerritoryId? Parent { get; init => field = value is { } parent ? Guard.Against.Default(parent, nameof(Parent)) : null; }

    /// <summary>Returns the identifier and the first name, such as <c>UA-14 (Donetsk)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Names[0].Text})";
}
