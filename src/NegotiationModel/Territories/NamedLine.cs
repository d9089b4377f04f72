namespace NegotiationModel.Territories;

/// <summary>
/// A line with a name that a negotiation refers to: the line of contact, a ceasefire line, an
/// administrative or international border.
/// </summary>
/// <remarks>
/// <para>A line is named, not drawn: its course is given by the sources cited. A line of contact
/// moves, so <see cref="When"/> says when the line meant is the one referred to.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record NamedLine : RecordEntity<NamedLineId>
{
    /// <summary>Initializes a new line.</summary>
    /// <param name="id">The line's identifier in the record; not the default value.</param>
    /// <param name="kind">What kind of line it is.</param>
    /// <param name="names">The line's names in every language, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value, <paramref name="kind"/> is undefined, or <paramref name="names"/> is empty.</exception>
    public NamedLine(NamedLineId id, LineKind kind, ValueList<LocalizedName> names)
        : base(id)
    {
        Kind = kind;
        Names = names;
    }

    /// <summary>Gets what kind of line it is.</summary>
    public LineKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets the line's names in every language.</summary>
    [FoundByName]
    public ValueList<LocalizedName> Names { get; init => field = Guard.Against.EmptyList(value, nameof(Names), "A line needs at least one name."); }

    /// <summary>Gets the territories the line runs through or divides, such as Zaporizhzhia and Kherson.</summary>
    public ValueList<TerritoryId> Territories { get; init; }

    /// <summary>Gets when the line is the one referred to (a line of contact as of a date), or <see langword="null"/>.</summary>
    [Dates]
    public When? When { get; init; }

    /// <summary>Returns the identifier and the first name, such as <c>line-of-contact (line of contact)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Id} ({Names[0].Text})";
}
