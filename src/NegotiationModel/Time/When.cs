using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NegotiationModel.Time;

/// <summary>
/// When something happened, as precisely and as honestly as it is known: a calendar value at some
/// precision (a year, a part of a month, an afternoon, an exact second) in a zone, at an offset or
/// floating; a range between two values; or a time relative to another item of the record.
/// </summary>
/// <remarks>
/// <para>
/// The text form is EDTF (ISO 8601-2) level 1 with RFC 9557 zone suffixes and a few documented
/// extensions; see <c>docs/time.md</c> for the grammar. <see cref="Parse(string)"/> accepts only the
/// canonical form, so every text it accepts is its own <see cref="ToString"/>.
/// </para>
/// <para>
/// Every value resolves to a <see cref="TimeWindow"/> of instants (<see cref="Resolve"/>); windows are
/// partially ordered by <see cref="TimeWindow.Compare(TimeWindow, TimeWindow)"/>.
/// </para>
/// <para>
/// The hierarchy is closed: an abstract base with the sealed records <see cref="CalendarWhen"/>,
/// <see cref="RangeWhen"/> and <see cref="RelativeWhen"/>, so that a member typed <see cref="When"/>
/// holds any kind of value and code can switch on the kind; no other assembly can derive from it.
/// </para>
/// <para>Equality: by value; two values are equal when their canonical text forms are equal.
/// Values with equal windows but different texts (<c>2025-12-29T02:36Z</c> and <c>2025-12-29T11:36+09:00</c>)
/// are not equal: the text says how the source stated the time.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The domain word; Visual Basic callers can escape it as [When].")]
public abstract record When
{
    /// <summary>The longest text <see cref="Parse(string)"/> reads.</summary>
    public const int MaxTextLength = 512;

    private protected When()
    {
    }

    /// <summary>Gets a value indicating whether the value, or an end of the range, is marked uncertain (<c>?</c> or <c>%</c>).</summary>
    public bool IsUncertain => (AllQualifiers & WhenQualifiers.Uncertain) != 0;

    /// <summary>Gets a value indicating whether the value, or an end of the range, is marked approximate (<c>~</c> or <c>%</c>).</summary>
    public bool IsApproximate => (AllQualifiers & WhenQualifiers.Approximate) != 0;

    /// <summary>Gets a value indicating whether the value, or an end of the range, is marked inferred (<c>!</c>): not stated by the source.</summary>
    public bool IsInferred => (AllQualifiers & WhenQualifiers.Inferred) != 0;

    /// <summary>Gets the qualifiers of the value, or of both ends of a range combined.</summary>
    internal abstract WhenQualifiers AllQualifiers { get; }

    /// <summary>Parses the text form of a value.</summary>
    /// <param name="text">The text, such as <c>2025-12-28Tafternoon[America/New_York]</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="WhenParseException">The text is not a valid time value; the exception says what is wrong and where.</exception>
    public static When Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var value, out var error) ? value : throw error;
    }

    /// <summary>Tries to parse the text form of a value.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid. Never throws.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out When? value)
        => TryParse(text, out value, out _);

    /// <summary>Tries to parse the text form of a value, and says what is wrong when it is not valid.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text is valid.</param>
    /// <param name="error">What is wrong and where, when the text is not valid; not thrown.</param>
    /// <returns><see langword="true"/> when the text is valid. Never throws.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out When? value, [NotNullWhen(false)] out WhenParseException? error)
    {
        if (text is null)
        {
            value = null;
            error = new WhenParseException("The text is null, not a time value.");
            return false;
        }

        return WhenParser.TryParse(text, out value, out error);
    }

    /// <summary>Resolves the value to the window of instants in which it lies.</summary>
    /// <param name="context">
    /// Where to place floating values and how to find anchors; <see langword="null"/> for
    /// <see cref="WhenContext.Default"/> (floating values in UTC, no anchors).
    /// </param>
    /// <returns>The window; <see cref="TimeWindow.Unbounded"/> for a relative value whose anchor is unknown.</returns>
    public TimeWindow Resolve(WhenContext? context = null) => ResolveCore(context ?? WhenContext.Default);

    /// <summary>Returns the canonical text form.</summary>
    /// <returns>The text form, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public sealed override string ToString()
    {
        var builder = new StringBuilder(32);
        AppendTo(builder);
        return builder.ToString();
    }

    internal abstract TimeWindow ResolveCore(WhenContext context);

    internal abstract void AppendTo(StringBuilder builder);
}
