using Ardalis.GuardClauses;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace NegotiationModel.Interop.Analytics;

/// <summary>
/// Writes every dated item of a record as one Parquet table (one row group, Snappy): the columns of the resolved JSON
/// Lines (docs/interop.md, "Analytics exports"), instants as timestamps adjusted to UTC in microseconds, texts as UTF-8
/// strings, null as null, a list of identifiers as one string with the identifiers separated by spaces.
/// </summary>
public static class ResolvedParquetExporter
{
    /// <summary>Writes the record's dated items as a Parquet file.</summary>
    /// <param name="record">The record.</param>
    /// <param name="output">Where to write; it need not be seekable.</param>
    /// <param name="language">The language labels are preferably in (BCP 47).</param>
    /// <returns>How many items of each kind were written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is blank.</exception>
    public static InteropReport Export(NegotiationRecord record, Stream output, string language)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(output);
        Guard.Against.NullOrWhiteSpace(language);
        var items = ResolvedItems.Of(record, language);
        var report = new ReportBuilder();
        foreach (var item in items)
        {
            report.Created(item.Item == ResolvedItems.EntityItem ? item.Kind : item.Item);
        }

        // Parquet's writer seeks back over what it wrote; a pipe (standard output) cannot, so the file is made in memory.
        using var file = new MemoryStream();
        WriteAsync(items, file).GetAwaiter().GetResult();
        file.Position = 0;
        file.CopyTo(output);
        return report.Build();
    }

    /// <summary>Returns the Parquet field of a column.</summary>
    internal static DataField FieldOf(AnalyticsColumn column) => column.Type == ColumnType.Timestamp
        ? new DateTimeDataField(column.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: column.IsNullable)
        : new DataField<string>(column.Name, column.IsNullable);

    private static async Task WriteAsync(List<ResolvedItem> items, Stream file)
    {
        var fields = AnalyticsColumns.All.Select(FieldOf).ToList();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), file, options).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Count; i++)
        {
            var column = AnalyticsColumns.All[i];
            if (column.Type == ColumnType.Timestamp)
            {
                // Parquet.Net takes timestamps as DateTime: the one place an instant becomes one, in UTC.
                DateTime?[] values = [.. items.Select(item => column.InstantOf(item) is { } instant ? instant.ToDateTimeUtc() : (DateTime?)null)];
                await group.WriteAsync<DateTime>(fields[i], values.AsMemory()).ConfigureAwait(false);
            }
            else
            {
                await group.WriteAsync(fields[i], [.. items.Select(item => AnalyticsText.Of(column, item))]).ConfigureAwait(false);
            }
        }

        group.CompleteValidate();
    }
}
