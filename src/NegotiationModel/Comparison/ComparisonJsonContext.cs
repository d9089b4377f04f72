using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Comparison;

/// <summary>
/// The source-generated contract of the comparison's own types, in the settings of the record's format
/// (<see cref="NegotiationJsonContext"/>, applied by <see cref="JsonFormat.ForLayer"/>), which gives the model's types they hold, such as <see cref="EntityReference"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(ValueListJsonConverter<EntityChange>)])]
[JsonSerializable(typeof(ValueList<EntityChange>))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext
{
    /// <summary>Gets the options of this layer's JSON.</summary>
    public static System.Text.Json.JsonSerializerOptions Format => JsonFormat.ForLayer(Default);
}
