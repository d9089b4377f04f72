using System.Text.Json.Serialization;
using NegotiationModel.Sources;

namespace NegotiationModel.Territories;

/// <summary>
/// One actor's claim to a territory, on the bases it invokes, as its sources report it: Russia's
/// claim to the Donetsk oblast on the basis of the 2022 referendums it organised and its
/// constitution; Ukraine's claim to the same oblast within its internationally recognised borders.
/// </summary>
/// <remarks>
/// <para>A claim belongs to its <see cref="Claimant"/>; competing claims to one territory are separate
/// claims side by side. Who recognises or disputes a claim is recorded as reported, not judged.</para>
/// <para>Equality: by value over all members, collections element-wise in order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record TerritorialClaim : RecordEntity<TerritorialClaimId>
{
    /// <summary>Initializes a new claim.</summary>
    /// <param name="id">The claim's identifier in the record; not the default value.</param>
    /// <param name="claimant">The actor who makes the claim; not the default value.</param>
    /// <param name="territory">The territory claimed; not the default value.</param>
    /// <exception cref="ArgumentException">An identifier is the default value.</exception>
    public TerritorialClaim(TerritorialClaimId id, ActorId claimant, TerritoryId territory)
        : base(id)
    {
        Claimant = claimant;
        Territory = territory;
    }

    // The JSON contract's constructor. Source-generated deserialization sets every init-only property it
    // does not find in the JSON to its type's default (dotnet/runtime#84484), which would overwrite the
    // defaults of Extent and Rank (and fail their guards); as optional constructor parameters they keep their defaults.
    [JsonConstructor]
    internal TerritorialClaim(TerritorialClaimId id, ActorId claimant, TerritoryId territory, ClaimExtent extent = ClaimExtent.Whole, FactRank rank = FactRank.Normal)
        : this(id, claimant, territory)
    {
        Extent = extent;
        Rank = rank;
    }

    /// <summary>Gets the actor who makes the claim.</summary>
    public ActorId Claimant { get; init => field = Guard.Against.Default(value, nameof(Claimant)); }

    /// <summary>Gets the territory claimed.</summary>
    public TerritoryId Territory { get; init => field = Guard.Against.Default(value, nameof(Territory)); }

    /// <summary>Gets what the claimant says the claim rests on; empty when no source says.</summary>
    public ValueList<ClaimBasis> Bases { get; init; }

    /// <summary>Gets the bases in words, in any language, such as <c>2022 referendums organised by Russia</c>.</summary>
    public ValueList<LocalizedText> BasisDescription { get; init; }

    /// <summary>Gets since when the claimant makes the claim, or <see langword="null"/> when unknown.</summary>
    [Dates]
    public When? Since { get; init; }

    /// <summary>Gets the actors reported to recognise the claim.</summary>
    public ValueList<ActorId> RecognisedBy { get; init; }

    /// <summary>Gets the actors reported to dispute the claim.</summary>
    public ValueList<ActorId> DisputedBy { get; init; }

    /// <summary>Gets how much of the territory the claim covers; <see cref="ClaimExtent.Whole"/> unless set.</summary>
    public ClaimExtent Extent { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Extent)); } = ClaimExtent.Whole;

    /// <summary>Gets the claim's rank among the record's claims of the same claimant to the same territory; <see cref="FactRank.Normal"/> unless set.</summary>
    public FactRank Rank { get; init => field = Guard.Against.UndefinedEnum(value, nameof(Rank)); } = FactRank.Normal;

    /// <summary>Returns the claimant, the extent and the territory, such as <c>russia claims whole of UA-14</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => $"{Claimant} claims {(Extent == ClaimExtent.Whole ? "whole" : "part")} of {Territory}";
}
