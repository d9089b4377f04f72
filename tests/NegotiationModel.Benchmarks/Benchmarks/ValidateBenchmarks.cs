using BenchmarkDotNet.Attributes;
using NegotiationModel.Validation;

namespace NegotiationModel.Benchmarks.Benchmarks;

/// <summary>Validating a loaded record with every built-in rule, and loading with and without validation.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private NegotiationRecord record = null!;
    private byte[] json = [];

    /// <summary>Gets or sets the number of statements in the record.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Statements { get; set; }

    /// <summary>Reads the record.</summary>
    [GlobalSetup]
    public void Setup()
    {
        json = Corpus.Get(Statements).Json;
        record = Operations.Deserialize(json);
    }

    /// <summary>Every built-in rule over a record already read.</summary>
    /// <returns>The report.</returns>
    [Benchmark(Description = "RecordValidator.Validate")]
    public ValidationReport Validate() => RecordValidator.Default.Validate(record);

    /// <summary>Reading only.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Baseline = true, Description = "NegotiationJson.Deserialize")]
    public NegotiationRecord Deserialize() => Operations.Deserialize(json);

    /// <summary>Reading and validating, as a service loading a record on every request does.</summary>
    /// <returns>The record.</returns>
    [Benchmark(Description = "Deserialize + Validate")]
    public NegotiationRecord Load() => Operations.Load(json);
}
