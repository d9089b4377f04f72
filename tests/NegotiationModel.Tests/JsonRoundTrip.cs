using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Serialization;

namespace NegotiationModel.Tests;

/// <summary>Writes and reads single model values through the library's JSON contract.</summary>
internal static class JsonRoundTrip
{
    /// <summary>Gets the options of the layer a type belongs to: validation and comparison have contracts of their own.</summary>
    public static JsonSerializerOptions OptionsFor(Type type) => type.Namespace switch
    {
        "NegotiationModel.Validation" => NegotiationModel.Validation.ValidationJsonContext.Format,
        "NegotiationModel.Comparison" => NegotiationModel.Comparison.ComparisonJsonContext.Format,
        _ => NegotiationJson.Options,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Info<T>());

    public static T Read<T>(string json) => JsonSerializer.Deserialize(json, Info<T>())!;

    /// <summary>Writes <paramref name="value"/>, reads it back and returns what was read.</summary>
    public static T Of<T>(T value) => Read<T>(Write(value));

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)OptionsFor(typeof(T)).GetTypeInfo(typeof(T));
}
