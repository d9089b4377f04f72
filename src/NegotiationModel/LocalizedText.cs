namespace NegotiationModel;

/// <summary>A text in one language: an original wording or a translation of it.</summary>
/// <remarks>
/// <para>Equality: by value over all members; texts compare ordinally.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record LocalizedText : ExtensibleObject
{
    /// <summary>Initializes a new text.</summary>
    /// <param name="text">The text; not blank.</param>
    /// <param name="language">The BCP 47 language tag of the text; not blank.</param>
    /// <param name="isOriginal"><see langword="true"/> when this is the wording as said or first published, not a translation.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> or <paramref name="language"/> is blank.</exception>
    public LocalizedText(string text, string language, bool isOriginal = false)
    {
        Text = text;
        Language = language;
        IsOriginal = isOriginal;
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Text)); }

    /// <summary>Gets the BCP 47 language tag of the text.</summary>
    public string Language { get; init => field = Guard.Against.BlankOrInvalidText(value, nameof(Language)); }

    /// <summary>Gets a value indicating whether this is the original wording rather than a translation.</summary>
    public bool IsOriginal { get; init; }

    /// <summary>Returns the language and the text, such as <c>[en] One or two thorny issues remain.</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"[{Language}] {Text}";
}
