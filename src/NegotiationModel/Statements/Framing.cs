using NegotiationModel.Sources;

namespace NegotiationModel.Statements;

/// <summary>
/// How a source characterised a statement, kept apart from what was said: NHK frames Ushakov's words
/// as pushing back on Ukraine's readiness for a referendum, and writes that "he again demanded
/// territorial concessions". A framing is the outlet's or author's reading, never the speaker's words.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record Framing : ExtensibleObject
{
    /// <summary>Initializes a new framing.</summary>
    /// <param name="text">The characterisation, in every language it is recorded in, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    public Framing(ValueList<LocalizedText> text)
    {
        Text = text;
    }

    /// <summary>Gets the characterisation in every language it is recorded in.</summary>
    public ValueList<LocalizedText> Text { get; init => field = Guard.Against.EmptyList(value, nameof(Text), "A framing needs its text in at least one language."); }

    /// <summary>Gets the outlet or author whose framing this is, such as NHK.</summary>
    /// <exception cref="ArgumentException">The value set is the default identifier.</exception>
    public ActorId? By { get; init => field = value is { } by ? Guard.Against.Default(by, nameof(By)) : null; }

    /// <summary>Gets the citations of the sources the framing appears in.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns who framed the statement and the first text, such as <c>nhk: [en] He again demanded territorial concessions.</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => By is { } by ? $"{by}: {Text[0]}" : Text[0].ToString();
}
