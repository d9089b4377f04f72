using System.Text.Json.Serialization;

namespace NegotiationModel.Benchmarks.Baselines.Immutable;

/// <summary>The source-generated contract of the init-only DTO mirror, with the same options as <see cref="DtoJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(RecordDto))]
internal sealed partial class ImmutableDtoJsonContext : JsonSerializerContext
{
}
