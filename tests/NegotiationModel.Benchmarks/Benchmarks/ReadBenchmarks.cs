using BenchmarkDotNet.Attributes;
using NegotiationModel.Benchmarks.Baselines;

namespace NegotiationModel.Benchmarks.Benchmarks;

/// <summary>
/// Reading a record from UTF-8 bytes, against the baselines of the same run: raw source-generated
/// System.Text.Json into the DTO mirror (the limit of the stack, the baseline of the ratios), Newtonsoft.Json
/// into the same DTOs, the same DTOs with init-only properties (the limit for immutable types), and Utf8JsonReader reading tokens only (the floor).
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[] json = [];

    /// <summary>Gets or sets the number of statements in the record.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Statements { get; set; }

    /// <summary>Builds the document.</summary>
    [GlobalSetup]
    public void Setup() => json = Corpus.Get(Statements).Json;

    /// <summary>The library: bytes to a record.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Description = "NegotiationJson.Deserialize")]
    public NegotiationRecord Library() => Operations.Deserialize(json);

    /// <summary>The library: bytes to a checked record, what the targets of issue 8 compare.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Description = "Deserialize + Validate")]
    public NegotiationRecord LibraryValidated() => Operations.Load(json);

    /// <summary>The limit: source-generated System.Text.Json into plain DTOs.</summary>
    /// <returns>The DTO.</returns>
    [Benchmark(Baseline = true, Description = "raw DTO, System.Text.Json (source-generated)")]
    public object RawDto() => Baseline.DeserializeDto(json);

    /// <summary>The limit for immutable types: source-generated System.Text.Json into the same DTOs with init-only properties.</summary>
    /// <returns>The DTO.</returns>
    [Benchmark(Description = "init-only DTO, System.Text.Json (source-generated)")]
    public object ImmutableDto() => Baseline.DeserializeImmutableDto(json);

    /// <summary>What many users would pick: Newtonsoft.Json into the same DTOs.</summary>
    /// <returns>The DTO.</returns>
    [Benchmark(Description = "DTO, Newtonsoft.Json")]
    public object Newtonsoft() => Baseline.DeserializeDtoNewtonsoft(json);

    /// <summary>The floor: tokenizing with Utf8JsonReader and materialising nothing.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Description = "Utf8JsonReader, tokens only")]
    public int Tokenize() => Baseline.Tokenize(json);
}
