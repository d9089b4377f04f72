namespace NegotiationModel.Votes;

/// <summary>
/// One line of a vote's result: a choice (yes, no, an option, abstention, blank or invalid ballots, absence, a walk-out),
/// how many made it and their share, as a source reports them.
/// </summary>
/// <remarks>
/// <para>A count and a share may each be missing: a source that gives only percentages, or a walk-out whose numbers are
/// not reported, is still recorded. Validation warns when a share disagrees with the counts it is a share of.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record VoteCount : ExtensibleObject
{
    /// <summary>Initializes a new count.</summary>
    /// <param name="choice">What the voters counted did.</param>
    /// <exception cref="ArgumentException"><paramref name="choice"/> is undefined.</exception>
    public VoteCount(VoteChoice choice)
    {
        Choice = choice;
    }

    /// <summary>Gets what the voters counted did.</summary>
    public VoteChoice Choice { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Choice)); }

    /// <summary>Gets the option as the ballot or the source words it, such as <c>Sí</c>; needed for <see cref="VoteChoice.Option"/>.</summary>
    public ValueList<LocalizedText> Label { get; init; }

    /// <summary>Gets how many votes (or members) are counted; never negative.</summary>
    public int? Count { get; init => field = value is { } count ? NumberRanges.VoteCount.Check(count) : null; }

    /// <summary>
    /// Gets the share in percent (0 to 100) as the source gives it: of the result's valid votes when it gives them, else of the
    /// votes for the options (yes, no and named options) together.
    /// </summary>
    public double? Share { get; init => field = value is { } share ? NumberRanges.VoteShare.Check(share) : null; }

    /// <summary>Gets the actors that made this choice, when the source names them, such as a party whose members walked out.</summary>
    public ValueList<ActorId> Voters { get; init; }

    /// <summary>Returns the choice with its count and share, such as <c>No 6430170 (50.22 %)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Choice}{(Count is { } count ? $" {count}" : string.Empty)}{(Share is { } share ? $" ({share} %)" : string.Empty)}");
}
