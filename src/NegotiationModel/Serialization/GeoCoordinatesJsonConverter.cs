using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads and writes <see cref="GeoCoordinates"/> as <c>{"latitude": 25.7617, "longitude": -80.1918}</c>,
/// keeping unknown members. A struct cannot take System.Text.Json's extension data, hence this converter.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class GeoCoordinatesJsonConverter : JsonConverter<GeoCoordinates>
{
    public override GeoCoordinates Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader, options);

    /// <summary>Reads the value at the reader, its unknown members created through <paramref name="options"/>: what this converter and the generated record reader share.</summary>
    internal static GeoCoordinates ReadCore(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValues.Unexpected(ref reader, "a coordinates object such as {\"latitude\": 25.7617, \"longitude\": -80.1918}");
        }

        var objectStart = reader.TokenStartIndex;
        double? latitude = null;
        double? longitude = null;
        UnknownMembers? unknown = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "latitude":
                    UnknownMemberIO.RejectDuplicate(latitude is not null, name);
                    latitude = Degrees(ref reader, 90);
                    break;
                case "longitude":
                    UnknownMemberIO.RejectDuplicate(longitude is not null, name);
                    longitude = Degrees(ref reader, 180);
                    break;
                default:
                    UnknownMemberIO.Read(ref unknown, name, ref reader, options);
                    break;
            }
        }

        if (latitude is null || longitude is null)
        {
            var missing = latitude is null ? "latitude" : "longitude";
            throw new LocatedJsonException($"Coordinates need their \"{missing}\" member.", objectStart, null, null);
        }

        return new GeoCoordinates(latitude.Value, longitude.Value, unknown);
    }

    public override void Write(Utf8JsonWriter writer, GeoCoordinates value, JsonSerializerOptions options) => WriteCore(writer, value);

    /// <summary>Writes coordinates as a JSON object: the converter's write, for the generated writer to call without an instance.</summary>
    internal static void WriteCore(Utf8JsonWriter writer, GeoCoordinates value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("latitude", value.Latitude);
        writer.WriteNumber("longitude", value.Longitude);
        UnknownMemberIO.Write(writer, value.UnknownMembers);
        writer.WriteEndObject();
    }

    private static double Degrees(ref Utf8JsonReader reader, double limit)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var degrees) || !double.IsFinite(degrees))
        {
            throw new JsonException($"Expected a number of degrees but found {(reader.TokenType == JsonTokenType.Number ? "a number out of range" : reader.TokenType)}.");
        }

        if (degrees < -limit || degrees > limit)
        {
            throw new JsonException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{degrees} is out of range: use -{limit} to {limit} degrees."));
        }

        return degrees;
    }
}
