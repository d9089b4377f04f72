using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace NegotiationModel.Interop.Analytics;

/// <summary>
/// Writes every dated item of a record as resolved JSON Lines: one object a line with its entity, its JSON path, its
/// <c>When</c> as written, its window as UTC instants (start inclusive, end exclusive), its precision, its knowledge
/// time and the actors and topics involved, so that any language can sort and filter without parsing <c>When</c>
/// texts. The members are the columns docs/interop.md lists ("Analytics exports").
/// </summary>
public static class ResolvedLinesExporter
{
    // Paths ($['events'][0]) and labels in every script stay readable; what JSON requires is still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the record's dated items as JSON Lines, UTF-8.</summary>
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
        foreach (var item in ResolvedItems.Of(record, language))
        {
            using (var writer = new Utf8JsonWriter(utf8Output, Options))
            {
                Write(writer, item);
            }

            utf8Output.WriteByte((byte)'\n');
            report.Created(item.Item == ResolvedItems.EntityItem ? item.Kind : item.Item);
        }

        return report.Build();
    }

    private static void Write(Utf8JsonWriter writer, ResolvedItem item)
    {
        writer.WriteStartObject();
        foreach (var column in AnalyticsColumns.All)
        {
            if (column.Type == ColumnType.Identifiers)
            {
                writer.WriteStartArray(column.Name);
                foreach (var id in column.IdentifiersOf(item))
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
            }
            else if (AnalyticsText.Of(column, item) is { } text)
            {
                writer.WriteString(column.Name, text);
            }
            else
            {
                writer.WriteNull(column.Name);
            }
        }

        writer.WriteEndObject();
    }
}
