using System.Text.Json;
using System.Text.Json.Serialization;

namespace NegotiationModel.Serialization;

/// <summary>
/// Writes an enum as a kebab-case string (<c>MediaOutlet</c> → <c>"media-outlet"</c>) and reads only
/// those strings: numbers and unknown names are rejected.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>This type is stateless and thread-safe.</remarks>
public sealed class KebabCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Initializes a new converter.</summary>
    public KebabCaseEnumConverter()
        : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
