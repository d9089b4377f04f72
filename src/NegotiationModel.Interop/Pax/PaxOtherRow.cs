namespace NegotiationModel.Interop.Pax;

/// <summary>Columns of the PA-X export that are not provision variables, and what the importer does with them.</summary>
/// <param name="Columns">The columns, as the CSV export names them.</param>
/// <param name="Meaning">What they are, in the codebook's terms.</param>
/// <param name="Use">What the importer does with them.</param>
/// <param name="InTheRecord">Where the record holds them, in words (Markdown) for docs/concepts.md.</param>
/// <remarks>Equality: by reference (the list). This type is immutable and thread-safe.</remarks>
internal sealed record PaxOtherRow(IReadOnlyList<string> Columns, string Meaning, PaxColumnUse Use, string InTheRecord)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Columns);
}
