using System.Diagnostics.CodeAnalysis;
using System.Buffers;

namespace NegotiationModel.Identifiers;

/// <summary>The rule every typed identifier's text follows, and checks against it.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class EntityId
{
    /// <summary>
    /// The regular expression every identifier matches: 1 to 128 characters, starting with an ASCII
    /// letter or digit, followed by ASCII letters, digits, <c>.</c>, <c>_</c>, <c>:</c>, <c>/</c> or <c>-</c>.
    /// </summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$";

    /// <summary>Tells whether <paramref name="value"/> is a valid identifier text.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns><see langword="true"/> when it matches <see cref="Pattern"/>.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && IsValid(value.AsSpan());

    /// <summary>Tells whether <paramref name="value"/> is a valid identifier text.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns><see langword="true"/> when it matches <see cref="Pattern"/>.</returns>
    internal static bool IsValid(ReadOnlySpan<char> value)
        => value.Length is >= 1 and <= 128 && char.IsAsciiLetterOrDigit(value[0]) && !value[1..].ContainsAnyExcept(Allowed);

    /// <summary>Checks an identifier text and returns it unchanged.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="kind">The kind of identifier, for the message (for example <c>actor</c>).</param>
    /// <param name="parameterName">The argument's name, for the exception.</param>
    /// <returns><paramref name="value"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> does not match <see cref="Pattern"/>.</exception>
    public static string Check(string value, string kind, string parameterName)
    {
        Guard.Against.Null(value, parameterName);
        Guard.Against.Invalid(!IsValid(value), parameterName, $"{Problem(value, kind)}");
        return value;
    }

    /// <summary>What <see cref="Pattern"/> asks, in words, for the messages about an identifier that breaks it.</summary>
    internal const string Rule = "use 1 to 128 ASCII letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit";

    /// <summary>Says why <paramref name="value"/> is not an identifier of the given kind.</summary>
    internal static string Problem(string value, string kind) => $"'{value}' is not a valid {kind} identifier: {Rule}.";

    // Pattern is written for every regex dialect (JSON Schema uses it). The check spells it out rather than
    // matching it, since every identifier read, and every reference validated, is checked (the generated
    // regular expression showed in the profiles of both); a property test holds the two equal, with the end
    // anchored at the very end, where .NET's '$' would also allow a final line feed.
    private static readonly SearchValues<char> Allowed = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:/-");
}
