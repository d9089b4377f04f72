using System.Globalization;
using System.Text.Json;
using Ardalis.GuardClauses;
using NegotiationModel.Actors;
using NegotiationModel.Statements;
using NegotiationModel.Time;

namespace NegotiationModel.Interop.Plover;

/// <summary>
/// Writes the statements of a record as PLOVER JSON Lines in the current form of the manual (one event a line:
/// <c>id</c>, <c>date</c>, <c>actor</c>, <c>recipient</c>, <c>event</c>, <c>mode</c>, <c>context</c>, <c>text</c>);
/// a statement without an act or a date is counted in the report and not written, since PLOVER requires both.
/// </summary>
public static class PloverExporter
{
    /// <summary>Writes the record's statements as PLOVER JSON Lines, UTF-8.</summary>
    /// <param name="record">The record.</param>
    /// <param name="utf8Output">Where to write.</param>
    /// <param name="language">The language of the statement text to write when a statement has several.</param>
    /// <returns>What was written and what was not.</returns>
    public static InteropReport Export(NegotiationRecord record, Stream utf8Output, string language)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(utf8Output);
        var report = new ReportBuilder();
        var actors = record.Actors.DistinctBy(actor => actor.Id).ToDictionary(actor => actor.Id);
        var topics = record.Topics.DistinctBy(topic => topic.Id).ToDictionary(topic => topic.Id);
        var events = record.Events.DistinctBy(negotiationEvent => negotiationEvent.Id).ToDictionary(negotiationEvent => negotiationEvent.Id);
        foreach (var statement in record.Statements)
        {
            var date = Date(statement.When);
            if (statement.Act is not { } act || act is ActType.Announce or ActType.Comment || date is null)
            {
                report.Unmapped(date is null ? "statements (without a date PLOVER can hold)" : "statements (without a PLOVER event type)");
                continue;
            }

            using (var writer = new Utf8JsonWriter(utf8Output))
            {
                writer.WriteStartObject();
                writer.WriteString("id", statement.Identifiers.FirstOrDefault(identifier => identifier.Scheme == PloverImporter.IdentifierScheme)?.Value ?? statement.Id.Value);
                writer.WriteString("date", date);
                WriteEntities(writer, "actor", statement.Speakers, actors, language);
                if (!statement.Audience.IsEmpty)
                {
                    WriteEntities(writer, "recipient", statement.Audience, actors, language);
                }

                writer.WriteStartArray("event");
                writer.WriteStringValue(PloverVocabulary.EventWord(act));
                writer.WriteEndArray();
                if (act == ActType.Consult && statement.Event is { } at && events.TryGetValue(at, out var consultation)
                    && PloverVocabulary.ConsultModes.FirstOrDefault(entry => entry.Kind == consultation.Kind).Mode is { } mode)
                {
                    writer.WriteStartArray("mode");
                    writer.WriteStringValue(mode);
                    writer.WriteEndArray();
                }

                var contexts = statement.Topics.Select(topic => topics.TryGetValue(topic, out var found) ? found.Identifiers.FirstOrDefault(identifier => identifier.Scheme == PloverImporter.IdentifierScheme)?.Value ?? found.Names[0].Text : topic.Value).ToList();
                if (statement.Modality != Modality.Asserted)
                {
                    contexts.Add(PloverVocabulary.AuxiliaryModes.First(entry => entry.Modality == statement.Modality).Word);
                }

                if (contexts.Count > 0)
                {
                    writer.WriteStartArray("context");
                    contexts.ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                }

                writer.WriteString("text", (statement.Text.FirstOrDefault(text => text.Language == language) ?? statement.Text[0]).Text);
                writer.WriteEndObject();
            }

            utf8Output.WriteByte((byte)'\n');
            report.Created("events");
        }

        return report.Build();
    }

    private static string? Date(When? when)
    {
        // PLOVER's date is one day: a value of a day or finer gives its local day; a coarser one has none.
        if (when is CalendarWhen calendar && calendar.Precision is WhenPrecision.Day or WhenPrecision.DayPart or WhenPrecision.Hour or WhenPrecision.Minute or WhenPrecision.Second)
        {
            return calendar.LocalStart.Date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static void WriteEntities(Utf8JsonWriter writer, string member, ValueList<Identifiers.ActorId> ids, Dictionary<Identifiers.ActorId, Actor> actors, string language)
    {
        writer.WriteStartArray(member);
        foreach (var id in ids)
        {
            writer.WriteStartObject();
            actors.TryGetValue(id, out var actor);
            var coded = actor?.Identifiers.FirstOrDefault(identifier => identifier.Scheme == PloverImporter.IdentifierScheme)?.Value;
            var parts = coded?.Split('/', 2);
            writer.WriteString("code", parts?[0] ?? id.Value);
            if (parts is [_, var sector])
            {
                writer.WriteString("sector", sector);
            }

            if (actor is not null)
            {
                writer.WriteString("entity_text", actor.PreferredName(language).Text);
                if (actor.Identifiers.FirstOrDefault(identifier => identifier.Scheme == IdentifierSchemes.Wikidata) is { } wikidata)
                {
                    writer.WriteString("identifier_id", wikidata.Value);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
