using System.Buffers;
using System.Globalization;
using System.Text;

namespace NegotiationModel.Cli;

/// <summary>
/// Makes text from a record safe to print as one line of a terminal: every character that could move the
/// cursor, start an escape sequence, break the line or reorder what follows is shown as <c>\uXXXX</c>.
/// Every command passes each text line it prints from record data through <see cref="Escape"/>; see docs/cli.md.
/// </summary>
internal static class TerminalText
{
    // C0 controls (with TAB, CR, LF and ESC), DEL and the C1 controls (with NEL and CSI): what terminals act on.
    // U+2028 and U+2029 break lines in editors and some terminals; the bidirectional marks, embeddings,
    // overrides and isolates reorder the rest of the line (a "Trojan Source" line can read as another).
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"
        + "\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f"
        + "\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

    /// <summary>Whether <paramref name="c"/> is one of the characters <see cref="Escape"/> replaces.</summary>
    public static bool IsUnsafe(char c) => Unsafe.Contains(c);

    /// <summary>
    /// Returns <paramref name="text"/> with each control character (C0, DEL, C1), line or paragraph separator
    /// and bidirectional formatting character written as <c>\uXXXX</c>; other text is unchanged, and text
    /// without such characters is returned as it is.
    /// </summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (Unsafe.Contains(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
