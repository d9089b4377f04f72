using System.Globalization;
using System.Text;

namespace NegotiationModel.Cli;

/// <summary>
/// Shortens texts for display by text elements (grapheme clusters, as <see cref="StringInfo"/> counts them),
/// so a cut never splits a surrogate pair, a base letter from its accents, or an emoji sequence.
/// </summary>
internal static class DisplayText
{
    /// <summary>The mark put where a text was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>
    /// Returns <paramref name="text"/> when it has at most <paramref name="maxElements"/> text elements, else its
    /// first <paramref name="maxElements"/> − 1 elements followed by <see cref="Ellipsis"/> (so the result has
    /// at most <paramref name="maxElements"/> elements).
    /// </summary>
    public static string Truncate(string text, int maxElements)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxElements, 1);
        // A text element holds at least one char: a text this short cannot need cutting.
        if (text.Length <= maxElements)
        {
            return text;
        }

        var cut = 0;
        var count = 0;
        var index = 0;
        while (index < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, index);
            count++;
            if (count == maxElements)
            {
                cut = index;
            }
            else if (count > maxElements)
            {
                return string.Concat(text.AsSpan(0, cut), Ellipsis);
            }

            index += length;
        }

        return text;
    }

    /// <summary>The number of text elements in <paramref name="text"/>: what a reader counts as characters.</summary>
    public static int Length(string text)
    {
        var count = 0;
        for (var index = 0; index < text.Length; index += StringInfo.GetNextTextElementLength(text, index))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Replaces what a reader cannot see on one line: C0 and C1 controls and DEL become their Unicode control
    /// pictures (␊ for a newline), unpaired surrogates and U+FFFE/U+FFFF become U+FFFD. Every other character,
    /// including supplementary ones, is kept. The result is valid in XML 1.0 and holds no line break.
    /// </summary>
    public static string Visible(string text)
    {
        if (!NeedsReplacing(text))
        {
            return text;
        }

        var visible = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible.Append(c).Append(text[++i]);
            }
            else
            {
                visible.Append(Replacement(c));
            }
        }

        return visible.ToString();
    }

    private static bool NeedsReplacing(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (Replacement(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    private static char Replacement(char c) => c switch
    {
        < '\u0020' => (char)(0x2400 + c),
        '\u007F' => '\u2421',
        >= '\u0080' and <= '\u009F' => '\uFFFD',
        '\u2028' or '\u2029' => ' ',
        '\uFFFE' or '\uFFFF' => '\uFFFD',
        _ when char.IsSurrogate(c) => '\uFFFD',
        _ => c,
    };
}
