namespace NegotiationModel;

/// <summary>Where something happened: a name, the IANA time zone local times are read in, optional coordinates and territory.</summary>
/// <remarks>
/// <para>Equality: by value over all members.</para>
/// <para>This type is immutable and thread-safe. Validation checks that <see cref="TimeZone"/> is known to tzdb.</para>
/// </remarks>
public sealed record Place : ExtensibleObject
{
    /// <summary>Gets the place's name as a source gives it, such as <c>Miami, Florida</c>.</summary>
    public string? Name { get; init => field = Guard.Against.LoneSurrogate(value, nameof(Name)); }

    /// <summary>Gets the IANA time zone of the place, such as <c>America/New_York</c>.</summary>
    public string? TimeZone { get; init => field = Guard.Against.LoneSurrogate(value, nameof(TimeZone)); }

    /// <summary>Gets the place's coordinates, when known.</summary>
    public GeoCoordinates? Coordinates { get; init; }

    /// <summary>Gets the territory the place lies in, when the record holds it.</summary>
    public TerritoryId? Territory { get; init => field = Guard.Against.DefaultIdentifier(value, nameof(Territory)); }

    /// <summary>Returns the name and zone, such as <c>Miami, Florida (America/New_York)</c>.</summary>
    /// <returns>A culture-invariant text.</returns>
    public override string ToString() => TimeZone is null ? Name ?? "(unnamed place)" : $"{Name ?? "(unnamed place)"} ({TimeZone})";
}
