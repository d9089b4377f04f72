using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using NegotiationModel.Walking;

namespace NegotiationModel.Serialization;

/// <summary>
/// What the generated <see cref="RecordReader"/> carries through one read, and the steps its generated methods share:
/// member names, unknown members, skipped values and the leaves that need no more than a converter's read core.
/// </summary>
/// <remarks>
/// Every step throws <see cref="RecordReader.RefusedException"/> (or lets the reader's own exception through) on
/// input it is not sure of; the caller then reads the document with the System.Text.Json contract, which reports
/// the error. So a step may refuse more than the contract does, never less.
/// </remarks>
internal struct ReadState(bool strict)
{
    private readonly string?[] shortStrings = ShortStrings.ForThread();

    /// <summary>
    /// Gets the walk that takes each part of the root as soon as it is read (<see cref="RecordWalker.ForReading"/>), when
    /// validation asked for one; <see langword="null"/> on every plain read, which pays a test of it per root element.
    /// </summary>
    public RecordWalker? Walk { get; init; }

    /// <summary>Gets a value indicating whether unknown members are refused (strict reading).</summary>
    public readonly bool Strict => strict;

    /// <summary>Reads a string, a short one from the table of those already read (<see cref="ShortStrings"/>).</summary>
    public readonly string String(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.String ? ShortStrings.Get(shortStrings, ref reader) : throw Refuse();

    /// <summary>The exception that hands the input to the contract.</summary>
    public static Exception Refuse() => new RecordReader.RefusedException();

    /// <summary>
    /// Moves to the next member of an object and past its name, onto its value; returns the name's UTF-8 bytes, or
    /// an empty span at the end of the object. An escaped name, or one the contract might take for metadata
    /// (<c>$</c>...), is refused.
    /// </summary>
    public static ReadOnlySpan<byte> NextMember(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Refuse();
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return default;
        }

        var name = reader.ValueSpan;
        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.HasValueSequence || (name.Length > 0 && name[0] == (byte)'$') || !reader.Read())
        {
            throw Refuse();
        }

        return name;
    }

    /// <summary>Reads the discriminator that must be the first member of a polymorphic object, returning its value's UTF-8 bytes.</summary>
    public static ReadOnlySpan<byte> Discriminator(ref Utf8JsonReader reader, ref ReadState state, ReadOnlySpan<byte> name)
    {
        _ = state;
        if (!NextMember(ref reader).SequenceEqual(name) || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            throw Refuse();
        }

        return reader.ValueSpan;
    }

    /// <summary>Refuses a second discriminator in a polymorphic object's members.</summary>
    public static void RefuseDiscriminator(ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("kind"u8))
        {
            throw Refuse();
        }
    }

    /// <summary>Keeps an unknown member as the contract does (its value parsed, in the object's <see cref="UnknownMembers"/>), after the input checks the contract's caller makes on it.</summary>
    public static void Unknown(ref Utf8JsonReader reader, ref ReadState state, scoped ReadOnlySpan<byte> name, ref UnknownMembers? unknown)
    {
        if (state.Strict || !Utf8.IsValid(name))
        {
            throw Refuse();
        }

        CheckValue(reader);
        var key = Encoding.UTF8.GetString(name);
        unknown ??= new UnknownMembers();
        if (unknown.ContainsKey(key))
        {
            throw Refuse();
        }

        unknown.Add(key, JsonElement.ParseValue(ref reader));
    }

    /// <summary>
    /// Makes the input checks on the object at <paramref name="start"/> (a copy of the reader taken there) when a
    /// converter kept unknown members of it; strict reading refuses them.
    /// </summary>
    public static void CheckUnknownMembers(Utf8JsonReader start, ref ReadState state, UnknownMembers? unknown)
    {
        if (unknown is null)
        {
            return;
        }

        if (state.Strict)
        {
            throw Refuse();
        }

        CheckValue(start);
    }

    /// <summary>Skips the value of a member the contract writes but does not read, after the input checks.</summary>
    public static void Skip(ref Utf8JsonReader reader, ref ReadState state)
    {
        _ = state;
        CheckValue(reader);
        reader.Skip();
    }

    /// <summary>Reads an amount of money or of a quantity.</summary>
    public static void Amount(ref Utf8JsonReader reader, ref ReadState state, out decimal value)
    {
        _ = state;
        value = MoneyAmountJsonConverter.ReadCore(ref reader);
    }

    /// <summary>Reads an identifier.</summary>
    public static void Id<TId>(ref Utf8JsonReader reader, ref ReadState state, out TId value)
        where TId : struct, IEntityId<TId>
    {
        _ = state;
        value = EntityIdJsonConverter<TId>.ReadCore(ref reader);
    }

    /// <summary>Reads an enum value.</summary>
    public static void Enum<TEnum>(ref Utf8JsonReader reader, ref ReadState state, out TEnum value)
        where TEnum : struct, Enum
    {
        _ = state;
        value = KebabCaseEnumConverter<TEnum>.ReadCore(ref reader);
    }

    /// <summary>
    /// Makes, on a copy of the reader, the checks the input validator makes on a value nothing reads as text: every
    /// string and member name valid UTF-8 without lone surrogates, and no member twice in one object.
    /// </summary>
    private static void CheckValue(Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            CheckString(ref reader);
            return;
        }

        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        var names = new List<HashSet<string>?>();
        names.Add(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    names.Add(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    names.Add(null);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    names.RemoveAt(names.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    CheckString(ref reader);
                    if (!names[^1]!.Add(reader.GetString()!))
                    {
                        throw Refuse();
                    }

                    break;
                case JsonTokenType.String:
                    CheckString(ref reader);
                    break;
            }
        }
    }

    private static void CheckString(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            // Unescaping refuses lone surrogates and invalid UTF-8 alike.
            _ = reader.GetString();
        }
        else if (!Utf8.IsValid(reader.ValueSpan))
        {
            throw Refuse();
        }
    }
}
