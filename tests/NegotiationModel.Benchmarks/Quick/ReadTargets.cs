using System.Globalization;
using NegotiationModel.Benchmarks.Baselines;

namespace NegotiationModel.Benchmarks.Quick;

/// <summary>
/// The quick mode's reading targets at 10,000 statements: the library and every baseline timed in a child process
/// of its own (<c>--child-read N</c>), in turn in the same rounds, on a heap that holds nothing but their input.
/// </summary>
/// <remarks>
/// Timed in the quick mode's own process, after generating the record and writing its JSON (both still on the heap)
/// and with the same contender before each one in every round, the library's median moved from 46.5 to 81 ms between
/// quiet runs of builds <c>--loop deserialize</c> found equal, and the raw DTO's with it.
/// </remarks>
internal static class ReadTargets
{
    /// <summary>The contenders, each under the key its child reports it by and the name the log gives it.</summary>
    public static readonly (string Key, string Name, Func<byte[], object> Read)[] Contenders =
    [
        ("tokens", "Utf8JsonReader tokens only", json => Baseline.Tokenize(json)),
        ("dto", "raw DTO (System.Text.Json source-generated)", json => Baseline.DeserializeDto(json)),
        ("immutable-dto", "init-only DTO (System.Text.Json source-generated)", json => Baseline.DeserializeImmutableDto(json)),
        ("newtonsoft", "Newtonsoft.Json DTO", Baseline.DeserializeDtoNewtonsoft),
        ("deserialize", "NegotiationJson.Deserialize", json => Operations.Deserialize(json)),
        ("load", "Deserialize + RecordValidator.Validate", json => Operations.Load(json)),
        ("load-from-bytes", "RecordValidator.Validate(bytes, options, out record), held back", json => Operations.LoadFromBytes(json)),
        ("input-checks", "the separate input checks (JsonInputValidator, which a valid read no longer runs)", json => Operations.CheckInput(json)),
    ];

    /// <summary>Runs the child and judges the targets on what it reports.</summary>
    /// <param name="log">Where progress and context go.</param>
    /// <param name="statements">The number of statements.</param>
    /// <param name="load">The name of the load operation in the targets.</param>
    /// <returns>The targets.</returns>
    public static IEnumerable<TargetResult> Run(TextWriter log, int statements, string load)
    {
        var name = Invariant($"{load} at {statements:N0} statements / raw DTO");
        var against = Invariant($"{load} at {statements:N0} statements vs Newtonsoft.Json into DTOs");
        var (finished, values) = ChildProcess.Run(TimeSpan.FromSeconds(600), "--child-read", statements.ToString(CultureInfo.InvariantCulture));
        if (!finished || ChildProcess.Value(values, "load-ms") is not { } library || ChildProcess.Value(values, "dto-ms") is not { } dto || ChildProcess.Value(values, "newtonsoft-ms") is not { } newtonsoft)
        {
            yield return TargetResult.Of(name, "did not finish", "<= 1.50x", pass: false);
            yield return TargetResult.Of(against, "did not finish", ">= 2.00x faster", pass: false);
            yield break;
        }

        log.WriteLine(Invariant($"reading {statements:N0} statements ({ChildProcess.Value(values, "bytes") / 1e6:F1} MB), alone in a child process, medians of {ChildProcess.Value(values, "rounds")} rounds:"));
        foreach (var (key, what, _) in Contenders)
        {
            double Value(string suffix) => ChildProcess.Value(values, key + suffix) ?? double.NaN;
            log.WriteLine(Invariant($"  {what}: {Value("-ms"):F1} ms when the call returned, {Value("-settled-ms"):F1} ms settled, {Value("-cpu-ms"):F0} ms of processor time, {Value("-gen0"):F0}/{Value("-gen1"):F0}/{Value("-gen2"):F0} gen 0/1/2 collections"));
        }

        var overDto = library / dto;
        yield return TargetResult.Of(name, Invariant($"{overDto:F2}x"), "<= 1.50x", overDto <= 1.5);
        var overNewtonsoft = newtonsoft / library;
        yield return TargetResult.Of(against, Invariant($"{overNewtonsoft:F2}x faster"), ">= 2.00x faster", overNewtonsoft >= 2.0);
    }

    /// <summary>
    /// The child: reads a synthetic record's JSON with every contender, after warming each up on a small one, and
    /// reports each one's medians. Only the JSON stays on the heap (the generated record is dropped), so every
    /// contender starts from the same heap, and the order changes between rounds (see <see cref="Measure.Rounds"/>).
    /// </summary>
    /// <param name="statements">The number of statements, as text.</param>
    /// <returns>The exit code.</returns>
    public static int Child(string statements)
    {
        var small = Corpus.Document.Build(1_000).Json;
        var json = Corpus.Document.Build(int.Parse(statements, CultureInfo.InvariantCulture)).Json;
        Measure.WarmUp(35, [.. Contenders.Select(c => (Action)(() => c.Read(small)))]);
        const int rounds = 9;
        var times = Measure.Rounds(rounds, afterItself: true, [.. Contenders.Select(c => (Func<object>)(() => c.Read(json)))]);
        ChildProcess.Report("bytes", json.Length);
        ChildProcess.Report("rounds", rounds);
        foreach (var ((key, _, _), time) in Contenders.Zip(times))
        {
            ChildProcess.Report(key + "-ms", time.Returned.TotalMilliseconds);
            ChildProcess.Report(key + "-settled-ms", time.Settled.TotalMilliseconds);
            ChildProcess.Report(key + "-cpu-ms", time.Processor.TotalMilliseconds);
            ChildProcess.Report(key + "-gen0", time.Gen0);
            ChildProcess.Report(key + "-gen1", time.Gen1);
            ChildProcess.Report(key + "-gen2", time.Gen2);
        }

        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
