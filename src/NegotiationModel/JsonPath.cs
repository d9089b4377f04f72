using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NegotiationModel;

/// <summary>
/// The location of a value in a JSON document, as a list of steps from the document itself (<c>$</c>): into
/// members by name and into array elements by index. Written, and parsed, in the normalized form of
/// RFC 9535 (JSONPath, section 2.7): <c>$['actors'][0]['names']</c>, every member name quoted in single
/// quotes, whatever it holds (<c>$['x-num']</c>, <c>$['it\'s']</c>).
/// </summary>
/// <remarks>
/// <para>Diagnostics (<see cref="Validation.Diagnostic.Path"/>), read failures
/// (<see cref="Serialization.NegotiationJsonException.Path"/>) and the <c>negotiation</c> tool all locate
/// values with this one type, so a path printed by one can be parsed and followed by another.</para>
/// <para>Formatting escapes as section 2.7 prescribes: <c>'</c> and <c>\</c> with a backslash; U+0008,
/// U+0009, U+000A, U+000C and U+000D as <c>\b \t \n \f \r</c>; other characters below U+0020 as
/// <c>\u00xx</c> (lower-case hex); everything else as itself. A lone surrogate, which JSON text can name but
/// no normalized path can hold, is written as <c>\udxxx</c>.</para>
/// <para>In JSON (a <see cref="Validation.ValidationReport"/>), a path is written as its normalized text.</para>
/// <para>Equality: two paths are equal when they have equal steps in the same order (names compared
/// ordinally); equal paths have equal texts.</para>
/// <para>This type is immutable and thread-safe. Appending a step makes a new path that shares this one,
/// in constant time.</para>
/// </remarks>
public sealed class JsonPath : IEquatable<JsonPath>
{
    private readonly JsonPath? parent;
    private readonly JsonPathSegment last;

    private JsonPath(JsonPath? parent, JsonPathSegment last, int depth)
    {
        this.parent = parent;
        this.last = last;
        Depth = depth;
    }

    /// <summary>Gets the path of the document itself, <c>$</c>.</summary>
    public static JsonPath Root { get; } = new(null, default, 0);

    /// <summary>Gets the number of steps: 0 for <see cref="Root"/>.</summary>
    public int Depth { get; }

    /// <summary>Gets the path of the value that holds this one, or <see langword="null"/> for <see cref="Root"/>.</summary>
    public JsonPath? Parent => parent;

    /// <summary>Gets the last step.</summary>
    /// <exception cref="InvalidOperationException">This is <see cref="Root"/>, which has no steps.</exception>
    public JsonPathSegment LastSegment => parent is null ? throw new InvalidOperationException("The root path '$' has no steps.") : last;

    /// <summary>Gets the steps, from the document's top down.</summary>
    public ValueList<JsonPathSegment> Segments
    {
        get
        {
            var steps = new JsonPathSegment[Depth];
            for (var path = this; path.parent is not null; path = path.parent)
            {
                steps[path.Depth - 1] = path.last;
            }

            return ImmutableArray.Create(steps);
        }
    }

