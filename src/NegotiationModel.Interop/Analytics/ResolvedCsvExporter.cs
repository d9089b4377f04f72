using Ardalis.GuardClauses;
using nietras.SeparatedValues;

namespace NegotiationModel.Interop.Analytics;

/// <summary>
/// Writes every dated item of a record as CSV (RFC 4180 quoting, UTF-8, a header row): the columns of the resolved JSON
/// Lines (docs/interop.md, "Analytics exports"), instants as ISO 8601 UTC texts, null as an empty field, a list of
/// identifiers as one field with the identifiers separated by spaces.
/// </summary>
public static class ResolvedCsvExporter
{
    /// <summary>Writes the record's dated items as CSV, UTF-8.</summary>
    /// <param name="record">The record.</param>
    /// <param name="utf8Output">Where to write.</param>
    /// <param name="language">The language labels are preferably in (BCP 47).</param>
    /// <returns>How many items of each kind were written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is blank.</exception>
    public static InteropReport Export(NegotiationRecord record, Stream utf8Output, string language)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(utf8Output);
        Guard.Against.NullOrWhiteSpace(language);
        var report = new ReportBuilder();
        var columns = AnalyticsColumns.All;
        using (var writer = Sep.New(',').Writer(options => options with { Escape = true }).To(utf8Output, leaveOpen: true))
        {
            writer.Header.Add([.. columns.Select(column => column.Name)]);

            // Written before the rows, so that a record without dated items still gives the header.
            writer.Header.Write();
            foreach (var item in ResolvedItems.Of(record, language))
            {
                using var row = writer.NewRow();
                foreach (var column in columns)
                {
                    row[column.Name].Set(AnalyticsText.Of(column, item) ?? string.Empty);
                }

                report.Created(item.Item == ResolvedItems.EntityItem ? item.Kind : item.Item);
            }
        }

        return report.Build();
    }
}
