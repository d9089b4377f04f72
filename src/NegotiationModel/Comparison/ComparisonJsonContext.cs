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
    /// <summary>Gets the options that write and read lists of changes.</summary>
    public static System.Text.Json.JsonSerializerOptions Format { get; } = JsonFormat.ForLayer(Default!);
}
