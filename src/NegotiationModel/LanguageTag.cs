namespace NegotiationModel;

/// <summary>
/// A BCP 47 language tag that writes texts and names in its language, so a record built in code says the
/// language once: <c>var uk = new LanguageTag("uk");</c> then <c>Title = [uk.Original("Комплекс заходів"), en.Text("Package of Measures")]</c>.
/// </summary>
/// <remarks>
/// <para>No language is built in and none is taken from the current culture: a record's languages are the
/// record's, never the machine's, and the model favours none. The tag is kept as written; validation checks its
/// shape, as for any <see cref="LocalizedText.Language"/>.</para>
/// <para>Equality: by <see cref="Value"/>, ordinally. The default value holds no tag and writes nothing.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct LanguageTag
{
    /// <summary>Initializes a new language tag.</summary>
    /// <param name="value">The BCP 47 language tag (<c>en</c>, <c>uk</c>, <c>ja-Latn</c>); not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank.</exception>
    public LanguageTag(string value) => Value = Guard.Against.BlankOrInvalidText(value, nameof(value));

    /// <summary>Gets the tag as written (empty for the default value).</summary>
    public string Value => field ?? string.Empty;

    /// <summary>Returns a text in this language that is a translation or a wording of the recorder's own.</summary>
    /// <param name="text">The text; not blank.</param>
    /// <returns>The text, not marked as the original.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or this is the default value.</exception>
    public LocalizedText Text(string text) => new(text, Checked());

    /// <summary>Returns a text in this language that is the original wording, as said or first published.</summary>
    /// <param name="text">The text; not blank.</param>
    /// <returns>The text, marked as the original.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, or this is the default value.</exception>
    public LocalizedText Original(string text) => new(text, Checked(), isOriginal: true);

    /// <summary>Returns a name in this language.</summary>
    /// <param name="text">The name as written; not blank.</param>
    /// <param name="kind">How the name relates to what it names.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, <paramref name="kind"/> is undefined, or this is the default value.</exception>
    public LocalizedName Name(string text, NameKind kind = NameKind.Primary) => new(text, Checked(), kind);

    /// <summary>Returns the tag.</summary>
    /// <returns>The tag as written, such as <c>uk</c>.</returns>
    public override string ToString() => Value;

    private string Checked()
    {
        Guard.Against.Invalid(Value.Length == 0, "this", "The default LanguageTag holds no language; create one with a tag such as \"en\".");
        return Value;
    }
}
