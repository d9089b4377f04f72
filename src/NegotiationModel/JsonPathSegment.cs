using System.Globalization;
using System.Text;

namespace NegotiationModel;

/// <summary>
/// One step of a <see cref="JsonPath"/>: into a member of an object, by name, or into an element of an
/// array, by its zero-based index.
/// </summary>
/// <remarks>
/// <para>Equality: a member step equals another member step of the same name (ordinal); an index step equals
/// another index step of the same index. The default value is the index step <c>[0]</c>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct JsonPathSegment : IEquatable<JsonPathSegment>
{
    private JsonPathSegment(string? name, int index)
    {
        Name = name;
        Index = index;
    }

    /// <summary>Gets the member name of a member step, or <see langword="null"/> for an index step.</summary>
    public string? Name { get; }

    /// <summary>Gets the zero-based index of an index step (0 for a member step).</summary>
    public int Index { get; }

    /// <summary>Gets a value indicating whether this is a member step.</summary>
    public bool IsMember => Name is not null;

    /// <summary>Returns the step into the member <paramref name="name"/> of an object.</summary>
    /// <param name="name">The member's name, as written in the JSON (unescaped); may be empty.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static JsonPathSegment Member(string name) => new(Guard.Against.Null(name, nameof(name)), 0);

    /// <summary>Returns the step into element <paramref name="index"/> of an array.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="index"/> is negative.</exception>
    public static JsonPathSegment At(int index) => new(null, Guard.Against.Negative(index, nameof(index)));

    /// <summary>Determines whether two steps are equal.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(JsonPathSegment left, JsonPathSegment right) => left.Equals(right);

    /// <summary>Determines whether two steps differ.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JsonPathSegment left, JsonPathSegment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(JsonPathSegment other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is JsonPathSegment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Name is null ? Index : StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns the step in the normalized form of RFC 9535, such as <c>['names']</c> or <c>[0]</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => AppendTo(new StringBuilder()).ToString();

    /// <summary>Appends the step in its normalized form (RFC 9535, section 2.7).</summary>
    internal StringBuilder AppendTo(StringBuilder builder)
    {
        if (Name is null)
        {
            return builder.Append('[').Append(Index.ToString(CultureInfo.InvariantCulture)).Append(']');
        }

        builder.Append("['");
        for (var i = 0; i < Name.Length; i++)
        {
            var c = Name[i];
            _ = c switch
            {
                '\'' => builder.Append("\\'"),
                '\\' => builder.Append("\\\\"),
                '\b' => builder.Append("\\b"),
                '\f' => builder.Append("\\f"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' => AppendUnicodeEscape(builder, c),

                // A lone surrogate has no normalized form; RFC 9535's \uXXXX escape keeps it readable and parseable.
                _ when char.IsHighSurrogate(c) && i + 1 < Name.Length && char.IsLowSurrogate(Name[i + 1]) => builder.Append(c).Append(Name[++i]),
                _ when char.IsSurrogate(c) => AppendUnicodeEscape(builder, c),
                _ => builder.Append(c),
            };
        }

        return builder.Append("']");
    }

    private static StringBuilder AppendUnicodeEscape(StringBuilder builder, char c)
        => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
