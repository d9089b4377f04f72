using System.Text.Json;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;
using NegotiationModel.Time;

namespace NegotiationModel.Interop.Popolo;

/// <summary>The mapping of each Popolo class to the model's entities (docs/interop.md has it as a table).</summary>
internal sealed partial class PopoloImport
{
    private static readonly string[] PersonMembers = ["id", "name", "other_names", "identifiers", "birth_date", "death_date", "summary", "memberships", "sources"];
    private static readonly string[] OrganizationMembers = ["id", "name", "other_names", "identifiers", "classification", "parent_id", "parent", "founding_date", "dissolution_date", "description", "memberships", "sources"];
    private static readonly string[] MembershipMembers = ["id", "role", "member", "person_id", "person", "organization_id", "organization", "on_behalf_of_id", "on_behalf_of", "start_date", "end_date", "sources"];
    private static readonly string[] AreaMembers = ["id", "name", "identifier", "classification", "parent_id", "sources"];
    private static readonly string[] EventMembers = ["id", "name", "description", "start_date", "end_date", "location", "identifiers", "classification", "organization_id", "attendees", "parent_id", "sources"];
    private static readonly string[] SpeechMembers = ["id", "creator_id", "creator", "text", "date", "event_id", "event", "sources"];
    private static readonly string[] OtherNameMembers = ["name", "lang", "note"];

    private string? ReadPerson(JsonElement item, string where)
    {
        var actor = ReadActor(item, where, "persons", ActorKind.Person, null);
        if (actor is null)
        {
            return null;
        }

        actor = actor with
        {
            ExistsFrom = JsonInput.Date(item, "birth_date", where),
            ExistsUntil = JsonInput.Date(item, "death_date", where),
            Description = Texts(JsonInput.Text(item, "summary", where)),
        };
        Store(actor);
        ReadEmbeddedMemberships(item, where, actor.Id.Value, null);
        Rest(item, "persons", PersonMembers);
        return actor.Id.Value;
    }

    private string? ReadOrganization(JsonElement item, string where)
    {
        var classification = JsonInput.Text(item, "classification", where);
        var kind = classification is null ? (ActorKind.Organisation, (OrganisationKind?)null) : PopoloVocabulary.Classification(classification);
        if (classification is not null && kind is null)
        {
            report.Unmapped("organizations[].classification");
        }

        var (actorKind, organisationKind) = kind ?? (ActorKind.Organisation, OrganisationKind.Other);
        var actor = ReadActor(item, where, "organizations", actorKind, organisationKind);
        if (actor is null)
        {
            return null;
        }

        var parent = JsonInput.Text(item, "parent_id", where) ?? (JsonInput.Object(item, "parent", where) is { } embedded ? ReadOrganization(embedded, $"{where}.parent") : null);
        actor = actor with
        {
            Parent = parent is null ? null : new ActorId(DerivedIds.For(parent)),
            ExistsFrom = JsonInput.Date(item, "founding_date", where),
            ExistsUntil = JsonInput.Date(item, "dissolution_date", where),
            Description = Texts(JsonInput.Text(item, "description", where)),
        };
        Store(actor);
        ReadEmbeddedMemberships(item, where, null, actor.Id.Value);
        Rest(item, "organizations", OrganizationMembers);
        return actor.Id.Value;
    }

