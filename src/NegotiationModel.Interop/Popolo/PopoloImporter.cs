using Ardalis.GuardClauses;

namespace NegotiationModel.Interop.Popolo;

/// <summary>
/// Reads Popolo (persons, organizations, memberships, areas, events, speeches) into a record: either separate
/// documents (one object or a list of one class each, as the specification's examples) or the combined form with all
/// lists in one file (as published for whole legislatures). The mapping and what it loses are in docs/interop.md.
/// </summary>
public static class PopoloImporter
{
    /// <summary>The identifier scheme that keeps a Popolo <c>id</c> which does not fit this format's identifier pattern.</summary>
    public const string IdentifierScheme = "popolo";

    /// <summary>The scheme given to a Popolo identifier that names none.</summary>
    public const string UnspecifiedScheme = "unspecified";

    /// <summary>The scheme that keeps an area's <c>identifier</c> (such as an OCD division).</summary>
    public const string AreaIdentifierScheme = "popolo-area";

    /// <summary>Imports one Popolo document.</summary>
    /// <param name="json">The document: one object, a list of objects of one class, or the combined form.</param>
    /// <returns>The record and the report.</returns>
    /// <exception cref="InteropFormatException">The text is not Popolo, or breaks one of its rules (the message says where).</exception>
    public static ImportResult Import(string json)
        => Import([new InteropInput("popolo", Guard.Against.Null(json))], PopoloImportOptions.Default);

    /// <summary>Imports Popolo documents into one record; an item found in several (by its <c>id</c>) is merged.</summary>
    /// <param name="inputs">The documents. A name such as <c>person.json</c> or <c>memberships.json</c> tells the class of an object whose members do not.</param>
    /// <param name="options">How to read them.</param>
    /// <returns>The record and the report.</returns>
    /// <exception cref="InteropFormatException">An input is not Popolo, or breaks one of its rules (the message says where).</exception>
    public static ImportResult Import(IEnumerable<InteropInput> inputs, PopoloImportOptions options)
    {
        Guard.Against.Null(inputs);
        Guard.Against.Null(options);
        return new PopoloImport(options).ReadAll(inputs).Finish();
    }
}
