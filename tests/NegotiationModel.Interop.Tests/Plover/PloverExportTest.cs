using System.Text;
using NegotiationModel.Interop.Plover;
using NegotiationModel.Serialization;

namespace NegotiationModel.Interop.Tests.Plover;

public sealed class PloverExportTest
{
    private static string Export(NegotiationRecord record)
    {
        using var output = new MemoryStream();
        PloverExporter.Export(record, output, "en");
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void The_gold_standard_exported_as_json_lines_imports_back_to_the_same_statements()
    {
        var first = PloverImporter.Import([Fixtures.Input("plover", "PLOVER_GSR_CAMEO.json")], "x").Record;

        var lines = Export(first);
        var second = PloverImporter.Import([new InteropInput("exported.jsonl", lines)], "x").Record;

        lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(first.Statements.Count(statement => statement.Act is not null));
        var kept = first.Statements.Where(statement => statement.Act is not null).ToList();
        second.Statements.Select(statement => (statement.Act, statement.Modality, statement.When, Speakers: string.Join(' ', statement.Speakers), Audience: string.Join(' ', statement.Audience), Topics: string.Join(' ', statement.Topics), Text: statement.Text[0].Text))
            .Should().Equal(kept.Select(statement => (statement.Act, statement.Modality, statement.When, Speakers: string.Join(' ', statement.Speakers), Audience: string.Join(' ', statement.Audience), Topics: string.Join(' ', statement.Topics), Text: statement.Text[0].Text)));
        second.Events.Select(negotiationEvent => negotiationEvent.Kind).Should().Equal(first.Events.Select(negotiationEvent => negotiationEvent.Kind));
        Export(second).Should().Be(lines);
    }

    [Fact]
    public void A_statement_without_a_day_or_an_act_is_counted_not_written()
    {
        var record = NegotiationJson.Deserialize("""
            {"schemaVersion": "1.1", "title": "x", "actors": [{"id": "a", "kind": "state", "names": [{"text": "A", "language": "en"}]}],
             "statements": [{"id": "s1", "speakers": ["a"], "text": [{"text": "t", "language": "en"}], "act": "agree", "when": "2025-Q4"},
                            {"id": "s2", "speakers": ["a"], "text": [{"text": "t", "language": "en"}], "when": "2025-12-01"}]}
            """);

        using var output = new MemoryStream();
        var report = PloverExporter.Export(record, output, "en");

        output.Length.Should().Be(0);
        report.Unmapped.Should().Contain("statements (without a date PLOVER can hold)", 1).And.Contain("statements (without a PLOVER event type)", 1);
    }
}