    private Actor? ReadActor(JsonElement item, string where, string list, ActorKind kind, OrganisationKind? organisationKind)
    {
        var original = JsonInput.Text(item, "id", where);
        var name = JsonInput.Text(item, "name", where);
        var names = new List<LocalizedName>();
        if (name is not null)
        {
            names.Add(new LocalizedName(name, options.Language));
        }

        foreach (var (otherName, otherWhere) in JsonInput.Items(item, "other_names", where))
        {
            if (JsonInput.Text(otherName, "name", otherWhere) is not { } text)
            {
                report.Unmapped($"{list}[].other_names[] (without a name)");
                continue;
            }

            var note = JsonInput.Text(otherName, "note", otherWhere);
            var nameKind = note is null ? null : PopoloVocabulary.NameKindOf(note);
            if (note is not null && nameKind is null)
            {
                report.Unmapped($"{list}[].other_names[].note");
            }

            var candidate = new LocalizedName(text, JsonInput.Text(otherName, "lang", otherWhere) ?? options.Language, nameKind ?? NameKind.Alias);
            if (!names.Contains(candidate))
            {
                names.Add(candidate);
            }

            Rest(otherName, $"{list}[].other_names", OtherNameMembers);
        }

        if (names.Count == 0)
        {
            report.Unmapped($"{list}[] (without a name)");
            report.Warn($"{where}: dropped: it has no name, and an actor needs one");
            return null;
        }

        var id = original ?? DerivedIds.FromContent(list == "persons" ? "popolo-person" : "popolo-organization", names[0].Text);
        return new Actor(new ActorId(DerivedIds.For(id)), kind, ValueList.From(names))
        {
            OrganisationKind = organisationKind,
            Identifiers = Identifiers(item, where, id),
            Citations = Citations(item, where),
        };
    }

    private void Store(Actor actor)
    {
        var key = actor.Id.Value;
        if (!actors.TryGetValue(key, out var existing))
        {
            actors[key] = actor;
            report.Created("actor");
            return;
        }

        // The same id in another document (or embedded in one): one actor, with what each says.
        actors[key] = existing with
        {
            Names = Union(existing.Names, actor.Names),
            Identifiers = Union(existing.Identifiers, actor.Identifiers),
            Citations = Union(existing.Citations, actor.Citations),
            OrganisationKind = existing.OrganisationKind ?? actor.OrganisationKind,
            Parent = existing.Parent ?? actor.Parent,
            ExistsFrom = existing.ExistsFrom ?? actor.ExistsFrom,
            ExistsUntil = existing.ExistsUntil ?? actor.ExistsUntil,
            Description = existing.Description.IsEmpty ? actor.Description : existing.Description,
        };
        report.Merged("actor");
    }

    private void ReadEmbeddedMemberships(JsonElement item, string where, string? person, string? organization)
    {
        foreach (var (membership, membershipWhere) in JsonInput.Items(item, "memberships", where))
        {
            ReadMembership(membership, membershipWhere, person, organization);
        }
    }

    private void ReadMembership(JsonElement item, string where, string? person, string? organization)
    {
        var holder = person ?? JsonInput.Text(item, "person_id", where)
            ?? (JsonInput.Object(item, "member", where) is { } member ? JsonInput.Text(member, "id", $"{where}.member") : null)
            ?? (JsonInput.Object(item, "person", where) is { } embeddedPerson ? ReadPerson(embeddedPerson, $"{where}.person") : null);
        var body = organization ?? JsonInput.Text(item, "organization_id", where)
            ?? (JsonInput.Object(item, "organization", where) is { } embeddedOrganization ? ReadOrganization(embeddedOrganization, $"{where}.organization") : null);
        var onBehalfOf = JsonInput.Text(item, "on_behalf_of_id", where)
            ?? (JsonInput.Object(item, "on_behalf_of", where) is { } embeddedParty ? ReadOrganization(embeddedParty, $"{where}.on_behalf_of") : null);
        Rest(item, "memberships", MembershipMembers);
        if (holder is null)
        {
            report.Unmapped("memberships[] (without a member)");
            return;
        }

        var role = JsonInput.Text(item, "role", where);
        var membership = new Membership
        {
            Organisation = body is null ? null : new ActorId(DerivedIds.For(body)),
            OnBehalfOf = onBehalfOf is null ? null : new ActorId(DerivedIds.For(onBehalfOf)),
            Role = Texts(role),
            Start = JsonInput.Date(item, "start_date", where),
            End = JsonInput.Date(item, "end_date", where),
            Citations = Citations(item, where),
        };
        var holderId = DerivedIds.For(holder);

        // Memberships have no identifier in the model: a Popolo id only tells repeats (embedded in a person and in its organization) apart.
        var key = JsonInput.Text(item, "id", where) is { } id ? $"id:{id}" : null;
        if ((key is not null && !membershipIds.Add(key)) || memberships.Contains((holderId, membership)))
        {
            report.Merged("membership");
            return;
        }

        memberships.Add((holderId, membership));
        report.Created("membership");
    }

