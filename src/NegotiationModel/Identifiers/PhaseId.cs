using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Identifiers;

/// <summary>Identifies a phase of a proposal, unique across the record within a record.</summary>
/// <remarks>
/// <para>Equality: ordinal and case-sensitive on <see cref="Value"/>; ordering is ordinal too.
/// The default value has a <see langword="null"/> <see cref="Value"/>, is never valid in a record,
/// and is reported by validation.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EntityIdJsonConverter<PhaseId>))]
public readonly record struct PhaseId : IEntityId<PhaseId>, IComparable<PhaseId>
{
    /// <summary>Initializes a new identifier from its text.</summary>
    /// <param name="value">The identifier's text, matching <see cref="EntityId.Pattern"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match <see cref="EntityId.Pattern"/>.</exception>
    public PhaseId(string value) => Value = EntityId.Check(value, "phase", nameof(value));

    /// <inheritdoc />
    public string? Value { get; }

    /// <inheritdoc />
    public static PhaseId Create(string value) => new(value);

    /// <summary>Converts a text to an identifier.</summary>
    /// <param name="value">The identifier's text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match <see cref="EntityId.Pattern"/>.</exception>
    public static explicit operator PhaseId(string value) => new(value);

    /// <inheritdoc />
    public int CompareTo(PhaseId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text (empty for the default value).</summary>
    /// <returns>The identifier's text.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Compares two identifiers in ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PhaseId left, PhaseId right) => left.CompareTo(right) < 0;

    /// <summary>Compares two identifiers in ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(PhaseId left, PhaseId right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two identifiers in ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PhaseId left, PhaseId right) => left.CompareTo(right) > 0;

    /// <summary>Compares two identifiers in ordinal order.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(PhaseId left, PhaseId right) => left.CompareTo(right) >= 0;
}
