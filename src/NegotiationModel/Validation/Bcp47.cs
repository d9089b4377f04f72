using System.Text.RegularExpressions;

namespace NegotiationModel.Validation;

/// <summary>Checks that a language tag is well-formed by RFC 5646 (BCP 47): its syntax, not its registration.</summary>
/// <remarks>
/// Letters are matched as ASCII explicitly, without case-insensitive matching (under which .NET lets the
/// Kelvin sign match <c>k</c>). CultureInfo is not used: the tag is checked the same under invariant globalization.
/// </remarks>
internal static partial class Bcp47
{
    public static bool IsWellFormed(string tag) => Tag().IsMatch(tag);

    [GeneratedRegex(
        """
        ^(?:
          (?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})   # language, extlangs
          (?:-[A-Za-z]{4})?                                                 # script
          (?:-(?:[A-Za-z]{2}|[0-9]{3}))?                                    # region
          (?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*                    # variants
          (?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*                       # extensions
          (?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?                                  # private use
        | [Xx](?:-[A-Za-z0-9]{1,8})+                                        # private use only
        | (?i:en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)
        )\z
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
