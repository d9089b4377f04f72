using Ardalis.GuardClauses;

namespace NegotiationModel.Interop.Wikidata;

/// <summary>
/// Reads Wikidata entity JSON into a record: the Special:EntityData form (<c>{"entities": {"Q212": {…}}}</c>), a single
/// entity, a list of entities, and the JSON dump (one entity a line, also an excerpt cut off mid-list). Items become
/// actors named by their labels and aliases in every language, with their class, existence dates, identifiers and the
/// memberships of their positions held; every fact cites Wikidata (the entity's revision) as its source. Positions
/// (such as President of Ukraine) name the role of a membership. The mapping and what it loses are in docs/interop.md.
/// </summary>
public static class WikidataImporter
{
    /// <summary>The actor id an item gets: <c>wikidata-</c> and its Q-id, such as <c>wikidata-Q212</c>.</summary>
    /// <param name="item">The item's Q-id.</param>
    /// <returns>The actor id.</returns>
    public static Identifiers.ActorId ActorIdOf(string item) => WikidataImport.ActorIdOf(Guard.Against.NullOrWhiteSpace(item));

    /// <summary>Imports Wikidata entities into one record; an entity found twice is imported once (the report says so).</summary>
    /// <param name="inputs">The documents, each of any of the shapes above.</param>
    /// <param name="options">How to read them.</param>
    /// <returns>The record and the report.</returns>
    /// <exception cref="InteropFormatException">An input is not Wikidata entity JSON, or breaks one of its rules (the message says where).</exception>
    public static ImportResult Import(IReadOnlyList<InteropInput> inputs, WikidataImportOptions options)
    {
        Guard.Against.Null(inputs);
        Guard.Against.Null(options);
        var import = new WikidataImport(options);
        var reading = "the inputs";
        try
        {
            foreach (var input in inputs)
            {
                reading = input.Name;
                import.Read(input);
            }

            reading = "the inputs";
            return import.Finish();
        }
        catch (InvalidOperationException error)
        {
            // System.Text.Json reads an escape that is not valid UTF-16 (a lone surrogate) only when the text is asked for.
            throw new InteropFormatException(reading, "text that is not valid Unicode (an escaped lone surrogate)", error);
        }
    }
}
