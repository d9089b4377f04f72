using System.Text.Json.Serialization;
using NegotiationModel.Serialization;

namespace NegotiationModel.Comparison;

/// <summary>
/// The source-generated contract of the comparison's own types, in the settings of the record's format
/// (<see cref="NegotiationJsonContext"/>), which gives the model's types they hold, such as <see cref="EntityReference"/>.
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
    Converters = [typeof(ValueListJsonConverter<EntityChange>)])]
[JsonSerializable(typeof(ValueList<EntityChange>))]
internal sealed partial class ComparisonJsonContext : JsonSerializerContext
{
    // Built on first use: the generated Default is initialized in another part of this class, in no set order.
    private static System.Text.Json.JsonSerializerOptions? format;

    /// <summary>Gets the options of this layer's JSON.</summary>
    public static System.Text.Json.JsonSerializerOptions Format => LazyInitializer.EnsureInitialized(ref format, static () => JsonFormat.ForLayer(Default));
}
