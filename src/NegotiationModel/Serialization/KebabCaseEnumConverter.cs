using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>
/// Writes an enum as a kebab-case string (<c>MediaOutlet</c> → <c>"media-outlet"</c>) and reads exactly
/// those strings: numbers, other spellings (<c>"MediaOutlet"</c>, <c>"Media-Outlet"</c>) and unknown names
/// are rejected, so that every reader of the format agrees on what it accepts. A member with
/// <see cref="JsonStringEnumMemberNameAttribute"/> is written with that name instead.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class KebabCaseEnumConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum>, IEnumNames
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly string[] Names = [.. Values.Select(JsonName)];

    private static readonly FrozenDictionary<string, TEnum> ByName = Names.Zip(Values).ToFrozenDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, JsonEncodedText> ByValue = Values.Zip(Names).ToFrozenDictionary(p => p.First, p => JsonEncodedText.Encode(p.Second));

    /// <summary>Initializes a new converter.</summary>
    public KebabCaseEnumConverter()
    {
    }

    IReadOnlyList<string> IEnumNames.Names => Names;

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected one of {Expected()} but found {reader.TokenType}.");
        }

        return Parse(reader.GetString()!);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WriteStringValue(Name(value));
    }

    /// <inheritdoc />
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        writer.WritePropertyName(Name(value));
    }

    /// <summary>Returns the JSON name of a value, as this converter writes it (<c>TookPlace</c> is <c>took-place</c>, <c>UsuallyReliable</c> is <c>B</c>).</summary>
    internal static string NameOf(TEnum value) => ByValue.TryGetValue(value, out var name) ? name.Value : JsonName(value);

    private static TEnum Parse(string text) => ByName.TryGetValue(text, out var value)
        ? value
        : throw new JsonException($"{InvariantMessage.Quote(text)} is not one of {Expected()}.");

    [SuppressMessage("Design", "CA1065:Do not raise exceptions in unexpected locations", Justification = "Not an exception-free member.")]
    private static JsonEncodedText Name(TEnum value) => ByValue.TryGetValue(value, out var name)
        ? name
        : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} and has no JSON name.");

    private static string JsonName(TEnum value)
    {
        var name = value.ToString();
        var field = typeof(TEnum).GetField(name, BindingFlags.Public | BindingFlags.Static);
        return field?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.KebabCaseLower.ConvertName(name);
    }

    private static string Expected() => string.Join(", ", Names.Select(n => $"\"{n}\""));
}
