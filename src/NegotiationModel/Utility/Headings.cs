namespace NegotiationModel.Utility;

/// <summary>
/// The heading of a numbered, titled part of an agreement (a provision, a phase, a guarantee) as timelines, renders and
/// diffs show it: <c>point 2: Ceasefire</c>, or the number or the title alone.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class Headings
{
    /// <summary>Returns the number and title joined by a colon, either alone when the other is blank, or <see langword="null"/> when both are.</summary>
    public static string? Of(string? number, string? title)
        => (string.IsNullOrWhiteSpace(number), string.IsNullOrWhiteSpace(title)) switch
        {
            (false, false) => $"{number}: {title}",
            (false, true) => number,
            (true, false) => title,
            _ => null,
        };

    /// <summary>Returns the heading with the title in its first language, for a reader whose language is not known.</summary>
    public static string? Of(string? number, ValueList<LocalizedText> title)
        => Of(number, title.IsEmpty ? null : title[0].Text);
}