    /// <summary>Determines whether two paths are equal.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns>Whether they have equal steps.</returns>
    public static bool operator ==(JsonPath? left, JsonPath? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Determines whether two paths differ.</summary>
    /// <param name="left">The first path.</param>
    /// <param name="right">The second path.</param>
    /// <returns>Whether their steps differ.</returns>
    public static bool operator !=(JsonPath? left, JsonPath? right) => !(left == right);

    /// <summary>Parses a path in the normalized form of RFC 9535, such as <c>$['statements'][3]['speakers'][0]</c>.</summary>
    /// <param name="text">The path's text.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a normalized path; the message says where.</exception>
    public static JsonPath Parse(string text)
    {
        Guard.Against.Null(text);
        return JsonPathParser.Parse(text, out var error) ?? throw new FormatException(error);
    }

    /// <summary>Parses a path in the normalized form of RFC 9535.</summary>
    /// <param name="text">The path's text.</param>
    /// <param name="path">The path, when the text is one.</param>
    /// <returns>Whether <paramref name="text"/> is a normalized path.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out JsonPath? path)
    {
        path = text is null ? null : JsonPathParser.Parse(text, out _);
        return path is not null;
    }

    /// <summary>Returns the path of the member <paramref name="name"/> of the object at this path.</summary>
    /// <param name="name">The member's name, as written in the JSON (unescaped).</param>
    /// <returns>The longer path; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public JsonPath Property(string name) => Append(JsonPathSegment.Member(name));

    /// <summary>Returns the path of element <paramref name="index"/> of the array at this path.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>The longer path; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="index"/> is negative.</exception>
    public JsonPath Index(int index) => Append(JsonPathSegment.At(index));

    /// <summary>Returns the path one step further.</summary>
    /// <param name="segment">The step.</param>
    /// <returns>The longer path; this one is unchanged.</returns>
    public JsonPath Append(JsonPathSegment segment) => new(this, segment, Depth + 1);

    /// <summary>Returns the path of a member by its C# name, camel-cased as the JSON contract writes it.</summary>
    internal JsonPath Member(string clrName) => Property(JsonNamingPolicy.CamelCase.ConvertName(clrName));

    /// <inheritdoc />
    public bool Equals(JsonPath? other)
    {
        if (other is null || other.Depth != Depth)
        {
            return false;
        }

        for (JsonPath? left = this, right = other; !ReferenceEquals(left, right); left = left.parent, right = right!.parent)
        {
            if (left!.last != right!.last)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JsonPath);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var path = this; path.parent is not null; path = path.parent)
        {
            hash.Add(path.last);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the path in the normalized form of RFC 9535, such as <c>$['actors'][0]['names']</c>.</summary>
    /// <returns>A culture-invariant text that <see cref="Parse"/> reads back to an equal path.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("$", 1 + (Depth * 8));
        foreach (var segment in Segments)
        {
            segment.AppendTo(builder);
        }

        return builder.ToString();
    }

    /// <summary>Reads the normalized form; its one copy of the grammar.</summary>
    private static class JsonPathParser
    {
        public static JsonPath? Parse(string text, out string error)
        {
            error = string.Empty;
            if (text.Length == 0 || text[0] != '$')
            {
                return Fail(out error, text, 0, "expected '$'");
            }

            var path = Root;
            var at = 1;
            var name = new StringBuilder();
            while (at < text.Length)
            {
                if (text[at] != '[' || at + 1 >= text.Length)
                {
                    return Fail(out error, text, at, "expected '[' opening a step");
                }

                at++;
                if (text[at] == '\'')
                {
                    name.Clear();
                    if (!Name(text, ref at, name, out error))
                    {
                        return null;
                    }

                    path = path.Property(name.ToString());
                }
                else if (Index(text, ref at) is { } index)
                {
                    path = path.Index(index);
                }
                else
                {
                    return Fail(out error, text, at, "expected a quoted member name or an index without leading zeros");
                }

                if (at >= text.Length || text[at] != ']')
                {
                    return Fail(out error, text, at, "expected ']' closing the step");
                }

                at++;
            }

            // The grammar above also reads a few texts that are not normalized (such as an escaped surrogate
            // pair); the one normal text of a path is the one ToString writes.
            var normal = path.ToString();
            if (!string.Equals(normal, text, StringComparison.Ordinal))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is not in the normalized form of RFC 9535: it is written '{Shorten(normal)}'.");
                return null;
            }

            return path;
        }

        private static int? Index(string text, ref int at)
        {
            var start = at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            var digits = text.AsSpan(start, at - start);
            return digits.Length > 0 && (digits.Length == 1 || digits[0] != '0')
                && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
        }

        private static bool Name(string text, ref int at, StringBuilder name, out string error)
        {
            error = string.Empty;
            for (at++; at < text.Length; at++)
            {
                var c = text[at];
                if (c == '\'')
                {
                    at++;
                    return true;
                }

                if (c < ' ')
                {
                    Fail(out error, text, at, "a control character must be escaped");
                    return false;
                }

                if (c != '\\')
                {
                    name.Append(c);
                    continue;
                }

                if (++at >= text.Length)
                {
                    break;
                }

                char? escaped = text[at] switch
                {
                    '\'' => '\'',
                    '\\' => '\\',
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    'u' => Unicode(text, ref at),
                    _ => null,
                };
                if (escaped is not { } unescaped)
                {
                    Fail(out error, text, at, "not an escape of a normalized path");
                    return false;
                }

                name.Append(unescaped);
            }

            Fail(out error, text, at, "the member name is not closed by a quote");
            return false;
        }

        private static char? Unicode(string text, ref int at)
        {
            if (at + 4 >= text.Length
                || !int.TryParse(text.AsSpan(at + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                return null;
            }

            at += 4;
            return (char)code;
        }

        private static JsonPath? Fail(out string error, string text, int at, string problem)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"'{Shorten(text)}' is not a normalized JSON path (RFC 9535) such as $['actors'][0]: at character {at + 1}, {problem}.");
            return null;
        }

        private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
    }
}
