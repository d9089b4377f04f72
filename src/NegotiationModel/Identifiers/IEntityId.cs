using System.Diagnostics.CodeAnalysis;

namespace NegotiationModel.Identifiers;

/// <summary>
/// A typed identifier of one kind of entity: a validated string wrapped in its own type, so that an
/// identifier of one kind cannot be passed where another kind is expected.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// <para>Identifiers are case-sensitive. Their text follows <see cref="EntityId.Pattern"/>: 1 to 128
/// characters, starting with a letter or digit, then letters, digits and <c>. _ : / -</c>.</para>
/// <para>Parsing is culture-invariant: the format providers of <see cref="IParsable{TSelf}"/> and
/// <see cref="ISpanParsable{TSelf}"/> are ignored.</para>
/// </remarks>
public interface IEntityId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, ISpanParsable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    /// <summary>Gets the kind of entity this type identifies.</summary>
    static abstract EntityKind Kind { get; }

    /// <summary>Parses an identifier's text.</summary>
    /// <param name="text">The text, matching <see cref="EntityId.Pattern"/>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> does not match <see cref="EntityId.Pattern"/>.</exception>
    static abstract TSelf Parse(string text);

    /// <summary>Parses an identifier's text without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The identifier, or the default value when <paramref name="text"/> is not valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> matches <see cref="EntityId.Pattern"/>.</returns>
    // Declared here, not only inherited from IParsable: through this interface a call with a string would
    // otherwise bind to ISpanParsable's overload, which copies the text again.
    static abstract bool TryParse([NotNullWhen(true)] string? text, out TSelf result);

    /// <summary>Gets the identifier's text; empty only for the default value (see <see cref="IsDefault"/>).</summary>
    string Value { get; }

    /// <summary>Gets a value indicating whether this is the default value, which refers to nothing and is never valid in a record.</summary>
    bool IsDefault { get; }
}
