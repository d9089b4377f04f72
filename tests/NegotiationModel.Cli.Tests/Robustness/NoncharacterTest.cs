namespace NegotiationModel.Cli.Tests.Robustness;

/// <summary>
/// Noncharacters (U+FFFE, U+FFFF, U+FDD0, U+10FFFF) are valid in the format (docs/json-format.md): every command
/// handles a record holding them in every name, title and text, without a stack trace.
/// </summary>
public sealed class NoncharacterTest
{
    public static TheoryData<string> Noncharacters => ["\uFFFE", "\uFFFF", "\uFDD0", "\U0010FFFF"];

    public static TheoryData<string, string[]> Commands => new()
    {
        { "validate", ["validate", "{0}"] },
        { "timeline text", ["timeline", "{0}"] },
        { "timeline json", ["timeline", "{0}", "--format", "json"] },
        { "timeline mermaid", ["timeline", "{0}", "--format", "mermaid", "--zone", "Asia/Tokyo"] },
        { "render html", ["render", "{0}", "--format", "html"] },
        { "render svg", ["render", "{0}", "--format", "svg", "--lanes", "kind"] },
        { "render mermaid", ["render", "{0}", "--format", "mermaid"] },
        { "positions", ["positions", "{0}", "--actor", "russia"] },
        { "diff", ["diff", "{0}", "{0}"] },
        { "stats", ["stats", "{0}"] },
        { "format", ["format", "{0}"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_handles_noncharacters_in_every_text(string command, string[] arguments)
    {
        foreach (var noncharacter in new[] { "\uFFFE", "\uFFFF", "\uFDD0", "\U0010FFFF" })
        {
            var file = CliRun.TempFile(WithNoncharacters(noncharacter));
            try
            {
                var run = await CliRun.InvokeAsync([.. arguments.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, file, CliRun.Sample))]);

                run.Out.Should().NotContain("   at ").And.NotContain("Exception");
                run.Error.Should().NotContain("   at ").And.NotContain("Exception");
                run.ExitCode.Should().Be(0, $"'{command}' should accept a record holding U+{char.ConvertToUtf32(noncharacter, 0):X4}; it printed: {run.Error}");
            }
            finally
            {
                File.Delete(file);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Noncharacters))]
    public async Task Format_keeps_noncharacters_written_as_json_escapes(string noncharacter)
    {
        var file = CliRun.TempFile(WithNoncharacters(noncharacter));
        try
        {
            var run = await CliRun.InvokeAsync("format", file);

            run.ExitCode.Should().Be(0);
            // The writer's encoder escapes noncharacters: the canonical form stays ASCII-safe there and loses nothing.
            var escaped = string.Concat(noncharacter.Select(c => $"\\u{(int)c:X4}"));
            run.Out.Should().Contain($"\"title\": \"{escaped}Trump");
        }
        finally
        {
            File.Delete(file);
        }
    }

    // The sample with the noncharacter at the start of every text, title and name.
    private static string WithNoncharacters(string noncharacter) => File.ReadAllText(CliRun.Sample)
        .Replace("\"text\": \"", "\"text\": \"" + noncharacter, StringComparison.Ordinal)
        .Replace("\"title\": \"", "\"title\": \"" + noncharacter, StringComparison.Ordinal);
}
