using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Topics;

namespace NegotiationModel.Interop.Plover;

/// <summary>One PLOVER import: each event record in turn, with the actors, topics and sources they share.</summary>
internal sealed partial class PloverImport : IInteropImport
{
    private static readonly string[] Mapped = ["id", "date", "actor", "source", "recipient", "target", "event", "mode", "context", "text", "event_text", "eventText", "language", "publication", "link"];
    private readonly ReportBuilder report = new();
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Statement> statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NegotiationEvent> events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Topic> topics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> seen = new(StringComparer.Ordinal);

    [GeneratedRegex("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WikidataId();

    public void Read(InteropInput input)
    {
        var text = input.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('['))
        {
            using var document = JsonInput.Parse(input, "PLOVER");
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                ReadRecord(item, $"{input.Name}: [{index++}]");
            }

            return;
        }

        var lineNumber = 0;
        foreach (var line in input.Text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = $"{input.Name}: line {lineNumber}";
            using var document = JsonInput.Parse(new InteropInput(where, line), "PLOVER JSON Lines (one event object a line)");
            ReadRecord(document.RootElement, where);
        }
    }

    public ImportResult Finish(string title)
    {
        var record = new NegotiationRecord(title)
        {
            Actors = ValueList.From(actors.Values),
            Sources = ValueList.From(sources.Values),
            Events = ValueList.From(events.Values),
            Statements = ValueList.From(statements.Values),
            Topics = ValueList.From(topics.Values),
        };
        return new ImportResult(record, report.Build());
    }

    private void ReadRecord(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new InteropFormatException(where, $"not PLOVER: expected an event object, found {JsonInput.Describe(item.ValueKind)}");
        }

        var id = JsonInput.Text(item, "id", where) ?? throw new InteropFormatException(where, "not PLOVER: an event needs an 'id'");
        var eventWords = Words(item, "event", where);
        if (eventWords.Count == 0)
        {
            throw new InteropFormatException(where, "not PLOVER: an event needs an 'event' type");
        }

        var original = id;
        if (!seen.TryAdd(id, where))
        {
            // The gold-standard file itself holds two different events under one id: each is kept, the second under
            // a derived id with the original as an external identifier, and the report says so.
            var first = seen[id];
            var copy = 2;
            while (seen.ContainsKey($"{original}-{copy}"))
            {
                copy++;
            }

            id = $"{original}-{copy}";
            seen[id] = where;
            report.Unmapped("id (duplicate; the event is kept under a derived id)");
            report.Warn($"{where}: duplicate id '{JsonInput.Shorten(original)}' (first at {first}); this event is kept as '{JsonInput.Shorten(id)}'");
        }

        if (eventWords[0] == "DOCUMENT")
        {
            report.Unmapped("event DOCUMENT (documentation of the file)");
            return;
        }

        var act = PloverVocabulary.Act(eventWords[0]);
        if (act is null)
        {
            report.Unmapped($"event {eventWords[0]}");
        }

        if (eventWords.Count > 1)
        {
            report.Unmapped("event[] (beyond the first)", eventWords.Count - 1);
        }

