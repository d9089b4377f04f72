namespace NegotiationModel.Votes;

/// <summary>
/// What a vote needs to pass besides a majority, or instead of a simple one: a share of a base (13 % of the electorate
/// voting yes, two thirds of the members), a number of votes, or a rule in words.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record VoteThreshold : ExtensibleObject
{
    /// <summary>Gets the share needed, in percent (0 to 100) of <see cref="Of"/>.</summary>
    public double? Share { get; init => field = value is { } share ? NumberRanges.VoteThresholdShare.Check(share) : null; }

    /// <summary>Gets what <see cref="Share"/> is a share of.</summary>
    public ThresholdBase? Of { get; init => field = value is { } of ? Guard.Against.UndefinedEnum(of, nameof(Of)) : null; }

    /// <summary>Gets the number of votes needed, when the source gives it; never negative.</summary>
    public int? Count { get; init => field = value is { } count ? NumberRanges.VoteThresholdCount.Check(count) : null; }

    /// <summary>Gets the rule in words, such as "the yes vote must reach 13 % of the electoral roll and exceed the no vote".</summary>
    public ValueList<LocalizedText> Description { get; init; }

    /// <summary>Returns the share and its base, or the count, such as <c>13 % of Eligible</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(Share is { } share ? $"{share} %{(Of is { } of ? $" of {of}" : string.Empty)}" : Count is { } count ? $"{count} votes" : "threshold")}");
}
