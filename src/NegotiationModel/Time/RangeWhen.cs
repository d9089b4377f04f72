using System.Text;

namespace NegotiationModel.Time;

/// <summary>
/// A span between two values, as in EDTF: <c>2025-12-28/2026-01-early</c>; with an open end,
/// <c>../2025-12-28Tafternoon[America/New_York]</c> (up to then: "before") or
/// <c>2025-12-28/..</c> (from then on: "after").
/// </summary>
/// <remarks>
/// <para>
/// The window runs from the earliest instant of <see cref="Start"/> to the latest of <see cref="End"/>;
/// an open end leaves that side of the window open. Each end is a <see cref="CalendarWhen"/> or a
/// <see cref="RelativeWhen"/> with its own qualifiers (<c>2025-12~/2026-01?</c>); a range has none of its own.
/// Should the ends resolve in the wrong order (possible only when they are in different zones or relative),
/// the window is the smallest one holding both; validation reports such ranges.
/// </para>
/// <para>The ends are set when the range is created: their rules involve both ends at once.</para>
/// <para>Equality: by value over both ends.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RangeWhen : When
{
    /// <summary>Initializes a new range.</summary>
    /// <param name="start">The start, or <see langword="null"/> for an open start (<c>..</c>).</param>
    /// <param name="end">The end, or <see langword="null"/> for an open end (<c>..</c>).</param>
    /// <exception cref="ArgumentException">
    /// Both ends are open; an end is itself a range; or both ends are calendar values in the same zone
    /// (or both floating) and the start begins after the end begins.
    /// </exception>
    public RangeWhen(When? start, When? end)
    {
        Guard.Against.Invalid(start is null && end is null, nameof(end), "A range needs at least one end that is not open.");
        Guard.Against.Invalid(start is RangeWhen, nameof(start), "The start of a range cannot be a range.");
        Guard.Against.Invalid(end is RangeWhen, nameof(end), "The end of a range cannot be a range.");
        Guard.Against.Invalid(IsReversed(start, end), nameof(end), $"The range starts at {start} after its end {end} begins.");

        Start = start;
        End = end;
    }

    /// <summary>Gets the start, or <see langword="null"/> when the range is open towards the past.</summary>
    public When? Start { get; }

    /// <summary>Gets the end, or <see langword="null"/> when the range is open towards the future.</summary>
    public When? End { get; }

    /// <inheritdoc />
    internal override WhenQualifiers AllQualifiers => (Start?.AllQualifiers ?? WhenQualifiers.None) | (End?.AllQualifiers ?? WhenQualifiers.None);

    /// <summary>Tells whether two calendar values in the same frame are in the wrong order, judged on their local starts.</summary>
    internal static bool IsReversed(When? start, When? end)
        => start is CalendarWhen first && end is CalendarWhen last
            && first.UtcOffset is null && last.UtcOffset is null
            && first.Zone?.Id == last.Zone?.Id
            && first.LocalStart > last.LocalStart;

    /// <inheritdoc />
    internal override TimeWindow ResolveCore(WhenContext context)
    {
        var start = Start?.ResolveCore(context);
        var end = End?.ResolveCore(context);
        var earliest = start?.Earliest;
        var latest = end?.Latest;
        if (earliest is { } first && latest is { } last && last <= first)
        {
            return start!.Value.Hull(end!.Value);
        }

        return new TimeWindow(earliest, latest);
    }

    /// <inheritdoc />
    internal override void AppendTo(StringBuilder builder)
    {
        AppendEnd(builder, Start);
        builder.Append('/');
        AppendEnd(builder, End);
    }

    private static void AppendEnd(StringBuilder builder, When? end)
    {
        if (end is null)
        {
            builder.Append("..");
        }
        else
        {
            end.AppendTo(builder);
        }
    }
}
