namespace NegotiationModel;

/// <summary>One name of an actor, territory or topic in one language: the primary name, an alias, a transliteration (the Wikibase label and aliases, Popolo <c>other_names</c>).</summary>
/// <remarks>
/// <para>Equality: by value over all members; <see cref="Text"/> compares ordinally.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LocalizedName : ExtensibleObject
{
    /// <summary>Initializes a new name.</summary>
    /// <param name="text">The name as written; not blank.</param>
    /// <param name="language">The BCP 47 language tag of the name (<c>ja</c>, <c>en</c>, <c>ru</c>, <c>ja-Latn</c>); not blank.</param>
    /// <param name="kind">How the name relates to the actor.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> or <paramref name="language"/> is blank, or <paramref name="kind"/> is undefined.</exception>
    public LocalizedName(string text, string language, NameKind kind = NameKind.Primary)
    {
        Text = text;
        Language = language;
        Kind = kind;
    }

    /// <summary>Gets the name as written.</summary>
    public string Text { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Text)); }

    /// <summary>Gets the BCP 47 language tag of the name; validation checks its shape.</summary>
    public string Language { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Language)); }

    /// <summary>Gets how the name relates to the actor.</summary>
    public NameKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Returns the name with its language and kind, such as <c>ウシャコフ (ja, alias)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Text} ({Language}, {Kind})";
}
