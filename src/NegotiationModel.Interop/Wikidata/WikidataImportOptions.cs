namespace NegotiationModel.Interop.Wikidata;

/// <summary>How <see cref="WikidataImporter"/> reads Wikidata entities.</summary>
/// <remarks>Equality: by value over all members. This type is immutable and thread-safe.</remarks>
public sealed record WikidataImportOptions
{
    /// <summary>Gets the options used when none are given.</summary>
    public static WikidataImportOptions Default { get; } = new();

    /// <summary>Gets the title of the record an import creates. Default "Imported from Wikidata".</summary>
    public string Title { get; init; } = "Imported from Wikidata";

    /// <inheritdoc/>
    public override string ToString() => $"Wikidata import ({Title})";
}
