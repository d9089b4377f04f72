using BenchmarkDotNet.Attributes;
using NegotiationModel.Benchmarks.Baselines;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;

namespace NegotiationModel.Benchmarks.Benchmarks;

/// <summary>
/// Streaming statements from JSON Lines, one entity a line, against source-generated System.Text.Json reading
/// the same stream of top-level values into DTOs (the quick mode measures the memory of a 1 GB file apart).
/// </summary>
[MemoryDiagnoser]
public class JsonLinesBenchmarks
{
    private byte[] lines = [];

    /// <summary>Gets or sets the number of statements in the stream.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Statements { get; set; }

    /// <summary>Writes the statements of a synthetic record as JSON Lines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var buffer = new MemoryStream();
        NegotiationJsonLines.Write(buffer, Corpus.Get(Statements).Record.Statements);
        lines = buffer.ToArray();
        if (Library() != Statements || RawDto().GetAwaiter().GetResult() != Statements)
        {
            throw new InvalidOperationException("The readers do not read every statement of the stream.");
        }
    }

    /// <summary>The library: every statement, one line at a time.</summary>
    /// <returns>The number of statements.</returns>
    [Benchmark(Description = "NegotiationJsonLines.Read<Statement>")]
    public int Library()
    {
        using var stream = new MemoryStream(lines, writable: false);
        return NegotiationJsonLines.Read<Statement>(stream).Count();
    }

    /// <summary>The library, asynchronously.</summary>
    /// <returns>The number of statements.</returns>
    [Benchmark(Description = "NegotiationJsonLines.ReadAsync<Statement>")]
    public async Task<int> LibraryAsync()
    {
        using var stream = new MemoryStream(lines, writable: false);
        var count = 0;
        await foreach (var statement in NegotiationJsonLines.ReadAsync<Statement>(stream))
        {
            count++;
        }

        return count;
    }

    /// <summary>The limit: System.Text.Json's stream of top-level values into DTOs.</summary>
    /// <returns>The number of statements.</returns>
    [Benchmark(Baseline = true, Description = "DTOs, System.Text.Json DeserializeAsyncEnumerable (top-level values)")]
    public async Task<int> RawDto()
    {
        using var stream = new MemoryStream(lines, writable: false);
        return await Baseline.StreamStatementDtos(stream);
    }
}
