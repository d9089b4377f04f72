using System.Reflection;
using System.Text.RegularExpressions;
using NegotiationModel.Validation;

namespace NegotiationModel.Tests.Validation;

/// <summary>docs/diagnostics.md documents every code, and its examples are what validation really prints.</summary>
public sealed partial class DiagnosticsDocumentationTest
{
    private static readonly string Documentation = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));

    [Fact]
    public void Every_code_has_a_section_and_a_row_in_the_table()
    {
        foreach (var code in typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!))
        {
            Documentation.Should().Contain($"### {code}\n", $"{code} needs a section");
            Documentation.Should().Contain($"| [{code}](#{code.ToLowerInvariant()}) |", $"{code} needs a row in the table");
        }
    }

    [Fact]
    public void Every_example_line_is_what_validation_prints_for_the_planted_record()
    {
        var printed = RecordValidator.Default.Validate(PlantedProblemsTest.Record()).Diagnostics.Select(d => d.ToString()).ToList();
        var examples = Example().Matches(Documentation).Select(m => m.Groups["line"].Value).ToList();

        examples.Should().HaveCountGreaterThan(25);
        foreach (var example in examples)
        {
            var parts = example.Split("...", StringSplitOptions.None);
            var (head, tail) = (parts[0], parts[parts.Length - 1]);
            printed.Should().Contain(line => line.StartsWith(head, StringComparison.Ordinal) && line.EndsWith(tail, StringComparison.Ordinal), $"the documented example `{example}` should be printed");
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "docs", "diagnostics.md")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above the test assembly.");
    }

    [GeneratedRegex(@"^`(?<line>(?:error|warning|info) NM\d{4}: .*\(at \$[^`]*\))`$", RegexOptions.Multiline)]
    private static partial Regex Example();
}
