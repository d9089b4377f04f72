namespace NegotiationModel.Identifiers;

/// <summary>
/// A typed identifier of one kind of entity: a validated string wrapped in its own type, so that an
/// identifier of one kind cannot be passed where another kind is expected.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// <para>Identifiers are case-sensitive. Their text follows <see cref="EntityId.Pattern"/>: 1 to 128
/// characters, starting with a letter or digit, then letters, digits and <c>. _ : / -</c>.</para>
/// <para>Generic code makes an identifier from its text with <see cref="IParsable{TSelf}.TryParse(string?, IFormatProvider?, out TSelf)"/>,
/// which ignores the format provider: identifiers are culture-invariant.</para>
/// </remarks>
public interface IEntityId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, ISpanParsable<TSelf>
    where TSelf : struct, IEntityId<TSelf>
{
    /// <summary>Gets the kind of entity this type identifies.</summary>
    static abstract EntityKind Kind { get; }

    /// <summary>Gets the identifier's text; empty only for the default value (see <see cref="IsDefault"/>).</summary>
    string Value { get; }

    /// <summary>Gets a value indicating whether this is the default value, which refers to nothing and is never valid in a record.</summary>
    bool IsDefault { get; }
}
