using System.Globalization;
using System.Text;

namespace NegotiationModel.Indexing;

/// <summary>
/// The key whole names are looked up by (<see cref="NegotiationRecord.FindByExactName"/>): Unicode NFKC (so half-width ｳｼｬｺﾌ matches ウシャコフ), hiragana
/// folded to katakana, case folded invariantly, and runs of white space collapsed to one space.
/// </summary>
/// <remarks>
/// Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+nFFFE, U+nFFFF) are valid Unicode scalar values and the
/// format accepts them, but <see cref="string.Normalize(NormalizationForm)"/> throws on them (and on lone
/// surrogates, which a query may hold). They are kept as they are and the text between them is normalised:
/// normalisation never reorders or composes across such a character, so this is what normalising the whole
/// text would give if it could.
/// </remarks>
internal static class NameKey
{
    public static string Of(string name)
    {
        var normalized = Normalize(name);
        var key = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var character in normalized)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = key.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                key.Append(' ');
                pendingSpace = false;
            }

            key.Append(character is >= '\u3041' and <= '\u3096' ? ToKatakana(character) : char.ToUpperInvariant(character));
        }

        return key.ToString().ToUpper(CultureInfo.InvariantCulture);
    }

    /// <summary>NFKC of <paramref name="text"/>, keeping noncharacters and lone surrogates as they are.</summary>
    internal static string Normalize(string text) => Normalize(text, NormalizationForm.FormKC);

    /// <summary><paramref name="text"/> in <paramref name="form"/>, keeping noncharacters and lone surrogates as they are.</summary>
    internal static string Normalize(string text, NormalizationForm form)
    {
        var stop = NextUnnormalizable(text, 0, out var length);
        if (stop < 0)
        {
            return text.Normalize(form);
        }

        var result = new StringBuilder(text.Length);
        var start = 0;
        while (stop >= 0)
        {
            result.Append(text[start..stop].Normalize(form)).Append(text, stop, length);
            start = stop + length;
            stop = NextUnnormalizable(text, start, out length);
        }

        return result.Append(text[start..].Normalize(form)).ToString();
    }

    // Hiragana U+3041–U+3096 sit 0x60 below their katakana.
    internal static char ToKatakana(char hiragana) => (char)(hiragana + 0x60);

    // The index of the first noncharacter or lone surrogate at or after start (-1 when none) and its length in chars.
    private static int NextUnnormalizable(string text, int start, out int length)
    {
        for (var i = start; i < text.Length; i++)
        {
            var character = text[i];
            if (char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(character, text[i + 1])))
                {
                    length = 2;
                    return i;
                }

                i++;
            }
            else if (char.IsSurrogate(character) || IsNoncharacter(character))
            {
                length = 1;
                return i;
            }
        }

        length = 0;
        return -1;
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
