using Ardalis.GuardClauses;

namespace NegotiationModel.Interop.Plover;

/// <summary>
/// Reads PLOVER event data into a record: the current JSON Lines form of the PLOVER manual (one event a line:
/// <c>id</c>, <c>date</c>, <c>actor</c>, <c>recipient</c>, <c>event</c>, <c>mode</c>, <c>context</c>, …) and the older
/// gold-standard form (a JSON list with <c>source</c>, <c>target</c>, <c>eventText</c>). Each event becomes a statement
/// with its act, modality and topics; a CONSULT also becomes an event with its mode. The mapping is in docs/interop.md.
/// </summary>
public static class PloverImporter
{
    /// <summary>The identifier scheme of a PLOVER entity's code and sector, such as <c>USA/GOV</c>.</summary>
    public const string IdentifierScheme = "plover";

    /// <summary>Imports PLOVER documents into one record.</summary>
    /// <param name="inputs">JSON Lines (one event object a line) or a JSON list of events.</param>
    /// <param name="title">The record's title.</param>
    /// <returns>The record and the report.</returns>
    /// <exception cref="InteropFormatException">An input is not PLOVER, or breaks one of its rules (the message says where).</exception>
    public static ImportResult Import(IEnumerable<InteropInput> inputs, string title)
    {
        Guard.Against.Null(inputs);
        Guard.Against.NullOrWhiteSpace(title);
        return new PloverImport().ReadAll(inputs).Finish(title);
    }
}
