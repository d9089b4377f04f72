using System.Globalization;
using System.Text;

namespace NegotiationModel;

/// <summary>
/// The key names are looked up by: Unicode NFKC (so half-width ｳｼｬｺﾌ matches ウシャコフ), hiragana
/// folded to katakana, case folded invariantly, and runs of white space collapsed to one space.
/// </summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormKC);
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

            // Hiragana U+3041–U+3096 sit 0x60 below their katakana.
            key.Append(character is >= '\u3041' and <= '\u3096' ? (char)(character + 0x60) : char.ToUpperInvariant(character));
        }

        return key.ToString().ToUpper(CultureInfo.InvariantCulture);
    }
}
