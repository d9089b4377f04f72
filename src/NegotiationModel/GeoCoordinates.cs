using System.Globalization;
using System.Text.Json.Serialization;

namespace NegotiationModel;

/// <summary>A point on the Earth in WGS 84 degrees.</summary>
/// <remarks>
/// <para>Equality: by <see cref="Latitude"/> and <see cref="Longitude"/>, exactly, and by <see cref="UnknownMembers"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct GeoCoordinates
{
    /// <summary>Initializes a new point.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public GeoCoordinates(double latitude, double longitude)
    {
        // NaN compares false with every bound, so it needs its own check.
        Guard.Against.OutOfRange(latitude, double.IsNaN(latitude), nameof(latitude), "A coordinate must be a number.");
        Guard.Against.OutOfRange(longitude, double.IsNaN(longitude), nameof(longitude), "A coordinate must be a number.");

        Latitude = NumberRanges.Latitude.Check(latitude);
        Longitude = NumberRanges.Longitude.Check(longitude);
    }

    // The JSON reader's constructor: coordinates that came with members this library does not know.
    internal GeoCoordinates(double latitude, double longitude, UnknownMembers? unknownMembers)
        : this(latitude, longitude)
    {
        UnknownMembers = unknownMembers;
    }

    /// <summary>Gets the latitude in degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in degrees east.</summary>
    public double Longitude { get; }

    /// <summary>
    /// Gets the members of this point's JSON that this library does not know, such as those of a newer
    /// version of the format, kept so that they are written back; <see langword="null"/> when there are none.
    /// </summary>
    /// <remarks>Its converter in the serialization layer reads and writes them; the contract has no member for them.</remarks>
    [JsonIgnore]
    public UnknownMembers? UnknownMembers { get; }

    /// <summary>Returns the point as <c>latitude,longitude</c>.</summary>
    /// <returns>A culture-invariant text such as <c>25.7617,-80.1918</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude},{Longitude}");
}
