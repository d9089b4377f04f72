namespace NegotiationModel.Proposals;

/// <summary>
/// A time by which a provision or a phase requires something done: "withdrawal … completed within 14 days",
/// "elections within 30 days of the law", "by the end of 2015".
/// </summary>
/// <remarks>
/// <para><see cref="Due"/> is the deadline as the text states it, and the thing is due by the end of its window:
/// "by the end of 2015" is <c>2015</c> (due by 1 January 2016, 00:00); "within 14 days of the ceasefire taking
/// effect" is <c>after(provision:ceasefire, P0D, P14D)</c>, which counts from the ceasefire provision's
/// <see cref="Provision.Effective"/>; "within 30 days of the law" is <c>after(event:law-adopted, P0D, P30D)</c>.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation reports a deadline that falls certainly before its
/// provision or phase takes effect.</para>
/// </remarks>
public sealed record Deadline : ExtensibleObject
{
    /// <summary>Initializes a new deadline.</summary>
    /// <param name="due">The time by whose end the thing is due, as stated; absolute or relative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="due"/> is <see langword="null"/>.</exception>
    public Deadline(When due) => Due = due;

    /// <summary>Gets the time by whose end the thing is due, as stated, such as <c>after(provision:ceasefire, P0D, P14D)</c>.</summary>
    public When Due { get; init => field = Guard.Against.Null(value, nameof(Due)); }

    /// <summary>Gets what is due, in one or more languages, such as "withdrawal of heavy weapons completed"; empty when it is the provision or phase itself.</summary>
    public ValueList<LocalizedText> What { get; init; }

    /// <summary>Returns what is due and the time, such as <c>[en] Withdrawal completed, due after(provision:ceasefire, P0D, P14D)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => What.IsEmpty ? $"due {Due}" : $"{What[0]}, due {Due}";
}
