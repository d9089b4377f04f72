using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Robustness;

/// <summary>
/// Runs every document of the hostile corpus through the library API: each gives the documented exception
/// (NegotiationJsonException with a path) or, for the well-formed files that break a rule, loads and gives the
/// diagnostic its name announces and no other — within the time and memory bounds of docs/robustness.md.
/// </summary>
public sealed class HostileCorpusTest
{
    /// <summary>Bound on a small corpus file: wall time (ms, the test's timeout) and bytes allocated.</summary>
    private const int SmallFileTimeoutMs = 10_000;

    private const long SmallFileAllocationBound = 16L * 1024 * 1024;

    /// <summary>Bound on a generated document: wall time (ms), and a fixed allowance on top of its per-byte allocation bound.</summary>
    private const int HugeDocumentTimeoutMs = 60_000;

    private const long HugeDocumentAllocationAllowance = 16L * 1024 * 1024;

    public static TheoryData<string> Files => [.. HostileCorpus.Files];

    public static TheoryData<string> GeneratedNames => [.. HostileCorpus.Generated.Keys];

    [Fact]
    public void The_corpus_covers_every_class_of_problem()
    {
        var classes = HostileCorpus.Files.Select(f => f.Split('/')[0]).Distinct();

        classes.Should().BeEquivalentTo(["malformed", "types", "discriminators", "missing", "rules"]);
        HostileCorpus.Files.Where(f => f.StartsWith("rules/", StringComparison.Ordinal))
            .Should().OnlyContain(f => HostileCorpus.ExpectedCode(f) != null, "a rule file names its expected code");
    }

    [Theory(Timeout = SmallFileTimeoutMs)]
    [MemberData(nameof(Files))]
    public async Task Every_corpus_file_gives_the_documented_exception_or_diagnostic_within_bounds(string file)
    {
        await Task.Delay(0, TestContext.Current.CancellationToken);
        var bytes = HostileCorpus.Read(file);

        var (outcome, allocated) = Measure(() => Outcome(bytes));

        TestContext.Current.TestOutputHelper?.WriteLine($"{file}: {outcome}; {allocated} bytes allocated");
        var expected = HostileCorpus.ExpectedCode(file);
        outcome.Should().Be(expected ?? "refused", "only the documented exception or the named diagnostic may come out");
        allocated.Should().BeLessThan(SmallFileAllocationBound);
    }

    [Theory(Timeout = SmallFileTimeoutMs)]
    [MemberData(nameof(Files))]
    public async Task Every_corpus_file_gives_the_same_outcome_through_a_stream(string file)
    {
        using var stream = new MemoryStream(HostileCorpus.Read(file));
        string outcome;
        try
        {
            var record = await NegotiationJson.DeserializeAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
            outcome = Codes(RecordValidator.Default.Validate(record));
        }
        catch (NegotiationJsonException e)
        {
            e.Path.Should().NotBeNull();
            outcome = "refused";
        }

        outcome.Should().Be(HostileCorpus.ExpectedCode(file) ?? "refused");
    }

    [Theory(Timeout = HugeDocumentTimeoutMs)]
    [MemberData(nameof(GeneratedNames))]
    public async Task Every_generated_huge_document_is_handled_within_bounds(string name)
    {
        await Task.Delay(0, TestContext.Current.CancellationToken);
        var (build, loads, factor) = HostileCorpus.Generated[name];
        var bytes = build();

        var (outcome, allocated) = Measure(() => Outcome(bytes));

        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {bytes.Length} bytes in, {outcome}; {allocated} bytes allocated ({(double)allocated / bytes.Length:F2} per input byte)");
        if (loads)
        {
            outcome.Should().NotBe("refused").And.NotMatchRegex("NM(?!0002)[0-8]", "a huge but well-formed record loads and validates (NM0002 only counts the warnings past the limits)");
        }
        else
        {
            outcome.Should().Be("refused");
        }

        allocated.Should().BeLessThan((factor * (long)bytes.Length) + HugeDocumentAllocationAllowance);
    }

    /// <summary>
    /// Reads the bytes and, when they load, validates, builds the timeline and writes the record back; returns
    /// "refused" for the documented exception (checking its path), or the distinct codes of the warnings and
    /// errors, sorted and joined with '+' ("" for none). Any other exception escapes and fails the test.
    /// </summary>
    private static string Outcome(byte[] bytes)
    {
        NegotiationRecord record;
        try
        {
            record = NegotiationJson.Deserialize(bytes);
        }
        catch (NegotiationJsonException e)
        {
            e.Path.Should().NotBeNull();
            e.Problem.Should().NotBeNullOrWhiteSpace();
            return "refused";
        }

        var report = RecordValidator.Default.Validate(record);
        Timeline.Build(record).Query();
        NegotiationJson.Deserialize(NegotiationJson.SerializeToUtf8Bytes(record)).Should().Be(record, "nothing is lost on the way back out");
        return Codes(report);
    }

    private static string Codes(ValidationReport report) =>
        string.Join('+', report.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));

    /// <summary>Runs on this thread and returns what it allocated here (the work is synchronous).</summary>
    private static (T Result, long Allocated) Measure<T>(Func<T> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = work();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
