namespace NegotiationModel;

/// <summary>
/// An identifier of an entity in another system, with the scheme that gives it meaning: a Wikidata
/// item, an ISO 3166 code, a UCDP or PA-X identifier (Popolo <c>identifiers</c>).
/// </summary>
/// <remarks>
/// <para>Equality: ordinal on <see cref="Scheme"/> and <see cref="Value"/>.</para>
/// <para>This type is immutable and thread-safe. Well-known schemes are in <see cref="IdentifierSchemes"/>.</para>
/// </remarks>
public sealed record ExternalIdentifier : ExtensibleObject
{
    /// <summary>Initializes a new identifier.</summary>
    /// <param name="scheme">The scheme, such as <see cref="IdentifierSchemes.Wikidata"/>; not blank.</param>
    /// <param name="value">The identifier within the scheme, such as <c>Q22686</c>; not blank.</param>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public ExternalIdentifier(string scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>Gets the scheme that gives the identifier meaning.</summary>
    public string Scheme { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Scheme)); }

    /// <summary>Gets the identifier within its scheme.</summary>
    public string Value { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Value)); }

    /// <summary>Returns <c>scheme:value</c>, such as <c>wikidata:Q22686</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Scheme}:{Value}";
}
