using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Validation;

/// <summary>
/// The source-generated contract of the validation's own types, in the settings of the record's format
/// (<see cref="NegotiationJsonContext"/>), which gives the model's types it holds, such as <see cref="JsonPath"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(ValueListJsonConverter<Diagnostic>)])]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(Diagnostic))]
internal sealed partial class ValidationJsonContext : JsonSerializerContext
{
    // Built on first use: the generated Default is initialized in another part of this class, in no set order.
    private static System.Text.Json.JsonSerializerOptions? format;

    /// <summary>Gets the options of this layer's JSON.</summary>
    public static System.Text.Json.JsonSerializerOptions Format => LazyInitializer.EnsureInitialized(ref format, static () => JsonFormat.ForLayer(Default));
}