    private void ReadArea(JsonElement item, string where)
    {
        var identifier = JsonInput.Text(item, "identifier", where);
        var name = JsonInput.Text(item, "name", where);
        if (name is null)
        {
            report.Unmapped("areas[] (without a name)");
            report.Warn($"{where}: dropped: it has no name, and a territory needs one");
            return;
        }

        var original = JsonInput.Text(item, "id", where) ?? identifier ?? DerivedIds.FromContent("popolo-area", name);
        var classification = JsonInput.Text(item, "classification", where);
        var kind = classification is null ? TerritoryKind.Other : PopoloVocabulary.AreaKind(classification);
        if (classification is not null && kind is null)
        {
            report.Unmapped("areas[].classification");
        }

        var identifiers = Identifiers(item, where, original);
        if (identifier is not null)
        {
            identifiers = identifiers.Add(new ExternalIdentifier(PopoloImporter.AreaIdentifierScheme, identifier));
        }

        var parent = JsonInput.Text(item, "parent_id", where);
        var territory = new Territory(new TerritoryId(DerivedIds.For(original)), kind ?? TerritoryKind.Other, [new LocalizedName(name, options.Language)])
        {
            Parent = parent is null ? null : new TerritoryId(DerivedIds.For(parent)),
            Identifiers = identifiers,
            Citations = Citations(item, where),
        };
        Rest(item, "areas", AreaMembers);
        report.CreatedOrMerged(territories.TryAdd(territory.Id.Value, territory), "territory");
    }

    private void ReadEvent(JsonElement item, string where)
    {
        var name = JsonInput.Text(item, "name", where);
        if (name is null)
        {
            report.Unmapped("events[] (without a name)");
            report.Warn($"{where}: dropped: it has no name, and an event needs a title");
            return;
        }

        var original = JsonInput.Text(item, "id", where) ?? DerivedIds.FromContent("popolo-event", name, JsonInput.Text(item, "start_date", where));
        var classification = JsonInput.Text(item, "classification", where);
        var kind = classification is null ? EventKind.Other : PopoloVocabulary.EventKindOf(classification);
        if (classification is not null && kind is null)
        {
            report.Unmapped("events[].classification");
        }

        var participants = new List<Participant>();
        if (JsonInput.Text(item, "organization_id", where) is { } host)
        {
            participants.Add(new Participant(new ActorId(DerivedIds.For(host)), ParticipantRole.Host));
        }

        foreach (var (attendee, attendeeWhere) in JsonInput.Items(item, "attendees", where))
        {
            if (JsonInput.Text(attendee, "id", attendeeWhere) is { } attendeeId)
            {
                participants.Add(new Participant(new ActorId(DerivedIds.For(attendeeId)), ParticipantRole.Principal));
            }
        }

        var start = JsonInput.Date(item, "start_date", where);
        var end = JsonInput.Date(item, "end_date", where);
        var parent = JsonInput.Text(item, "parent_id", where);
        var location = JsonInput.Text(item, "location", where);
        var negotiationEvent = new NegotiationEvent(new NegotiationEventId(DerivedIds.For(original)), kind ?? EventKind.Other, Texts(name))
        {
            Description = Texts(JsonInput.Text(item, "description", where)),
            When = end is null ? start : new RangeWhen(start, end),
            Place = location is null ? null : new Place { Name = location },
            Participants = ValueList.From(participants),
            Parent = parent is null ? null : new NegotiationEventId(DerivedIds.For(parent)),
            Identifiers = Identifiers(item, where, original),
            Citations = Citations(item, where),
        };
        Rest(item, "events", EventMembers);
        report.CreatedOrMerged(events.TryAdd(negotiationEvent.Id.Value, negotiationEvent), "event");
    }

