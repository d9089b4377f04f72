using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NegotiationModel.Serialization;

namespace NegotiationModel.Time;

/// <summary>
/// When something happened, as precisely as it is known: an instant, a local time in a zone, an
/// imprecise day, part of a day, month or year, a range, or a time relative to another item.
/// </summary>
/// <remarks>
/// <para>PLACEHOLDER until the time model lands: holds the text form unparsed.</para>
/// <para>Equality: by the canonical text form, ordinally.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(WhenJsonConverter))]
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The domain word; Visual Basic callers can escape it as [When].")]
public sealed record When
{
    private When(string text) => Text = text;

    private string Text { get; }

    /// <summary>Parses the text form of a <see cref="When"/>.</summary>
    /// <param name="text">The text, such as <c>2025-12-28Tafternoon[America/New_York]</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a valid <see cref="When"/>.</exception>
    public static When Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a valid time value.");
    }

    /// <summary>Tries to parse the text form of a <see cref="When"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out When? value)
    {
        value = string.IsNullOrWhiteSpace(text) ? null : new When(text);
        return value is not null;
    }

    /// <summary>Returns the canonical text form.</summary>
    /// <returns>The text form, which <see cref="Parse"/> reads back to an equal value.</returns>
    public override string ToString() => Text;
}
