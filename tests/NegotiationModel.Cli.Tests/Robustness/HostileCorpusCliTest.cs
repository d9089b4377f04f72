using System.Text.RegularExpressions;

namespace NegotiationModel.Cli.Tests.Robustness;

/// <summary>
/// Runs <c>negotiation validate</c> in-process over every file of the hostile corpus
/// (tests/NegotiationModel.Tests/Robustness/Corpus): exit code 1, or 0 for a file with only warnings and infos;
/// no stack trace; every line in the documented format; within the bounds of docs/robustness.md.
/// </summary>
public sealed partial class HostileCorpusCliTest
{
    private static readonly string CorpusDirectory = FindCorpus();

    public static TheoryData<string> Files => [.. Directory
        .EnumerateFiles(CorpusDirectory, "*.json", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(CorpusDirectory, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)];

    [Theory(Timeout = 10_000)]
    [MemberData(nameof(Files))]
    public async Task Validate_reports_every_corpus_file_in_the_documented_format(string file)
    {
        await Task.Delay(0, TestContext.Current.CancellationToken);
        var path = Path.Combine(CorpusDirectory, file);

        var run = await CliRun.InvokeAsync("validate", path);

        TestContext.Current.TestOutputHelper?.WriteLine(run.Out);
        var code = RuleFile().Match(file) is { Success: true } m ? m.Groups[1].Value : "NM0001";
        var onlyWarnings = code.StartsWith("NM9", StringComparison.Ordinal) || code == "NM3003";
        run.ExitCode.Should().Be(onlyWarnings ? 0 : 1);
        run.Error.Should().BeEmpty();
        run.Out.Should().NotContain("   at ").And.NotContain("Exception");
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty();
        foreach (var line in lines)
        {
            line.Should().Match(l => Diagnostic().IsMatch(l) || Summary().IsMatch(l), $"'{line}' is a diagnostic or the summary line, each starting with the file name");
            line.Should().StartWith(path);
        }

        lines.Should().Contain(l => l.Contains($" {code}: ", StringComparison.Ordinal), $"the file breaks {code}");
    }

    [Theory(Timeout = 60_000)]
    [InlineData("deep", 1)]
    [InlineData("long", 0)]
    public async Task Validate_handles_the_huge_generated_documents_without_a_stack_trace(string kind, int exitCode)
    {
        // Built here, never committed: 100 000-deep nesting, and a 50 MB title.
        var head = "{\"schemaVersion\":\"1.0\",\"title\":";
        var content = kind == "deep"
            ? head + "\"t\",\"deep\":" + new string('[', 100_000) + new string(']', 100_000) + "}"
            : head + "\"" + new string('a', 50 * 1024 * 1024) + "\"}";
        var file = CliRun.TempFile(content);
        try
        {
            await Task.Delay(0, TestContext.Current.CancellationToken);
            var run = await CliRun.InvokeAsync("validate", file);

            run.ExitCode.Should().Be(exitCode);
            run.Error.Should().BeEmpty();
            run.Out.Should().NotContain("   at ").And.NotContain("Exception");
            run.Out.Length.Should().BeLessThan(64 * 1024, "the summary shortens a huge title rather than echo megabytes of it");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_title_with_a_newline_keeps_the_summary_on_one_line()
    {
        // The summary quotes the title escaped: raw, "a\nb" would split it into two lines (docs/robustness.md).
        var file = CliRun.TempFile("{\"schemaVersion\":\"1.0\",\"title\":\"Miami\\ntalks\\u2028\\u0007\"}");

        var run = await CliRun.InvokeAsync("validate", file);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be($"{file}: valid (0 errors, 0 warnings, 0 infos): \"Miami\\u000atalks\\u2028\\u0007\", schema 1.0, 0 actors, 0 sources, 0 events, 0 statements, 0 proposals\n");
    }

    [Fact]
    public async Task An_unknown_member_named_with_a_newline_keeps_its_diagnostic_on_one_line()
    {
        // The NM9001 line quotes the member's path escaped: raw, a name holding a newline would split it.
        var file = CliRun.TempFile("{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"a\\nb\":1}");

        var run = await CliRun.InvokeAsync("validate", file);

        run.ExitCode.Should().Be(0);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2)
            .And.ContainMatch("* warning NM9001: *a\\u000ab*");
    }

    [Fact]
    public async Task An_unknown_member_with_a_huge_name_gives_a_short_line_and_a_whole_path_in_json()
    {
        // A member named with megabytes is shortened in the message, which a person reads, and kept whole in the
        // path, which a program follows.
        var memberName = new string('m', 1_000_000);
        var file = CliRun.TempFile("{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"" + memberName + "\":1}");
        try
        {
            var text = await CliRun.InvokeAsync("validate", file);
            var json = await CliRun.InvokeAsync("validate", file, "--format", "json");

            text.ExitCode.Should().Be(0);
            text.Out.Length.Should().BeLessThan(2_000);
            text.Out.Should().Contain("warning NM9001").And.Contain("(1000000 characters)");
            json.Out.Should().Contain("\"$['" + memberName + "']\"", "the JSON report keeps the path whole, for tools that select with it");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "tests", "NegotiationModel.Tests", "Robustness", "Corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new InvalidOperationException("The hostile corpus is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^rules/(NM\d{4})-")]
    private static partial Regex RuleFile();

    // FILE:LINE:COL: severity CODE: message (at $['path']), the position optional.
    [GeneratedRegex(@"^.+?\.json(:\d+:\d+)?: (error|warning|info) NM\d{4}: .+ \(at \$.*\)$")]
    private static partial Regex Diagnostic();

    // FILE: valid (...)..., FILE: invalid (...)... or FILE: not a readable record: 1 error
    [GeneratedRegex(@"^.+?\.json: (valid|invalid|not a readable record)\b.*$")]
    private static partial Regex Summary();
}
