using System.Text;
using System.Text.Json.Nodes;
using NegotiationModel.Interop.Analytics;
using NegotiationModel.Serialization;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;
using Parquet;
using Parquet.Schema;

namespace NegotiationModel.Interop.Tests.Analytics;

/// <summary>
/// The three analytics formats hold the same table: the Parquet file read back with Parquet.Net's reader, and the CSV read
/// back with Sep, equal the resolved JSON Lines value by value (the independent reader's check is .ci/parquet-check).
/// </summary>
public sealed class AnalyticsFormatsTest
{
    public static TheoryData<string> Records => AnalyticsRecords.Names;

    [Theory]
    [MemberData(nameof(Records))]
    public async Task Parquet_read_back_equals_the_resolved_lines(string name)
    {
        var record = AnalyticsRecords.Load(name);
        var lines = ResolvedLines(record);

        var table = await ReadParquetAsync(Export(ResolvedParquetExporter.Export, record));

        table.Should().Equal(lines);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Csv_read_back_equals_the_resolved_lines(string name)
    {
        var record = AnalyticsRecords.Load(name);
        var lines = ResolvedLines(record);

        var table = ReadCsv(Export(ResolvedCsvExporter.Export, record));

        table.Should().Equal(lines);
    }

    [Fact]
    public async Task Parquet_timestamps_are_utc_microseconds_and_the_schema_follows_the_column_list()
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(Export(ResolvedParquetExporter.Export, AnalyticsRecords.Load(AnalyticsRecords.Samples[0]))), cancellationToken: TestContext.Current.CancellationToken);

        var fields = reader.Schema.GetDataFields();

        fields.Select(field => field.Name).Should().Equal(AnalyticsColumns.All.Select(column => column.Name));
        fields.OfType<DateTimeDataField>().Select(field => field.Name).Should().Equal("start", "end", "known_from");
        fields.OfType<DateTimeDataField>().Should().AllSatisfy(field => (field.DateTimeFormat, field.IsAdjustedToUTC, field.Unit).Should().Be((DateTimeFormat.Timestamp, true, DateTimeTimeUnit.Micros)));
    }

    [Fact]
    public async Task A_record_without_dated_items_gives_the_header_and_no_rows_in_every_format()
    {
        var record = NegotiationJson.Deserialize("""{"schemaVersion": "1.1", "title": "Nothing dated yet"}""");

        Encoding.UTF8.GetString(Export(ResolvedLinesExporter.Export, record)).Should().BeEmpty();
        Encoding.UTF8.GetString(Export(ResolvedCsvExporter.Export, record)).TrimEnd().Should().Be(string.Join(',', AnalyticsColumns.All.Select(column => column.Name)));
        (await ReadParquetAsync(Export(ResolvedParquetExporter.Export, record))).Should().BeEmpty();
    }

    [Fact]
    public void Csv_quotes_texts_with_commas_quotes_and_line_breaks()
    {
        var record = NegotiationJson.Deserialize("""
            {"schemaVersion": "1.1", "title": "t", "events": [{"id": "e", "kind": "meeting", "title": [{"text": "Talks, \"round\" 2\nGeneva", "language": "en"}], "when": "2025-12-28"}]}
            """);

        var table = ReadCsv(Export(ResolvedCsvExporter.Export, record));

        table.Should().ContainSingle().Which.Should().Contain("| label=\"Talks, \"round\" 2\nGeneva\" |");
    }

    private static byte[] Export(Func<NegotiationRecord, Stream, string, InteropReport> exporter, NegotiationRecord record)
    {
        using var output = new MemoryStream();
        exporter(record, output, "en");
        return output.ToArray();
    }

    // Each row as column name → text (null for null; a timestamp as ISO 8601 UTC; identifiers separated by spaces).
    private static List<string> ResolvedLines(NegotiationRecord record)
        => [.. Encoding.UTF8.GetString(Export(ResolvedLinesExporter.Export, record)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Select(row => Row(column => row[column.Name] switch
            {
                null => null,
                JsonArray ids => string.Join(' ', ids.Select(id => id!.GetValue<string>())),
                var value => value.GetValue<string>(),
            }))];

    // A row as one text, so that tables compare by value: each column's name and value, null written as such.
    private static string Row(Func<AnalyticsColumn, string?> valueOf)
        => string.Join(" | ", AnalyticsColumns.All.Select(column => $"{column.Name}={(valueOf(column) is { } value ? '"' + value + '"' : "null")}"));

    private static List<string> ReadCsv(byte[] csv)
    {
        using var reader = Sep.Reader(options => options with { Unescape = true }).From(new MemoryStream(csv));
        reader.Header.ColNames.Should().Equal(AnalyticsColumns.All.Select(column => column.Name));
        var rows = new List<string>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string?>();
            foreach (var column in AnalyticsColumns.All)
            {
                var text = row[column.Name].ToString();
                values[column.Name] = text.Length == 0 && column.IsNullable ? null : text;
            }

            rows.Add(Row(column => values[column.Name]));
        }

        return rows;
    }

    private static async Task<List<string>> ReadParquetAsync(byte[] parquet)
    {
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(parquet), cancellationToken: TestContext.Current.CancellationToken);
        var rows = new List<string>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            var columns = new Dictionary<string, string?[]>();
            foreach (var field in reader.Schema.GetDataFields())
            {
                if (field is DateTimeDataField)
                {
                    var values = new DateTime?[count];
                    await group.ReadAsync<DateTime>(field, values.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                    columns[field.Name] = [.. values.Select(value => value is { } time ? InstantPattern.ExtendedIso.Format(Instant.FromDateTimeUtc(DateTime.SpecifyKind(time, DateTimeKind.Utc))) : null)];
                }
                else
                {
                    var values = new string?[count];
                    await group.ReadAsync(field, values.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
                    columns[field.Name] = values;
                }
            }

            for (var i = 0; i < count; i++)
            {
                rows.Add(Row(column => columns[column.Name][i]));
            }
        }

        return rows;
    }
}