    private void ReadSpeech(JsonElement item, string where)
    {
        var creator = JsonInput.Text(item, "creator_id", where)
            ?? (JsonInput.Object(item, "creator", where) is { } embedded ? ReadPerson(embedded, $"{where}.creator") : null);
        var text = JsonInput.Text(item, "text", where);
        Rest(item, "speeches", SpeechMembers);
        if (creator is null || text is null)
        {
            report.Unmapped(creator is null ? "speeches[] (without a creator)" : "speeches[] (without a text)");
            return;
        }

        var date = JsonInput.Date(item, "date", where);
        var original = JsonInput.Text(item, "id", where) ?? DerivedIds.FromContent("popolo-speech", creator, date?.ToString(), text);
        var eventId = JsonInput.Text(item, "event_id", where) ?? (JsonInput.Object(item, "event", where) is { } at ? JsonInput.Text(at, "id", $"{where}.event") : null);
        var statement = new Statement(new StatementId(DerivedIds.For(original)), [new ActorId(DerivedIds.For(creator))], Texts(text))
        {
            Mode = StatementMode.DirectQuote,
            When = date,
            Event = eventId is null ? null : new NegotiationEventId(DerivedIds.For(eventId)),
            Identifiers = Identifiers(item, where, original),
            Citations = Citations(item, where),
        };
        report.CreatedOrMerged(statements.TryAdd(statement.Id.Value, statement), "statement");
    }

    private static ValueList<ExternalIdentifier> Identifiers(JsonElement item, string where, string original)
    {
        var identifiers = new List<ExternalIdentifier>();
        if (DerivedIds.NeedsDerivation(original))
        {
            identifiers.Add(new ExternalIdentifier(PopoloImporter.IdentifierScheme, original));
        }

        foreach (var (identifier, identifierWhere) in JsonInput.Items(item, "identifiers", where))
        {
            if (JsonInput.Text(identifier, "identifier", identifierWhere) is { } value)
            {
                var candidate = new ExternalIdentifier(JsonInput.Text(identifier, "scheme", identifierWhere) ?? PopoloImporter.UnspecifiedScheme, value);
                if (!identifiers.Contains(candidate))
                {
                    identifiers.Add(candidate);
                }
            }
        }

        return ValueList.From(identifiers);
    }

    private ValueList<Citation> Citations(JsonElement item, string where)
    {
        var citations = new List<Citation>();
        foreach (var (link, linkWhere) in JsonInput.Items(item, "sources", where))
        {
            var url = JsonInput.Text(link, "url", linkWhere);
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                report.Unmapped("sources[] (without an absolute url)");
                continue;
            }

            var id = new SourceId(DerivedIds.FromContent("popolo-source", url));
            if (!sources.ContainsKey(id.Value))
            {
                sources[id.Value] = new Source(id, SourceKind.Other) { Uri = uri };
                report.Created("source");
            }

            citations.Add(new Citation(id) { Notes = JsonInput.Text(link, "note", linkWhere) });
        }

        return ValueList.From(citations);
    }

    private ValueList<LocalizedText> Texts(string? text) => text is null ? [] : [new LocalizedText(text, options.Language)];

    private void Rest(JsonElement item, string list, string[] mapped)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Null && !mapped.Contains(property.Name))
            {
                report.Unmapped($"{list}[].{property.Name}");
            }
        }
    }

    private static ValueList<T> Union<T>(ValueList<T> first, ValueList<T> second) => ValueList.From(first.Concat(second.Where(item => !first.Contains(item))));
}
