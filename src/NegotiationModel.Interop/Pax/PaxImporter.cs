using Ardalis.GuardClauses;

namespace NegotiationModel.Interop.Pax;

/// <summary>
/// Reads the CSV export of the PA-X Peace Agreements Database (one row per agreement, columns as in codebook version 8)
/// into a record: each agreement becomes a proposal with its title, PA-X number, date, stage and typed provisions with
/// their depth; parties and third parties stay text, as PA-X gives them. The mapping is in docs/interop.md and
/// docs/concepts.md ("Provision kinds and PA-X").
/// </summary>
public static class PaxImporter
{
    /// <summary>The identifier scheme of an agreement's PA-X number (<c>AgtId</c>).</summary>
    public const string IdentifierScheme = IdentifierSchemes.PaX;

    /// <summary>Imports PA-X CSV files into one record.</summary>
    /// <param name="inputs">The CSV files: a header row naming the columns, then one row per agreement.</param>
    /// <param name="options">How to read them.</param>
    /// <returns>The record and the report.</returns>
    /// <exception cref="InteropFormatException">
    /// An input is not a PA-X CSV, a cell holds a value its column does not allow, or two rows share an <c>AgtId</c>
    /// (the message names the input, the line and the column).
    /// </exception>
    public static ImportResult Import(IEnumerable<InteropInput> inputs, PaxImportOptions options)
    {
        Guard.Against.Null(inputs);
        Guard.Against.Null(options);
        return new PaxImport(options).ReadAll(inputs).Finish();
    }
}
