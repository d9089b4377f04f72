using System.Collections.Concurrent;
using System.Diagnostics;
using NegotiationModel.Serialization;
using NegotiationModel.TestData;

namespace NegotiationModel.Benchmarks;

/// <summary>
/// The documents benchmarks read: synthetic records of a given number of statements, written by the library
/// in its canonical (indented) form, built once per process and size.
/// </summary>
internal static class Corpus
{
    /// <summary>The seed every benchmark uses, so every run reads the same documents.</summary>
    public const int Seed = 20251228;

    private static readonly ConcurrentDictionary<int, Lazy<Document>> Documents = new();

    /// <summary>Gets the record and its JSON for <paramref name="statements"/> statements.</summary>
    /// <param name="statements">The number of statements.</param>
    /// <returns>The document.</returns>
    public static Document Get(int statements) =>
        Documents.GetOrAdd(statements, n => new Lazy<Document>(() => Document.Build(n))).Value;

    /// <summary>
    /// Gets the UTF-8 JSON of a large record from a file in the temp folder, writing the file first if this
    /// build of the library and generator has not written it yet. A 1 M-statement record takes half a minute to
    /// generate and write, longer than the quick mode may take; the file is reused by later runs.
    /// </summary>
    /// <param name="statements">The number of statements.</param>
    /// <param name="log">Where to say what is being done.</param>
    /// <returns>The path of the file.</returns>
    public static string CachedJson(int statements, TextWriter log)
    {
        var folder = Folder();
        var path = CachedJsonPath(statements);
        if (!File.Exists(path))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, FormattableString.Invariant($"synthetic-{statements}-*.json")))
            {
                File.Delete(stale);
            }

            var clock = Stopwatch.StartNew();
            var record = SyntheticRecord.Generate(statements, Seed);
            var generated = clock.Elapsed;
            clock.Restart();
            var temporary = path + ".tmp";
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                NegotiationJson.SerializeAsync(file, record).GetAwaiter().GetResult();
            }

            File.Move(temporary, path, overwrite: true);
            log.WriteLine(FormattableString.Invariant($"corpus: wrote {path} once for this build ({statements:N0} statements generated in {generated.TotalSeconds:F1} s, written in {clock.Elapsed.TotalSeconds:F1} s)"));
        }

        return path;
    }

    /// <summary>
    /// Gets the path of a JSON Lines file of statements of at least <paramref name="bytes"/> bytes in the temp
    /// folder, writing it first if this build has not: the statements of a 10,000-statement record, repeated.
    /// </summary>
    /// <param name="bytes">The least size.</param>
    /// <param name="log">Where to say what is being done.</param>
    /// <returns>The path.</returns>
    public static string CachedJsonLines(long bytes, TextWriter log)
    {
        var folder = Folder();
        var path = Path.Combine(folder, FormattableString.Invariant($"statements-{bytes}-{Seed}-{Version()}.jsonl"));
        if (!File.Exists(path))
        {
            foreach (var stale in Directory.EnumerateFiles(folder, FormattableString.Invariant($"statements-{bytes}-*.jsonl")))
            {
                File.Delete(stale);
            }

            var clock = Stopwatch.StartNew();
            using var block = new MemoryStream();
            NegotiationJsonLines.Write(block, Get(10_000).Record.Statements);
            var temporary = path + ".tmp";
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                while (file.Length < bytes)
                {
                    file.Write(block.GetBuffer(), 0, (int)block.Length);
                }
            }

            File.Move(temporary, path, overwrite: true);
            log.WriteLine(FormattableString.Invariant($"corpus: wrote {path} once for this build ({new FileInfo(path).Length / 1e9:F2} GB in {clock.Elapsed.TotalSeconds:F1} s)"));
        }

        return path;
    }

    /// <summary>Gets the folder in the temp folder where benchmarks keep their large files; never in the repository.</summary>
    /// <returns>The folder's path.</returns>
    public static string Folder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "negotiation-model-benchmarks")).FullName;

    /// <summary>Gets where <see cref="CachedJson"/> keeps a record's JSON.</summary>
    /// <param name="statements">The number of statements.</param>
    /// <returns>The path.</returns>
    public static string CachedJsonPath(int statements) =>
        Path.Combine(Folder(), FormattableString.Invariant($"synthetic-{statements}-{Seed}-{Version()}.json"));

    /// <summary>Forgets a document so that its memory can be reclaimed.</summary>
    /// <param name="statements">The number of statements.</param>
    public static void Forget(int statements) => Documents.TryRemove(statements, out _);

    // The build of the library and the generator, so that files written by another build are not reused.
    private static string Version() =>
        typeof(NegotiationRecord).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12] + "-" +
        typeof(SyntheticRecord).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>A synthetic record, its UTF-8 JSON and how long each took to make.</summary>
    /// <param name="Statements">The number of statements.</param>
    /// <param name="Record">The record as generated.</param>
    /// <param name="Json">The record as the library writes it.</param>
    /// <param name="GenerateTime">How long generating the record took.</param>
    /// <param name="SerializeTime">How long writing its JSON took.</param>
    internal sealed record Document(int Statements, NegotiationRecord Record, byte[] Json, TimeSpan GenerateTime, TimeSpan SerializeTime)
    {
        public static Document Build(int statements)
        {
            var clock = Stopwatch.StartNew();
            var record = SyntheticRecord.Generate(statements, Seed);
            var generated = clock.Elapsed;
            clock.Restart();
            var json = NegotiationJson.SerializeToUtf8Bytes(record);
            return new Document(statements, record, json, generated, clock.Elapsed);
        }
    }
}
