using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests;

/// <summary>Writes and reads single model values through the library's JSON contract.</summary>
internal static class JsonRoundTrip
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Info<T>());

    public static T Read<T>(string json) => JsonSerializer.Deserialize(json, Info<T>())!;

    /// <summary>Writes <paramref name="value"/>, reads it back and returns what was read.</summary>
    public static T Of<T>(T value) => Read<T>(Write(value));

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)NegotiationJson.Options.GetTypeInfo(typeof(T));
}
