using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Utility;

/// <summary>
/// The one table of an enum's text names, in the model: each member's kebab-case name (<c>WorkingGroup</c> is
/// <c>working-group</c>), or the name its <see cref="JsonStringEnumMemberNameAttribute"/> gives. JSON, the time
/// grammar's anchors (<c>after:event/call</c>) and <see cref="EntityReference.ToString"/> all spell values with it.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class EnumNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Members = Enum.GetValues<TEnum>();

    private static readonly string[] Texts = [.. Members.Select(TextOf)];

    private static readonly FrozenDictionary<string, TEnum> ByName = Texts.Zip(Members).ToFrozenDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> BySpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<TEnum, JsonEncodedText> ByValue = Members.Zip(Texts).ToFrozenDictionary(p => p.First, p => JsonEncodedText.Encode(p.Second));

    /// <summary>Gets the names, in the order of the enum's members.</summary>
    public static IReadOnlyList<string> All => Texts;

    /// <summary>Gets the names, quoted and separated by commas, for messages that say what is expected.</summary>
    public static string Quoted { get; } = string.Join(", ", Texts.Select(n => $"\"{n}\""));

    /// <summary>Finds the member with a name (ordinally).</summary>
    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);

    /// <summary>Finds the member with a name given as characters (ordinally), without making a string of them.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out TEnum value) => BySpan.TryGetValue(name, out value);

    /// <summary>Gets the encoded name of a defined member.</summary>
    public static bool TryGetEncoded(TEnum value, out JsonEncodedText name) => ByValue.TryGetValue(value, out name);

    /// <summary>Returns the name of a value; for a value that is not a defined member, what its member name would give.</summary>
    public static string Of(TEnum value) => ByValue.TryGetValue(value, out var name) ? name.Value : TextOf(value);

    private static string TextOf(TEnum value)
    {
        var name = value.ToString();
        var field = typeof(TEnum).GetField(name, BindingFlags.Public | BindingFlags.Static);
        return field is null ? JsonNamingPolicy.KebabCaseLower.ConvertName(name) : EnumFieldNames.Of(field);
    }
}
