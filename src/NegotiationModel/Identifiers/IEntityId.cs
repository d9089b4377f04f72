namespace NegotiationModel.Identifiers;

/// <summary>
/// A typed identifier of one kind of entity: a validated string wrapped in its own type, so that an
/// identifier of one kind cannot be passed where another kind is expected.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// Identifiers are case-sensitive. Their text follows <see cref="EntityId.Pattern"/>: 1 to 128
/// characters, starting with a letter or digit, then letters, digits and <c>. _ : / -</c>.
/// </remarks>
public interface IEntityId<TSelf> : IEquatable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    /// <summary>Gets the identifier's text; <see langword="null"/> only for the default value.</summary>
    string? Value { get; }

    /// <summary>Creates an identifier from its text.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not follow <see cref="EntityId.Pattern"/>.</exception>
    static abstract TSelf Create(string value);
}
