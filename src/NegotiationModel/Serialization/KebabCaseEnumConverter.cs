using System.Diagnostics.CodeAnalysis;
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
    /// <summary>Initializes a new converter.</summary>
    public KebabCaseEnumConverter()
    {
    }

    IReadOnlyList<string> IEnumNames.Names => EnumNames<TEnum>.All;

    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCore(ref reader);

    /// <summary>Reads the enum value at the reader: what this converter and the generated record reader share.</summary>
    /// <remarks>
    /// A name as the canonical form writes it (ASCII, unescaped, short) is looked up from its bytes: a record holds
    /// enum values throughout, and a string made of each only to look it up was a third of the garbage reading a record
    /// left beside the record. Anything else, errors included, goes through the string.
    /// </remarks>
    internal static TEnum ReadCore(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxFastName)
        {
            Span<char> name = stackalloc char[MaxFastName];
            if (System.Text.Ascii.ToUtf16(reader.ValueSpan, name, out var length) == System.Buffers.OperationStatus.Done
                && EnumNames<TEnum>.TryParse(name[..length], out var value))
            {
                return value;
            }
        }

        return Parse(JsonValues.String(ref reader, ExpectedNames));
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        Guard.Against.Null(writer);
        WriteCore(writer, value);
    }

    /// <summary>Writes a value as its JSON name: the converter's write, for the generated writer to call without an instance.</summary>
    internal static void WriteCore(Utf8JsonWriter writer, TEnum value) => writer.WriteStringValue(Name(value));

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
    internal static string NameOf(TEnum value) => EnumNames<TEnum>.Of(value);

    private static TEnum Parse(string text) => EnumNames<TEnum>.TryParse(text, out var value)
        ? value
        : throw new LocatedJsonException($"{InvariantMessage.Quote(text)} is not {ExpectedNames}.") { IsUnknownValue = true };

    [SuppressMessage("Design", "CA1065:Do not raise exceptions in unexpected locations", Justification = "Not an exception-free member.")]
    private static JsonEncodedText Name(TEnum value) => EnumNames<TEnum>.TryGetEncoded(value, out var name)
        ? name
        : throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} and has no JSON name.");

    // The longest name ReadCore looks up without a string; every name of the model's enums is shorter.
    private const int MaxFastName = 64;

    // What a value must be, for the errors: made once per enum, not for every value read.
    private static readonly string ExpectedNames = "one of " + EnumNames<TEnum>.Quoted;
}
