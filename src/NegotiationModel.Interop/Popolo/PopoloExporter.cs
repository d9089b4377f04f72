using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;

namespace NegotiationModel.Interop.Popolo;

/// <summary>
/// Writes a record as Popolo in the combined form (lists <c>persons</c>, <c>organizations</c>, <c>memberships</c>,
/// <c>areas</c>, <c>events</c>, <c>speeches</c>) that validates against the Popolo JSON Schemas; the report counts what
/// Popolo has no place for. The mapping is the importer's, read the other way (docs/interop.md).
/// </summary>
public static class PopoloExporter
{
    /// <summary>Writes the record as Popolo JSON, UTF-8, indented.</summary>
    /// <param name="record">The record.</param>
    /// <param name="utf8Output">Where to write.</param>
    /// <param name="language">The language whose names and texts fill Popolo's language-less members (<c>name</c>, <c>role</c>, <c>text</c>); names in other languages go to <c>other_names</c> with their <c>lang</c>.</param>
    /// <returns>What was written and what was not.</returns>
    public static InteropReport Export(NegotiationRecord record, Stream utf8Output, string language)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(utf8Output);
        Guard.Against.NullOrWhiteSpace(language);
        using var writer = new Utf8JsonWriter(utf8Output, new JsonWriterOptions { Indented = true });
        var export = new PopoloExport(record, writer, language);
        export.Write();
        writer.Flush();
        return export.Report.Build();
    }

    /// <summary>Writes the record as Popolo JSON text, indented.</summary>
    /// <param name="record">The record.</param>
    /// <param name="language">The language of Popolo's language-less members (see <see cref="Export(NegotiationRecord, Stream, string)"/>).</param>
    /// <returns>The Popolo document.</returns>
    public static string Export(NegotiationRecord record, string language)
    {
        using var output = new MemoryStream();
        Export(record, output, language);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
