using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NegotiationModel.Serialization;

/// <summary>
/// Reads an object held by a member that is not a list through its own contract, on the same reader, and
/// turns the <see cref="ArgumentException"/> its constructor throws for a broken invariant into a
/// <see cref="JsonException"/>, which System.Text.Json locates where the object ends.
/// </summary>
/// <typeparam name="T">The object's type.</typeparam>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal sealed class NestedObjectJsonConverter<T> : JsonConverter<T>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var converter = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        try
        {
            return converter.Read(ref reader, typeof(T), options);
        }
        catch (ArgumentException exception)
        {
            throw LocatedJsonException.ForInvariant(exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
