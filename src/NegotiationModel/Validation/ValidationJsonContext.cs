using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Validation;

/// <summary>
/// The source-generated contract of the validation's own types, in the settings of the record's format
/// (<see cref="NegotiationJsonContext"/>, applied by <see cref="JsonFormat.ForLayer"/>), which gives the model's types it holds, such as <see cref="JsonPath"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(ValueListJsonConverter<Diagnostic>)])]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(Diagnostic))]
internal sealed partial class ValidationJsonContext : JsonSerializerContext
{
    /// <summary>Gets the options of this layer's JSON.</summary>
    public static System.Text.Json.JsonSerializerOptions Format => JsonFormat.ForLayer(Default);
}
