using System.Text;
using NodaTime;

namespace NegotiationModel.Time;

/// <summary>
/// A time relative to another item of the record: <c>after(event:miami-meeting)</c>,
/// <c>before(event:miami-meeting)</c>, or at a distance, <c>after(statement:trump-few-weeks, P2W, P6W)</c>
/// (between two and six weeks after the statement).
/// </summary>
/// <remarks>
/// <para>
/// The window follows from the anchor's window <c>[a, b)</c>, found through
/// <see cref="WhenContext.Anchors"/>. With distances from <see cref="AtLeast"/> (default zero) to
/// <see cref="AtMost"/> (default unbounded): after is <c>[a + AtLeast, b + AtMost)</c>, before is
/// <c>[a − AtMost, b − AtLeast)</c>. So <c>after(x)</c> starts when <c>x</c>'s window starts: something
/// after a meeting held in the afternoon happened after noon. An unknown anchor gives
/// <see cref="TimeWindow.Unbounded"/>. Distances are exact durations (a day is 24 hours, a week 7 days).
/// </para>
/// <para>
/// Only <c>Qualifiers</c> has an <c>init</c> accessor: the other members are set when the value is
/// created, because their rules involve several members at once, which a <c>with</c> expression would
/// check one member at a time.
/// </para>
/// <para>Equality: by value over all members; distances compare as written (<c>P2W</c> is not <c>P14D</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RelativeWhen : When
{
    /// <summary>Initializes a new relative value.</summary>
    /// <param name="direction">Whether the value is after or before the anchor.</param>
    /// <param name="anchor">The item the value is relative to; not the default value.</param>
    /// <param name="atLeast">
    /// The least distance from the anchor, or <see langword="null"/> for none. Distances hold only
    /// weeks, days, hours, minutes and seconds, each 0 to 999999; a zero distance is allowed only with
    /// <paramref name="atMost"/> (<c>after(x, P0D, P2W)</c>: within two weeks after).
    /// </param>
    /// <param name="atMost">The greatest distance from the anchor, or <see langword="null"/> for no limit; needs <paramref name="atLeast"/>, and is not shorter.</param>
    /// <exception cref="ArgumentException">An argument breaks the rules above.</exception>
    public RelativeWhen(RelativeDirection direction, EntityReference anchor, Period? atLeast = null, Period? atMost = null)
    {
        Guard.Against.UndefinedEnum(direction);
        Guard.Against.Invalid(anchor.Id is null, nameof(anchor), "The anchor is the default reference, which refers to nothing.");

        CheckDistance(atLeast, nameof(atLeast));
        CheckDistance(atMost, nameof(atMost));
        Guard.Against.Invalid(atMost is not null && atLeast is null, nameof(atLeast), "A greatest distance needs a least distance; write P0D for none.");
        Guard.Against.Invalid(atMost is null && atLeast is not null && atLeast.Equals(Period.Zero), nameof(atLeast), "A least distance of zero says nothing without a greatest distance; leave it out.");
        Guard.Against.Invalid(atLeast is not null && atMost is not null && WhenText.ToDuration(atMost) < WhenText.ToDuration(atLeast), nameof(atMost), $"The greatest distance {WhenText.FormatPeriod(atMost!)} is shorter than the least distance {WhenText.FormatPeriod(atLeast!)}.");

        Direction = direction;
        Anchor = anchor;
        AtLeast = atLeast;
        AtMost = atMost;
    }

    /// <summary>Gets whether the value is after or before the anchor.</summary>
    public RelativeDirection Direction { get; }

    /// <summary>Gets the item the value is relative to.</summary>
    public EntityReference Anchor { get; }

    /// <summary>Gets the least distance from the anchor, or <see langword="null"/> for none.</summary>
    public Period? AtLeast { get; }

    /// <summary>Gets the greatest distance from the anchor, or <see langword="null"/> for no limit.</summary>
    public Period? AtMost { get; }

    /// <summary>Gets how sure the record is of the value.</summary>
    /// <remarks>Qualifiers do not change a relative value's window: its distances already say how vague it is.</remarks>
    /// <exception cref="ArgumentException">The value holds undefined flags.</exception>
    public WhenQualifiers Qualifiers { get; init => field = WhenText.CheckQualifiers(value, nameof(Qualifiers)); }

    /// <inheritdoc />
    internal override WhenQualifiers AllQualifiers => Qualifiers;

    /// <summary>
    /// Creates "in a few weeks" after the anchor, by this library's convention two to six weeks:
    /// <c>after(anchor, P2W, P6W)</c>.
    /// </summary>
    /// <param name="anchor">The item, such as the statement that said "in a few weeks"; not the default value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException"><paramref name="anchor"/> is the default value.</exception>
    public static RelativeWhen InAFewWeeks(EntityReference anchor)
        => new(RelativeDirection.After, anchor, Period.FromWeeks(2), Period.FromWeeks(6));

    /// <inheritdoc />
    internal override TimeWindow ResolveCore(WhenContext context)
    {
        if (context.Anchors?.ResolveAnchor(Anchor) is not { } anchor)
        {
            return TimeWindow.Unbounded;
        }

        var least = AtLeast is null ? Duration.Zero : WhenText.ToDuration(AtLeast);
        Duration? most = AtMost is null ? null : WhenText.ToDuration(AtMost);
        if (Direction == RelativeDirection.After)
        {
            var earliest = TimeArithmetic.ShiftEarliest(anchor.Earliest, least, out var beyondEnd);
            var latest = most is { } greatest ? TimeArithmetic.ShiftLatest(anchor.Latest, greatest) : null;
            return TimeArithmetic.Window(earliest, latest, beyondEnd);
        }

        var from = most is { } longest ? TimeArithmetic.ShiftEarliest(anchor.Earliest, -longest, out _) : null;
        var to = TimeArithmetic.ShiftLatest(anchor.Latest, -least);
        return TimeArithmetic.Window(from, to, earliestBeyondEnd: false);
    }

    /// <inheritdoc />
    internal override void AppendTo(StringBuilder builder)
    {
        builder.Append(Direction == RelativeDirection.After ? "after(" : "before(").Append(WhenText.KindName(Anchor.Kind)).Append(':').Append(Anchor.Id);
        if (AtLeast is not null)
        {
            builder.Append(", ");
            WhenText.AppendPeriod(builder, AtLeast);
        }

        if (AtMost is not null)
        {
            builder.Append(", ");
            WhenText.AppendPeriod(builder, AtMost);
        }

        builder.Append(')');
        WhenText.AppendQualifiers(builder, Qualifiers);
    }

    private static void CheckDistance(Period? distance, string parameterName)
    {
        if (distance is null)
        {
            return;
        }

        Guard.Against.Invalid(distance.Years != 0 || distance.Months != 0 || distance.Milliseconds != 0 || distance.Ticks != 0 || distance.Nanoseconds != 0, parameterName, "A distance holds only weeks, days, hours, minutes and seconds: months and years vary in length.");
        Guard.Against.Invalid(!InRange(distance.Weeks) || !InRange(distance.Days) || !InRange(distance.Hours) || !InRange(distance.Minutes) || !InRange(distance.Seconds), parameterName, $"Each component of a distance must be 0 to {WhenText.MaxDistanceComponent}.");

        static bool InRange(long value) => value is >= 0 and <= WhenText.MaxDistanceComponent;
    }
}
