using BenchmarkDotNet.Attributes;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Serialization;

namespace NegotiationModel.Benchmarks.Benchmarks;

/// <summary>Writing a record to UTF-8 bytes, against the DTO mirror written by System.Text.Json and by Newtonsoft.Json.</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private NegotiationRecord record = null!;
    private RecordDto dto = null!;

    /// <summary>Gets or sets the number of statements in the record.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Statements { get; set; }

    /// <summary>Builds the record and its DTO.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var document = Corpus.Get(Statements);
        record = document.Record;
        dto = Baseline.DeserializeDto(document.Json);
    }

    /// <summary>The library: a record to indented UTF-8 JSON.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Description = "NegotiationJson.SerializeToUtf8Bytes")]
    public byte[] Library() => NegotiationJson.SerializeToUtf8Bytes(record);

    /// <summary>The limit: source-generated System.Text.Json from plain DTOs.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Baseline = true, Description = "raw DTO, System.Text.Json (source-generated)")]
    public byte[] RawDto() => Baseline.SerializeDto(dto);

    /// <summary>Newtonsoft.Json from the same DTOs.</summary>
    /// <returns>The JSON.</returns>
    [Benchmark(Description = "DTO, Newtonsoft.Json")]
    public byte[] Newtonsoft() => Baseline.SerializeDtoNewtonsoft(dto);
}
