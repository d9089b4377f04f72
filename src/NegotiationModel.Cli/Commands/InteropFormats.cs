using NegotiationModel.Interop;
using NegotiationModel.Interop.Analytics;
using NegotiationModel.Interop.Pax;
using NegotiationModel.Interop.Plover;
using NegotiationModel.Interop.Popolo;
using NegotiationModel.Interop.Wikidata;

namespace NegotiationModel.Cli.Commands;

/// <summary>The formats <c>import</c> and <c>export</c> know, each with its importer or exporter (NegotiationModel.Interop).</summary>
internal static class InteropFormats
{
    public static readonly IReadOnlyDictionary<string, Func<IReadOnlyList<InteropInput>, string, ImportResult>> Importers =
        new SortedDictionary<string, Func<IReadOnlyList<InteropInput>, string, ImportResult>>(StringComparer.Ordinal)
        {
            // PA-X titles its agreements in English: without --language, they are read as such.
            ["pax"] = (inputs, language) => PaxImporter.Import(inputs, language == "und" ? PaxImportOptions.Default : new PaxImportOptions { Language = language }),
            ["plover"] = (inputs, _) => PloverImporter.Import(inputs, "Imported from PLOVER"),
            ["popolo"] = (inputs, language) => PopoloImporter.Import(inputs, new PopoloImportOptions { Language = language }),

            // Wikidata gives every term its language, so --language has nothing to add.
            ["wikidata"] = (inputs, _) => WikidataImporter.Import(inputs, WikidataImportOptions.Default),
        };

    public static readonly IReadOnlyDictionary<string, Func<NegotiationRecord, Stream, string, InteropReport>> Exporters =
        new SortedDictionary<string, Func<NegotiationRecord, Stream, string, InteropReport>>(StringComparer.Ordinal)
        {
            ["csv"] = ResolvedCsvExporter.Export,
            ["parquet"] = ResolvedParquetExporter.Export,
            ["plover"] = PloverExporter.Export,
            ["popolo"] = PopoloExporter.Export,
            ["resolved"] = ResolvedLinesExporter.Export,
        };
}
