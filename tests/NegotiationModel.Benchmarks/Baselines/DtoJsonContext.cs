using System.Text.Json.Serialization;

namespace NegotiationModel.Benchmarks.Baselines;

/// <summary>
/// The source-generated System.Text.Json contract of the DTO mirror: the fastest a plain .NET reader of the
/// same JSON can be on this stack, with the same naming and null handling as the library's contract.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    WriteIndented = true,
    IndentSize = 2)]
[JsonSerializable(typeof(RecordDto))]
[JsonSerializable(typeof(StatementDto))]
internal sealed partial class DtoJsonContext : JsonSerializerContext
{
}
