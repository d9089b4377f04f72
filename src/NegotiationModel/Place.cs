using Ardalis.GuardClauses;
using System.Text.Json.Serialization;
using NegotiationModel.Identifiers;
using NegotiationModel.Utility;

namespace NegotiationModel;

/// <summary>Where something happened: a name, the IANA time zone local times are read in, optional coordinates and territory.</summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe. Validation checks that <see cref="TimeZone"/> is known to tzdb.</para>
/// </remarks>
public sealed record Place
{
    /// <summary>Gets the place's name as a source gives it, such as <c>Miami, Florida</c>.</summary>
    public string? Name { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Name)); }

    /// <summary>Gets the IANA time zone of the place, such as <c>America/New_York</c>.</summary>
    public string? TimeZone { get; init => field = Guard.Against.LoneSurrogate(value, nameof(TimeZone)); }

    /// <summary>Gets the place's coordinates, when known.</summary>
    public GeoCoordinates? Coordinates { get; init; }

    /// <summary>Gets the territory the place lies in, when the record holds it.</summary>
    public TerritoryId? Territory { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Territory)); }

    /// <summary>
    /// Gets the members of this object's JSON that this library does not know, such as those of a newer
    /// version of the format, kept so that they are written back; <see langword="null"/> when there are none.
    /// </summary>
    [JsonIgnore]
    public UnknownMembers? UnknownMembers { get; internal set; }

    // The reader fills UnknownMembers through this dictionary: [JsonExtensionData] needs a mutable one, and
    // keeping it internal keeps UnknownMembers immutable to everyone else.
    [JsonExtensionData]
    [JsonInclude]
    internal UnknownMemberSink? UnknownMemberSink { get => UnknownMembers?.Sink; set => UnknownMembers = value?.Members; }

    /// <summary>Returns the name and zone, such as <c>Miami, Florida (America/New_York)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => TimeZone is null ? Name ?? "(unnamed place)" : $"{Name ?? "(unnamed place)"} ({TimeZone})";
}
