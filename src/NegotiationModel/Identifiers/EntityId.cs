using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace NegotiationModel.Identifiers;

/// <summary>The rule every typed identifier's text follows, and checks against it.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static partial class EntityId
{
    /// <summary>
    /// The regular expression every identifier matches: 1 to 128 characters, starting with an ASCII
    /// letter or digit, followed by ASCII letters, digits, <c>.</c>, <c>_</c>, <c>:</c>, <c>/</c> or <c>-</c>.
    /// </summary>
    public const string Pattern = "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$";

    /// <summary>Tells whether <paramref name="value"/> is a valid identifier text.</summary>
    /// <param name="value">The candidate text.</param>
    /// <returns><see langword="true"/> when it matches <see cref="Pattern"/>.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && PatternRegex().IsMatch(value);

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
        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid {kind} identifier: use 1 to 128 ASCII letters, digits, '.', '_', ':', '/' or '-', starting with a letter or digit.",
                parameterName);
        }

        return value;
    }

    // Pattern is written for every regex dialect (JSON Schema uses it); in .NET '$' also matches before a
    // final line feed, so the check itself anchors at the very end with \z.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex PatternRegex();
}
