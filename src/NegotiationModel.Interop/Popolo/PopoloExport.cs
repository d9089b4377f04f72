using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Time;

namespace NegotiationModel.Interop.Popolo;

/// <summary>One export: each list of the combined form in turn, counting what Popolo has no member for.</summary>
internal sealed class PopoloExport(NegotiationRecord record, Utf8JsonWriter writer, string language)
{
    private readonly Dictionary<string, Source> sources = record.Sources.ToDictionary(source => source.Id.Value, StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> actors = record.Actors.DistinctBy(actor => actor.Id).ToDictionary(actor => actor.Id.Value, StringComparer.Ordinal);

    public ReportBuilder Report { get; } = new();

    public void Write()
    {
        writer.WriteStartObject();
        WriteList("persons", record.Actors.Where(actor => actor.Kind == ActorKind.Person), WritePerson);
        WriteList("organizations", record.Actors.Where(actor => actor.Kind != ActorKind.Person), WriteOrganization);
        WriteList("memberships", record.Actors.SelectMany(actor => actor.Memberships.Select(membership => (actor, membership))), WriteMembership);
        WriteList("areas", record.Territories, WriteArea);
        WriteList("events", record.Events, WriteEvent);
        WriteList("speeches", record.Statements, WriteSpeech);
        writer.WriteEndObject();
        foreach (var group in record.Entities().GroupBy(entity => entity.Reference.Kind))
        {
            if (group.Key is not (EntityKind.Actor or EntityKind.Source or EntityKind.Territory or EntityKind.NegotiationEvent or EntityKind.Statement))
            {
                Report.Unmapped($"{group.First().Reference.ToString().Split(':')[0]} (no Popolo class)", group.Count());
            }
        }
    }

    private void WriteList<T>(string name, IEnumerable<T> items, Action<T> write)
    {
        var any = false;
        foreach (var item in items)
        {
            if (!any)
            {
                writer.WriteStartArray(name);
                any = true;
            }

            writer.WriteStartObject();
            write(item);
            writer.WriteEndObject();
            Report.Created(name);
        }

        if (any)
        {
            writer.WriteEndArray();
        }
    }

    private void WritePerson(Actor actor)
    {
        WriteActor(actor);
        WriteDate("birth_date", actor.ExistsFrom, PopoloDates.DatePattern(), "persons[].birth_date");
        WriteDate("death_date", actor.ExistsUntil, PopoloDates.DatePattern(), "persons[].death_date");
        WriteText("summary", actor.Description, "persons[].summary");
        WriteSources(actor.Citations);
    }

    private void WriteOrganization(Actor actor)
    {
        WriteActor(actor);
        writer.WriteString("classification", PopoloVocabulary.ClassificationOf(actor.Kind, actor.OrganisationKind));
        if (actor.Parent is { } parent)
        {
            writer.WriteString("parent_id", PopoloId(parent.Value));
        }

        WriteDate("founding_date", actor.ExistsFrom, PopoloDates.DatePattern(), "organizations[].founding_date");
        WriteDate("dissolution_date", actor.ExistsUntil, PopoloDates.DatePattern(), "organizations[].dissolution_date");
        WriteText("description", actor.Description, "organizations[].description");
        WriteSources(actor.Citations);
    }

    private void WriteActor(Actor actor)
    {
        writer.WriteString("id", PopoloId(actor.Id.Value));
        var name = actor.PreferredName(language);
        writer.WriteString("name", name.Text);
        var others = actor.Names.Where(other => other != name).ToList();
        if (others.Count > 0)
        {
            writer.WriteStartArray("other_names");
            foreach (var other in others)
            {
                writer.WriteStartObject();
                writer.WriteString("name", other.Text);
                writer.WriteString("lang", other.Language);
                writer.WriteString("note", PopoloVocabulary.NameNote(other.Kind));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteIdentifiers(actor.Identifiers, "actors");
        if (actor.Notes is not null)
        {
            Report.Unmapped("actors[].notes");
        }
    }

    private void WriteMembership((Actor Holder, Membership Membership) item)
    {
        var (holder, membership) = item;
        if (holder.Kind == ActorKind.Person)
        {
            writer.WriteString("person_id", PopoloId(holder.Id.Value));
        }
        else
        {
            writer.WriteStartObject("member");
            writer.WriteString("@type", "Organization");
            writer.WriteString("id", PopoloId(holder.Id.Value));
            writer.WriteEndObject();
        }

        if (membership.Organisation is { } organisation)
        {
            writer.WriteString("organization_id", PopoloId(organisation.Value));
        }

        if (membership.OnBehalfOf is { } onBehalfOf)
        {
            writer.WriteString("on_behalf_of_id", PopoloId(onBehalfOf.Value));
        }

        WriteText("role", membership.Role, "memberships[].role");
        WriteDate("start_date", membership.Start, PopoloDates.DateOrTimePattern(), "memberships[].start_date");
        WriteDate("end_date", membership.End, PopoloDates.DateOrTimePattern(), "memberships[].end_date");
        WriteSources(membership.Citations);
    }

    private void WriteArea(Territories.Territory territory)
    {
        writer.WriteString("id", PopoloId(territory.Id.Value, territory.Identifiers));
        writer.WriteString("name", territory.Names.FirstOrDefault(name => name.Language == language && name.Kind == NameKind.Primary)?.Text ?? territory.Names[0].Text);
        if (territory.Names.Count > 1)
        {
            Report.Unmapped("territories[].names (beyond one)", territory.Names.Count - 1);
        }

        if (territory.Identifiers.FirstOrDefault(identifier => identifier.Scheme == PopoloImporter.AreaIdentifierScheme) is { } areaIdentifier)
        {
            writer.WriteString("identifier", areaIdentifier.Value);
        }

        var others = territory.Identifiers.Count(identifier => identifier.Scheme is not (PopoloImporter.AreaIdentifierScheme or PopoloImporter.IdentifierScheme));
        if (others > 0)
        {
            Report.Unmapped("territories[].identifiers", others);
        }

        writer.WriteString("classification", PopoloVocabulary.AreaWord(territory.Kind));
        if (territory.Parent is { } parent)
        {
            writer.WriteString("parent_id", PopoloId(parent.Value, record.Territories.FirstOrDefault(other => other.Id == parent)?.Identifiers ?? []));
        }

        WriteSources(territory.Citations);
    }

    private void WriteEvent(NegotiationEvent negotiationEvent)
    {
        writer.WriteString("id", PopoloId(negotiationEvent.Id.Value, negotiationEvent.Identifiers));
        WriteText("name", negotiationEvent.Title, "events[].title");
        WriteText("description", negotiationEvent.Description, "events[].description");
        var (start, end) = negotiationEvent.When is RangeWhen range ? (range.Start, range.End) : (negotiationEvent.When, null);
        WriteDate("start_date", start, PopoloDates.DateOrTimePattern(), "events[].start_date");
        WriteDate("end_date", end, PopoloDates.DateOrTimePattern(), "events[].end_date");
        if (negotiationEvent.Place?.Name is { } location)
        {
            writer.WriteString("location", location);
        }

        WriteIdentifiers(negotiationEvent.Identifiers, "events");
        writer.WriteString("classification", PopoloVocabulary.EventWord(negotiationEvent.Kind));
        if (negotiationEvent.Participants.FirstOrDefault(participant => participant.Role == ParticipantRole.Host) is { } host)
        {
            writer.WriteString("organization_id", PopoloId(host.Actor.Value));
        }

        var attendees = negotiationEvent.Participants.Where(participant => participant.Role == ParticipantRole.Principal).ToList();
        if (attendees.Count > 0)
        {
            writer.WriteStartArray("attendees");
            foreach (var attendee in attendees)
            {
                writer.WriteStartObject();
                writer.WriteString("id", PopoloId(attendee.Actor.Value));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        var otherRoles = negotiationEvent.Participants.Count(participant => participant.Role is not (ParticipantRole.Principal or ParticipantRole.Host)) + Math.Max(0, negotiationEvent.Participants.Count(participant => participant.Role == ParticipantRole.Host) - 1);
        if (otherRoles > 0)
        {
            Report.Unmapped("events[].participants (other roles, second hosts)", otherRoles);
        }

        if (negotiationEvent.Parent is { } parent)
        {
            writer.WriteString("parent_id", PopoloId(parent.Value, record.Events.FirstOrDefault(other => other.Id == parent)?.Identifiers ?? []));
        }

        WriteSources(negotiationEvent.Citations);
    }

    private void WriteSpeech(Statement statement)
    {
        writer.WriteString("id", PopoloId(statement.Id.Value, statement.Identifiers));
        writer.WriteString("creator_id", PopoloId(statement.Speakers[0].Value));
        if (statement.Speakers.Count > 1)
        {
            Report.Unmapped("statements[].speakers (beyond the first)", statement.Speakers.Count - 1);
        }

        WriteText("text", statement.Text, "statements[].text");
        WriteDate("date", statement.When, PopoloDates.TimestampPattern(), "statements[].when");
        if (statement.Event is { } at)
        {
            writer.WriteString("event_id", PopoloId(at.Value, record.Events.FirstOrDefault(other => other.Id == at)?.Identifiers ?? []));
        }

        if (statement.Act is not null || statement.Modality != Modality.Asserted || !statement.Topics.IsEmpty || !statement.About.IsEmpty || !statement.Audience.IsEmpty || !statement.Framings.IsEmpty)
        {
            Report.Unmapped("statements[] (act, modality, topics, about, audience or framings)");
        }

        WriteSources(statement.Citations);
    }

    private void WriteIdentifiers(ValueList<ExternalIdentifier> identifiers, string list)
    {
        var written = identifiers.Where(identifier => identifier.Scheme is not (PopoloImporter.IdentifierScheme or PopoloImporter.AreaIdentifierScheme)).ToList();
        if (written.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("identifiers");
        foreach (var identifier in written)
        {
            writer.WriteStartObject();
            writer.WriteString("identifier", identifier.Value);
            if (identifier.Scheme != PopoloImporter.UnspecifiedScheme)
            {
                writer.WriteString("scheme", identifier.Scheme);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        _ = list;
    }

    private void WriteSources(ValueList<Citation> citations)
    {
        var links = citations.Where(citation => sources.TryGetValue(citation.Source.Value, out var source) && source.Uri is not null).ToList();
        if (links.Count < citations.Count)
        {
            Report.Unmapped("citations (source without a URI)", citations.Count - links.Count);
        }

        if (links.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("sources");
        foreach (var citation in links)
        {
            writer.WriteStartObject();
            writer.WriteString("url", sources[citation.Source.Value].Uri!.AbsoluteUri);
            if (citation.Notes is { } note)
            {
                writer.WriteString("note", note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private void WriteText(string member, ValueList<LocalizedText> texts, string field)
    {
        if (texts.IsEmpty)
        {
            return;
        }

        writer.WriteString(member, (texts.FirstOrDefault(text => text.Language == language) ?? texts[0]).Text);
        if (texts.Count > 1)
        {
            Report.Unmapped($"{field} (other languages)", texts.Count - 1);
        }
    }

    private void WriteDate(string member, When? when, Regex allowed, string field)
    {
        if (when is null)
        {
            return;
        }

        var (text, exact) = PopoloDates.Write(when, allowed);
        if (text is not null)
        {
            writer.WriteString(member, text);
        }

        if (!exact)
        {
            Report.Unmapped(text is null ? $"{field} (no Popolo date holds it)" : $"{field} (written coarser)");
        }
    }

    private string PopoloId(string id) => PopoloId(id, actors.TryGetValue(id, out var actor) ? actor.Identifiers : []);

    // An id the import derived goes back to the one the source published.
    private static string PopoloId(string id, ValueList<ExternalIdentifier> identifiers)
        => identifiers.FirstOrDefault(identifier => identifier.Scheme == PopoloImporter.IdentifierScheme)?.Value ?? id;
}
