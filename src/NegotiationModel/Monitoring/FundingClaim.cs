using NegotiationModel.Sources;

namespace NegotiationModel.Monitoring;

/// <summary>
/// A claim about who pays for a monitoring mission, attributed to whoever made it: that a funder should pay (proposed), will
/// pay (pledged), paid (provided) or will not (declined). Who pays is often contested or open, so the record keeps each
/// claim with its claimants and citations, never a funder as a fact; two claims may disagree.
/// </summary>
/// <remarks>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe. Validation checks that the actors exist and the amount's currency and sign.</para>
/// </remarks>
public sealed record FundingClaim : ExtensibleObject
{
    /// <summary>Initializes a new funding claim.</summary>
    /// <param name="funder">The actor the claim is about: who would pay, pledged, paid or declined; not the default value.</param>
    /// <param name="kind">What the claim says about the funder.</param>
    /// <exception cref="ArgumentException"><paramref name="funder"/> is the default value or <paramref name="kind"/> is undefined.</exception>
    public FundingClaim(ActorId funder, FundingClaimKind kind)
    {
        Funder = funder;
        Kind = kind;
    }

    /// <summary>Gets the actor the claim is about: who would pay, pledged, paid or declined.</summary>
    public ActorId Funder { get; init => field = Guard.Against.Default(value, nameof(Funder)); }

    /// <summary>Gets what the claim says about the funder.</summary>
    public FundingClaimKind Kind { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Kind)); }

    /// <summary>Gets who made the claim, such as the author of a plan proposing a funder, or the funder announcing its pledge.</summary>
    public ValueList<ActorId> ClaimedBy { get; init; }

    /// <summary>Gets the amount, when the claim names one.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets what the money is for, such as unmanned aircraft or the monitoring of one zone, in one or more languages.</summary>
    public ValueList<LocalizedText> Purpose { get; init; }

    /// <summary>Gets when the claim was made, or when the pledge or payment was, as precisely as known.</summary>
    public When? When { get; init; }

    /// <summary>Gets the citations that report the claim.</summary>
    public ValueList<Citation> Citations { get; init; }

    /// <summary>Returns the kind and funder, such as <c>Pledged: germany</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Kind}: {Funder}";
}
