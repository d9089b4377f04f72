using System.Text;
using System.Text.Json.Nodes;
using NegotiationModel.Serialization;
using NegotiationModel.Validation;
using NegotiationModel.TestData;

namespace NegotiationModel.Cli.Tests.Commands;

/// <summary>
/// Where <c>validate</c> says a problem is: the line and column (UTF-16 code units, one-based) where the value
/// its path names starts, in records and JSON Lines alike, found in one pass over the document.
/// </summary>
public sealed class ValidatePositionsTest
{
    [Fact]
    public async Task An_unknown_member_whose_name_needs_brackets_is_located_at_its_value()
    {
        // Bracketed paths and the position table's paths are one syntax: otherwise the root member would be put
        // at 1:1 and the nested one at its parent object.
        var text = """
            {
              "schemaVersion": "1.0",
              "title": "t",
              "nick-name": 1,
              "actors": [
                { "id": "a", "kind": "person", "names": [ { "text": "A", "language": "en" } ], "x-num": 2 }
              ]
            }
            """;
        var file = CliRun.TempFile(text);

        var run = await CliRun.InvokeAsync("validate", file);

        run.Out.Should().Contain($"{file}:{At(text, "\"nick-name\": ")}: warning NM9001: ").And.Contain("(at $['nick-name'])");
        run.Out.Should().Contain($"{file}:{At(text, "\"x-num\": ")}: warning NM9001: ").And.Contain("(at $['actors'][0]['x-num'])");
    }

    [Fact]
    public void Locating_every_diagnostic_of_a_minified_record_reads_the_document_once()
    {
        // A minified record is one line: counting each value's column from the start of its line would make
        // locating N diagnostics cost N times the document.
        foreach (var statements in new[] { 500, 2_000 })
        {
            var utf8 = Encoding.UTF8.GetBytes(MinifiedRecordWithUnknownSpeakers(statements));
            var diagnostics = RecordValidator.Default.WithLimits(DiagnosticLimits.None).Validate(NegotiationJson.Deserialize(utf8)).Diagnostics;

            var positions = new JsonPositions(utf8, diagnostics.Select(d => d.Path));

            diagnostics.Count.Should().BeGreaterThanOrEqualTo(2 * statements);
            positions.CountedBytes.Should().BeLessThanOrEqualTo(utf8.Length, $"locating {diagnostics.Count} diagnostics should read the {utf8.Length} bytes at most once");
        }
    }

    [Fact]
    public async Task Columns_count_utf16_code_units_in_records_and_in_json_lines_alike()
    {
        // Before: JSON Lines columns counted bytes, records UTF-16 code units.
        const string Line = """{"note":"ü€😀","id":"bad id","speakers":["a"],"text":[{"text":"x","language":"en"}]}""";
        var record = CliRun.TempFile("""{"schemaVersion":"1.0","title":"t","note":"ü€😀","actors":[{"id":"bad id","kind":"person","names":[{"text":"A","language":"en"}]}]}""");
        var stream = CliRun.TempFile("\n" + Line + "\n", ".jsonl");
        var expected = Line.IndexOf("\"bad id\"", StringComparison.Ordinal) + 1;
        var recordExpected = File.ReadAllText(record).IndexOf("\"bad id\"", StringComparison.Ordinal) + 1;

        var recordRun = await CliRun.InvokeAsync("validate", record);
        var streamRun = await CliRun.InvokeAsync("validate", stream);

        recordRun.Out.Should().StartWith($"{record}:1:{recordExpected}: error NM0001: 'bad id'");
        streamRun.Out.Should().StartWith($"{stream}:2:{expected}: error NM0001: 'bad id'");
    }

    [Fact]
    public async Task An_endless_json_lines_input_is_read_no_further_than_one_byte_past_a_lines_limit()
    {
        const long Limit = 4096;
        using var endless = new EndlessStream((byte)'x');

        var result = await JsonLinesFiles.CheckAsync("endless.jsonl", endless, "statement", Limit, CancellationToken.None);

        endless.BytesRead.Should().BeLessThanOrEqualTo(Limit + 2, "a line may hold the limit and a \\r; one byte more proves it too long");
        result.Problems.Should().ContainSingle().Which.Problem.Should().Contain("longer than the limit of 4096 bytes");
    }

    [Fact]
    public async Task Endless_bad_lines_are_counted_past_the_listed_ones_so_memory_stays_bounded()
    {
        var lines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"id\":1}\n", JsonLinesFiles.MaxListed + 500)));
        using var input = new MemoryStream(lines);

        var result = await JsonLinesFiles.CheckAsync("bad.jsonl", input, "statement", 1024, CancellationToken.None);

        result.Problems.Should().HaveCount(JsonLinesFiles.MaxListed);
        result.Unlisted.Should().Be(500);
    }

    [Fact]
    public async Task Validate_help_shows_that_it_takes_several_files()
    {
        var run = await CliRun.InvokeAsync("validate", "--help");

        run.Out.Should().Contain("<FILE...>", "the arguments section names the files").And.NotContain("<FILE> ");
    }

    /// <summary>Returns <c>LINE:COLUMN</c> (one-based, UTF-16) of the text just after <paramref name="before"/>.</summary>
    private static string At(string text, string before)
    {
        var offset = text.IndexOf(before, StringComparison.Ordinal) + before.Length;
        var lineStart = text.LastIndexOf('\n', offset - 1) + 1;
        var line = text[..offset].Count(c => c == '\n') + 1;
        return $"{line}:{offset - lineStart + 1}";
    }

    private static string MinifiedRecordWithUnknownSpeakers(int statements)
    {
        var record = JsonNode.Parse(File.ReadAllText(CliRun.Sample))!.AsObject();
        var template = record["statements"]![0]!;
        var list = new JsonArray();
        for (var i = 0; i < statements; i++)
        {
            var statement = template.DeepClone().AsObject();
            statement["id"] = $"generated-{i}";
            statement["speakers"] = new JsonArray($"nobody-{i}");
            statement["x-note"] = i;
            list.Add(statement);
        }

        record["statements"] = list;
        return record.ToJsonString();
    }
}
