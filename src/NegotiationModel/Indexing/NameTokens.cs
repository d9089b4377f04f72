using System.Globalization;
using System.Text;

namespace NegotiationModel.Indexing;

/// <summary>
/// The words names are searched by (<see cref="NegotiationRecord.FindByName"/>): a name cut at white space and
/// punctuation (<c>Jean-Claude</c>, <c>Putin, Vladimir</c>, <c>ウラジーミル・プーチン</c>), each word folded so that
/// the ways people type one name agree: Unicode compatibility forms (width), hiragana to katakana, case
/// (invariantly), and the accents of Latin, Greek and Cyrillic letters (<c>São</c> = <c>Sao</c>, <c>Ё</c> = <c>Е</c>,
/// <c>Wałęsa</c> = <c>Walesa</c>).
/// </summary>
/// <remarks>
/// Marks are dropped only after Latin, Greek and Cyrillic letters: in other scripts a combining mark is often a
/// vowel or a different sound (Devanagari vowel signs, the kana voicing marks of <c>ガ</c>), so it stays. Scripts
/// written without spaces (Chinese, Japanese) give one word per run. Noncharacters and lone surrogates are characters
/// of a word, as <see cref="NameKey"/> keeps them. The cost is linear in the length of the name.
/// </remarks>
internal static class NameTokens
{
    public static List<string> Of(string name)
    {
        var tokens = new List<string>();
        var decomposed = NameKey.Normalize(name, NormalizationForm.FormKD);
        var token = new StringBuilder();
        var dropsMarks = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var character = decomposed[i];
            if (char.IsHighSurrogate(character) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(character, decomposed[i + 1]));
                if (IsSeparator(category))
                {
                    End(tokens, token);
                }
                else
                {
                    token.Append(character).Append(decomposed[i + 1]);
                }

                dropsMarks = false;
                i++;
                continue;
            }

            var kind = char.IsSurrogate(character) ? UnicodeCategory.OtherNotAssigned : CharUnicodeInfo.GetUnicodeCategory(character);
            if (kind == UnicodeCategory.NonSpacingMark && dropsMarks)
            {
                continue;
            }

            dropsMarks = IsLatinGreekOrCyrillic(character);
            if (char.IsWhiteSpace(character) || IsSeparator(kind))
            {
                End(tokens, token);
            }
            else if (character is >= '\u3041' and <= '\u3096')
            {
                token.Append(NameKey.ToKatakana(character));
            }
            else
            {
                AppendFolded(token, char.ToUpperInvariant(character));
            }
        }

        End(tokens, token);
        return tokens;
    }

    // Letters with a stroke or ligatures have no decomposition to drop a mark from.
    private static void AppendFolded(StringBuilder token, char upper) => _ = upper switch
    {
        'Ł' => token.Append('L'),
        'Ø' => token.Append('O'),
        'Đ' => token.Append('D'),
        'Ħ' => token.Append('H'),
        'Æ' => token.Append("AE"),
        'Œ' => token.Append("OE"),
        'ß' or 'ẞ' => token.Append("SS"),
        _ => token.Append(upper),
    };

    private static void End(List<string> tokens, StringBuilder token)
    {
        if (token.Length > 0)
        {
            // Composed again so that what the decomposition split and no mark was dropped from (Hangul, ガ) reads as typed.
            tokens.Add(NameKey.Normalize(token.ToString(), NormalizationForm.FormC).ToUpperInvariant());
            token.Clear();
        }
    }

    private static bool IsSeparator(UnicodeCategory category) => category is UnicodeCategory.SpaceSeparator
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control
        or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    private static bool IsLatinGreekOrCyrillic(char character) => character is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
        or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF') or (>= '\u2C60' and <= '\u2C7F')
        or (>= '\uA720' and <= '\uA7FF') or (>= '\uAB30' and <= '\uAB6F')
        or (>= '\u0370' and <= '\u03FF') or (>= '\u1F00' and <= '\u1FFF')
        or (>= '\u0400' and <= '\u052F') or (>= '\u1C80' and <= '\u1C8F') or (>= '\uA640' and <= '\uA69F');
}
