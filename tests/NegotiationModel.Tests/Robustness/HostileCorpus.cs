using NegotiationModel.TestData;
using System.Text;
using System.Text.RegularExpressions;

namespace NegotiationModel.Tests.Robustness;

/// <summary>
/// The committed hostile corpus (tests/NegotiationModel.Tests/Robustness/Corpus, one small file per class of
/// problem, named by what it breaks) and the huge documents generated at test time instead of committed.
/// </summary>
internal static partial class HostileCorpus
{
    /// <summary>The corpus directory, relative to the repository root.</summary>
    public const string Directory = "tests/NegotiationModel.Tests/Robustness/Corpus";

    private const int Megabyte = 1024 * 1024;

    private const string Head = """{"schemaVersion":"1.0","title":"Miami talks",""";

    /// <summary>Gets the corpus files, as paths relative to the corpus directory with '/' separators.</summary>
    public static IReadOnlyList<string> Files { get; } = [.. System.IO.Directory
        .EnumerateFiles(RepositoryFiles.PathOf(Directory), "*.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(RepositoryFiles.PathOf(Directory), f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Gets the huge documents, built in code: 100 000-deep nesting, 50 MB strings, a number of ten million
    /// digits. The value says whether the document is a record that loads (true) or must be refused (false), and
    /// the bound on the bytes allocated per byte of input (docs/robustness.md): 12, or 160 for a document made
    /// of many tiny members, each of which costs about 2 KB over reading, validating (a diagnostic each),
    /// writing and reading back.
    /// </summary>
    public static IReadOnlyDictionary<string, (Func<byte[]> Build, bool Loads, int AllocationFactor)> Generated { get; } = new Dictionary<string, (Func<byte[]>, bool, int)>
    {
        ["100 000-deep arrays in an unknown member"] = (() => Utf8(Head + "\"deep\":" + new string('[', 100_000) + new string(']', 100_000) + "}"), false, 12),
        ["100 000-deep objects at the root"] = (() => Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000)), false, 12),
        ["100 000-deep arrays in the actor list"] = (() => Utf8(Head + "\"actors\":" + new string('[', 100_000) + new string(']', 100_000) + "}"), false, 12),
        ["100 000 unclosed brackets"] = (() => Utf8(Head + "\"deep\":" + new string('[', 100_000)), false, 12),
        ["a 50 MB title"] = (() => Utf8(Head.Replace("Miami talks", new string('a', 50 * Megabyte), StringComparison.Ordinal)[..^1] + "}"), true, 12),
        ["a 50 MB title of escapes"] = (() => Utf8(Head.Replace("Miami talks", string.Concat(Enumerable.Repeat("\\u00e9", 50 * Megabyte / 6)), StringComparison.Ordinal)[..^1] + "}"), true, 12),
        ["a 50 MB string in an unknown member"] = (() => Utf8(Head + "\"blob\":\"" + new string('b', 50 * Megabyte) + "\"}"), true, 12),
        ["an unterminated 50 MB string"] = (() => Utf8(Head + "\"blob\":\"" + new string('b', 50 * Megabyte)), false, 12),
        ["a 50 MB identifier"] = (() => Utf8(Head + "\"actors\":[{\"id\":\"" + new string('a', 50 * Megabyte) + "\",\"kind\":\"person\",\"names\":[{\"text\":\"x\",\"language\":\"en\"}]}]}"), false, 12),
        ["a number of ten million digits in an unknown member"] = (() => Utf8(Head + "\"n\":" + new string('9', 10 * Megabyte) + "}"), true, 12),
        ["an exponent of ten million digits in an unknown member"] = (() => Utf8(Head + "\"n\":1e" + new string('9', 10 * Megabyte) + "}"), true, 12),
        ["100 000 unknown members"] = (() => Utf8(Head + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"\"x{i}\":{i},")) + "\"last\":0}"), true, 160),
        ["a million empty actors"] = (() => Utf8(Head + "\"actors\":[" + string.Join(',', Enumerable.Repeat("{}", 1_000_000)) + "]}"), false, 12),
    };

    /// <summary>Reads a corpus file.</summary>
    public static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(RepositoryFiles.PathOf(Directory), file));

    /// <summary>
    /// Gets the diagnostic code a "well-formed but breaks a rule" file must produce (the file name starts with
    /// it: rules/NM1002-statement-by-unknown-actor.json), or null for a file that must not load.
    /// </summary>
    public static string? ExpectedCode(string file)
    {
        var match = RuleFile().Match(file);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [GeneratedRegex(@"^rules/(NM\d{4})-")]
    private static partial Regex RuleFile();
}