        var language = JsonInput.Text(item, "language", where) ?? "en";
        var speakers = Entities(item, item.TryGetProperty("actor", out _) ? "actor" : "source", where, language);
        var audience = Entities(item, item.TryGetProperty("recipient", out _) ? "recipient" : "target", where, language);
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null && !Mapped.Contains(property.Name))
            {
                report.Unmapped(property.Name);
            }
        }

        var date = JsonInput.Date(item, "date", where);
        if (speakers.Count == 0)
        {
            report.Unmapped("events without an actor");
            return;
        }

        var contexts = Words(item, "context", where).Select(word => word.ToLowerInvariant()).ToList();
        var modes = Words(item, "mode", where).Select(word => word.ToLowerInvariant()).ToList();
        var modality = Modality.Asserted;
        foreach (var (word, value) in PloverVocabulary.AuxiliaryModes)
        {
            if (contexts.Remove(word) | modes.Remove(word))
            {
                modality = value;
            }
        }

        var text = JsonInput.Text(item, "text", where) ?? JsonInput.Text(item, "event_text", where) ?? JsonInput.Text(item, "eventText", where) ?? id;
        var statementId = new StatementId(DerivedIds.For(id));
        NegotiationEventId? consultation = null;
        if (act == ActType.Consult)
        {
            consultation = Consultation(id, modes, speakers, audience, date, JsonInput.Text(item, "eventText", where) ?? JsonInput.Text(item, "event_text", where) ?? text, language);
        }
        else if (modes.Count > 0)
        {
            report.Unmapped("mode (of events other than CONSULT)", modes.Count);
        }

        var statement = new Statement(statementId, ValueList.From(speakers), [new LocalizedText(text, language)])
        {
            Act = act,
            Modality = modality,
            Audience = ValueList.From(audience),
            When = date,
            Event = consultation,
            Topics = ValueList.From(contexts.Distinct().Select(Topic)),
            Identifiers = id != original || DerivedIds.NeedsDerivation(id) ? [new ExternalIdentifier(PloverImporter.IdentifierScheme, original)] : [],
            Citations = Citation(item, where),
        };
        statements[statementId.Value] = statement;
        report.Created("statement");
    }

    private NegotiationEventId Consultation(string id, List<string> modes, List<ActorId> speakers, List<ActorId> audience, Time.When? date, string title, string language)
    {
        var mode = modes.FirstOrDefault();
        var kind = mode is null ? EventKind.Meeting : PloverVocabulary.ConsultModes.FirstOrDefault(entry => entry.Mode == mode).Kind;
        if (mode is not null && kind == default)
        {
            report.Unmapped($"mode {mode}");
            kind = EventKind.Other;
        }

        // The manual: in a visit the actor visits and the recipient hosts; in a host event the other way round.
        var participants = speakers.Select(actor => new Participant(actor, mode == "host" ? ParticipantRole.Host : ParticipantRole.Principal))
            .Concat(audience.Select(actor => new Participant(actor, mode == "visit" ? ParticipantRole.Host : ParticipantRole.Principal)));
        var eventId = new NegotiationEventId(DerivedIds.For($"consult-{id}"));
        events[eventId.Value] = new NegotiationEvent(eventId, kind, [new LocalizedText(title, language)]) { When = date, Participants = ValueList.From(participants) };
        report.Created("event");
        return eventId;
    }

    private List<ActorId> Entities(JsonElement item, string member, string where, string language)
    {
        var found = new List<ActorId>();
        if (!item.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
        {
            return found;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            // The gold-standard file has one such slip (a context word where the target belongs).
            report.Unmapped($"{member} (text where a list of entities belongs)");
            return found;
        }

        foreach (var (entity, entityWhere) in JsonInput.Items(item, member, where))
        {
            var code = JsonInput.Text(entity, "code", entityWhere);
            var sector = Words(entity, "sector", entityWhere).FirstOrDefault();
            var wikidata = JsonInput.Text(entity, "identifier_id", entityWhere) is { } candidate && WikidataId().IsMatch(candidate) ? candidate : null;
            var label = JsonInput.Text(entity, "identifier_text", entityWhere);
            var mention = JsonInput.Text(entity, "entity_text", entityWhere) ?? JsonInput.Text(entity, "actorText", entityWhere);
            if (code is null && wikidata is null)
            {
                report.Unmapped($"{member}[] (without a code)");
                continue;
            }

            var coded = code is null ? null : sector is null ? code : $"{code}/{sector}";
            var key = DerivedIds.For(wikidata ?? coded!.Replace('/', '-').ToLowerInvariant());
            var (kind, organisation) = sector is null ? (code is "IGO" ? ActorKind.Organisation : code is "NGO" ? ActorKind.Organisation : ActorKind.State, code is "IGO" ? OrganisationKind.Intergovernmental : code is "NGO" ? OrganisationKind.NonGovernmental : (OrganisationKind?)null)
                : PloverVocabulary.Sectors.FirstOrDefault(entry => entry.Sector == sector) is { Sector: not null } known ? (known.Kind, known.Organisation) : (ActorKind.Other, null);
            if (wikidata is not null)
            {
                (kind, organisation) = (ActorKind.Other, null);
            }

            var names = new List<LocalizedName> { new(label ?? coded ?? wikidata!, language) };
            if (mention is not null && mention != names[0].Text)
            {
                names.Add(new LocalizedName(mention, language, NameKind.Alias));
            }

            var identifiers = new List<ExternalIdentifier>();
            if (coded is not null)
            {
                identifiers.Add(new ExternalIdentifier(PloverImporter.IdentifierScheme, coded));
            }

            if (wikidata is not null)
            {
                identifiers.Add(new ExternalIdentifier(IdentifierSchemes.Wikidata, wikidata));
            }

            var actor = new Actor(new ActorId(key), kind, ValueList.From(names)) { OrganisationKind = organisation, Identifiers = ValueList.From(identifiers) };
            if (actors.TryGetValue(key, out var existing))
            {
                actors[key] = existing with
                {
                    Names = ValueList.From(existing.Names.Concat(actor.Names.Where(name => !existing.Names.Any(other => other.Text == name.Text)))),
                    Identifiers = ValueList.From(existing.Identifiers.Union(actor.Identifiers)),
                };
            }
            else
            {
                actors[key] = actor;
                report.Created("actor");
            }

            if (!found.Contains(actor.Id))
            {
                found.Add(actor.Id);
            }
        }

        return found;
    }

    private TopicId Topic(string word)
    {
        var id = new TopicId(DerivedIds.For($"plover-{word.Replace('_', '-')}"));
        if (!topics.ContainsKey(id.Value))
        {
            topics[id.Value] = new Topic(id, [new LocalizedName(word, "en")]) { Identifiers = [new ExternalIdentifier(PloverImporter.IdentifierScheme, word)] };
            report.Created("topic");
        }

        return id;
    }

    private ValueList<Citation> Citation(JsonElement item, string where)
    {
        var publication = JsonInput.Text(item, "publication", where);
        var link = JsonInput.Text(item, "link", where);
        if (publication is null && link is null)
        {
            return [];
        }

        var id = new SourceId(DerivedIds.FromContent("plover-source", publication, link));
        if (!sources.ContainsKey(id.Value))
        {
            sources[id.Value] = new Source(id, SourceKind.NewsReport)
            {
                Title = publication is null ? [] : [new LocalizedText(publication, "en")],
                Uri = link is not null && Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri : null,
            };
            report.Created("source");
        }

        return [new Citation(id)];
    }

    // A member that is one word, a comma-separated list of words (the older form) or a list of words (the current one).
    private static List<string> Words(JsonElement item, string member, string where)
    {
        if (!item.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        IEnumerable<string?> texts = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()],
            JsonValueKind.Array => value.EnumerateArray().Select(element => element.ValueKind == JsonValueKind.String ? element.GetString() : throw new InteropFormatException($"{where}.{member}", $"expected a list of words, found {JsonInput.Describe(element.ValueKind)} in it")),
            _ => throw new InteropFormatException($"{where}.{member}", $"expected a word or a list of words, found {JsonInput.Describe(value.ValueKind)}"),
        };
        return [.. texts.SelectMany(text => (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }
}
