using System.Globalization;
using System.Text.Json.Serialization;

namespace NegotiationModel;

/// <summary>A point on the Earth in WGS 84 degrees.</summary>
/// <remarks>
/// <para>Equality: by <see cref="Latitude"/> and <see cref="Longitude"/>, exactly.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct GeoCoordinates
{
    /// <summary>Initializes a new point.</summary>
    /// <param name="latitude">Degrees north, from -90 to 90.</param>
    /// <param name="longitude">Degrees east, from -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range.</exception>
    [JsonConstructor]
    public GeoCoordinates(double latitude, double longitude)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(latitude, -90);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(latitude, 90);
        ArgumentOutOfRangeException.ThrowIfLessThan(longitude, -180);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(longitude, 180);
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Gets the latitude in degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Gets the longitude in degrees east.</summary>
    public double Longitude { get; }

    /// <summary>Returns the point as <c>latitude,longitude</c>.</summary>
    /// <returns>A culture-invariant text such as <c>25.7617,-80.1918</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Latitude},{Longitude}");
}
