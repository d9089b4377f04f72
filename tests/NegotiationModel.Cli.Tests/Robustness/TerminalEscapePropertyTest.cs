using System.Globalization;
using System.Text.Json;
using CsCheck;
using NegotiationModel.Comparison;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Timelines;
using NegotiationModel.Validation;

namespace NegotiationModel.Cli.Tests.Robustness;

/// <summary>
/// A record can hold any text: escape sequences, newlines, bidirectional overrides. Whatever it holds, every
/// command's text output reaches the terminal as plain lines, one per item (docs/cli.md, "Text from records").
/// </summary>
public sealed class TerminalEscapePropertyTest
{
    private const int Iterations = 40;

    // What a terminal or an editor acts on, stated independently of the tool's own list.
    private static readonly Gen<string> Fragment = Gen.OneOf(
        "plain", "日本語", " ", "\u001b[2J\u001b[H", "\u001b]0;owned\u0007", "\u001b]8;;https://example.com\u001b\\link\u001b]8;;\u001b\\",
        "\u009b31m", "\u0085", "\r", "\n", "\r\n", "\t", "\u0000", "\u0008", "\u007f", "\u000b", "\u000c",
        "\u2028", "\u2029", "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
        "\n2025-12-28 12:00 UTC  [event] forged line", "\"quoted\"", "back\\slash");

    private static readonly Gen<string> Hostile = Fragment.Array[1, 6].Select(parts => "x" + string.Concat(parts));

    private static readonly Gen<string[]> Texts = Hostile.Array[10];

    [Fact]
    public void Every_text_output_keeps_each_item_on_one_plain_line()
    {
        Texts.Sample(texts => CheckAllCommands(texts).GetAwaiter().GetResult(), iter: Iterations, threads: 1);
    }

    [Fact]
    public async Task An_event_title_that_clears_the_screen_and_forges_a_line_is_shown_escaped()
    {
        // Printed raw, this title would clear the screen and add a line: the timeline escapes it.
        var texts = Enumerable.Repeat("x", 10).ToArray();
        texts[4] = "Talks\u001b[2J\n2025-12-28 12:00 UTC  [event] forged";

        var run = await CliRun.InvokeAsync("timeline", CliRun.TempFile(Record(texts, after: false)), "--kind", "event");

        run.ExitCode.Should().Be(0);
        run.Out.Should().EndWith("[event] Talks\\u001b[2J\\u000a2025-12-28 12:00 UTC  [event] forged\n");
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }

    private static async Task CheckAllCommands(string[] texts)
    {
        var beforeFile = CliRun.TempFile(Record(texts, after: false));
        var afterFile = CliRun.TempFile(Record(texts, after: true));
        try
        {
            var before = NegotiationJson.Deserialize(File.ReadAllBytes(beforeFile));
            var after = NegotiationJson.Deserialize(File.ReadAllBytes(afterFile));

            var timeline = await CliRun.InvokeAsync("timeline", afterFile);
            ShouldBePlainLines(timeline, Timeline.Build(after).Entries.Count);

            var stats = await CliRun.InvokeAsync("stats", afterFile);
            ShouldBePlainLines(stats, 2 + after.Entities().Select(e => e.Reference.Kind).Distinct().Count());

            var positions = await CliRun.InvokeAsync("positions", afterFile, "--actor", "a");
            var histories = after.PositionHistories(new ActorId("a"));
            ShouldBePlainLines(positions, histories.Sum(h => 1 + h.Positions.Count + h.Shifts.Count));

            var diff = await CliRun.InvokeAsync("diff", beforeFile, afterFile);
            ShouldBePlainLines(diff, RecordDiff.Compare(before, after).Count);

            var validate = await CliRun.InvokeAsync("validate", afterFile);
            ShouldBePlainLines(validate, RecordValidator.Default.Validate(after).Diagnostics.Count + 1);
        }
        finally
        {
            File.Delete(beforeFile);
            File.Delete(afterFile);
        }
    }

    private static void ShouldBePlainLines(CliRun run, int expectedLines)
    {
        run.Error.Should().BeEmpty();
        run.Out.Should().EndWith("\n");
        var lines = run.Out[..^1].Split('\n');
        foreach (var line in lines)
        {
            line.Where(IsActedOn).Should().BeEmpty($"'{line}' is printed as plain text");
        }

        lines.Should().HaveCount(expectedLines, "each item is one line:\n" + run.Out);
    }

    private static bool IsActedOn(char c)
        => char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069'); // Bidi_Control

    /// <summary>A record with a hostile text in every member a command prints; <paramref name="after"/> changes some and adds unknown members named with them.</summary>
    private static string Record(string[] texts, bool after)
    {
        string T(int i) => JsonSerializer.Serialize(after && i % 3 == 0 ? texts[i] + "2" : texts[i]);
        var unknown = after ? $",{T(9)}:1" : string.Empty;
        return $$"""
            {"schemaVersion":"1.0","title":{{T(0)}}{{unknown}},
             "actors":[
               {"id":"a","kind":"person","names":[{"text":{{T(1)}},"language":"en"}]{{unknown}}},
               {"id":"b","kind":"person","names":[{"text":{{T(2)}},"language":"en"}]}],
             "events":[
               {"id":"e","kind":"meeting","title":[{"text":{{T(4)}},"language":"en"}],"when":"2025-12-28[Europe/Moscow]","participants":[{"actor":"a","role":"principal"},{"actor":"b","role":"principal"}]{{unknown}}}],
             "statements":[
               {"id":"s","speakers":["a"],"text":[{"text":{{T(5)}},"language":"en"}],"when":"2025-12-28T10:00[Europe/Moscow]","mode":"paraphrase","act":"announce","about":[{"kind":"event","id":"e"}]}],
             "proposals":[
               {"id":"p","title":[{"text":{{T(6)}},"language":"en"}],"kind":"peace-plan","proposers":["b"]}],
             "positions":[
               {"id":"p1","holder":"a","subject":{"kind":"proposal","id":"p"},"stance":"conditional","when":"2025-12-27[Europe/Moscow]","conditions":[{"text":{{T(7)}},"language":"en"}],"evidence":["s"]},
               {"id":"p2","holder":"a","subject":{"kind":"proposal","id":"p"},"stance":"opposes","when":"2025-12-29[Europe/Moscow]","conditions":[{"text":{{T(8)}},"language":"en"}]}]}
            """;
    }
}
