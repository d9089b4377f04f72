using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;

namespace NegotiationModel.Interop.Wikidata;

/// <summary>
/// One Wikidata import: collects the entities of every input first (a position or an organisation may be in another
/// input than the person who holds it), then maps items to actors and their statements to memberships and dates.
/// </summary>
internal sealed partial class WikidataImport(WikidataImportOptions options)
{
    private readonly ReportBuilder report = new();
    private readonly Dictionary<string, WikidataDocuments.Entity> entities = new(StringComparer.Ordinal);
    private readonly List<string> order = [];
    private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> positions = new(StringComparer.Ordinal);

    // The syntax of RFC 5646 (as the validator checks it): a Wikidata code that is not well-formed (zh-classical) cannot be a name's language.
    [GeneratedRegex("^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4}|[A-Za-z]{5,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    public static ActorId ActorIdOf(string item) => new($"wikidata-{item}");

    public void Read(InteropInput input)
    {
        foreach (var entity in WikidataDocuments.Read(input))
        {
            if (entities.TryGetValue(entity.Id, out var first))
            {
                report.Unmapped("entities (duplicate id; the later copy is skipped)");
                report.Warn($"{entity.Where}: entity {entity.Id} is already at {first.Where}; this copy is skipped");
                continue;
            }

            entities[entity.Id] = entity;
            order.Add(entity.Id);
        }
    }

    public ImportResult Finish()
    {
        var items = new List<WikidataDocuments.Entity>();
        foreach (var id in order)
        {
            var entity = entities[id];
            if (entity.Json.TryGetProperty("missing", out _))
            {
                report.Unmapped("entities (missing on Wikidata)");
                report.Warn($"{entity.Where}: entity {id} is marked missing; nothing to import");
            }
            else if (!id.StartsWith('Q'))
            {
                report.Unmapped($"entities of type {JsonInput.Text(entity.Json, "type", entity.Where) ?? "other than item"}");
            }
            else
            {
                items.Add(entity);
            }
        }

        FindPositions(items);
        foreach (var item in items.Where(item => !positions.Contains(item.Id)))
        {
            var actor = ReadActor(item);
            actors[item.Id] = actor;
            report.Created("actor");
        }

        foreach (var item in items.Where(item => !positions.Contains(item.Id)))
        {
            actors[item.Id] = actors[item.Id] with { Memberships = Memberships(item) };
        }

        var record = new NegotiationRecord(options.Title)
        {
            Actors = ValueList.From(actors.Values),
            Sources = ValueList.From(sources.Values),
        };
        return new ImportResult(record, report.Build());
    }

    // A position (President of Ukraine) is a role, not an actor: an item is one when the input's people hold it, or its class says so.
    private void FindPositions(List<WikidataDocuments.Entity> items)
    {
        foreach (var item in items)
        {
            var claims = Claims(item);
            if (claims is not { } found)
            {
                continue;
            }

            foreach (var statement in WikidataStatement.Of(found, WikidataVocabulary.PositionHeld, $"{item.Where}.claims"))
            {
                if (ItemValue(statement.MainSnak, $"{statement.Where}.mainsnak").Id is { } position)
                {
                    positions.Add(position);
                }
            }

            foreach (var statement in WikidataStatement.Of(found, WikidataVocabulary.InstanceOf, $"{item.Where}.claims"))
            {
                if (statement.Rank != FactRank.Deprecated && ItemValue(statement.MainSnak, $"{statement.Where}.mainsnak").Id is { } itemClass && WikidataVocabulary.PositionClasses.Contains(itemClass))
                {
                    positions.Add(item.Id);
                }
            }
        }

        var held = items.Count(item => positions.Contains(item.Id));
        if (held > 0)
        {
            report.Unmapped("entities that are positions (their labels name the role of a membership)", held);
        }
    }

    private Actor ReadActor(WikidataDocuments.Entity item)
    {
        var names = Names(item.Json, item.Where);
        if (names.Count == 0)
        {
            // An actor needs a name; the Q-id is the only one the input gives.
            report.Unmapped("items without a label or alias (named by their Q-id)");
            names.Add(new LocalizedName(item.Id, "und"));
        }

        ReportClaimsNotImported(item);
        var (kind, organisation) = KindOf(item);
        var (from, until) = Existence(item, kind);
        var citation = new Citation(EntitySource(item));
        foreach (var property in item.Json.EnumerateObject())
        {
            if (!WikidataVocabulary.EntityMembers.Contains(property.Name))
            {
                report.Unmapped(property.Name);
            }
        }

        return new Actor(ActorIdOf(item.Id), kind, ValueList.From(names))
        {
            OrganisationKind = organisation,
            Description = Texts(item.Json, "descriptions", item.Where),
            Identifiers = Identifiers(item),
            Citations = [citation],
            ExistsFrom = from,
            ExistsUntil = until,
        };
    }

    private List<LocalizedName> Names(JsonElement item, string where)
    {
        var names = new List<LocalizedName>();
        foreach (var (text, language) in Terms(item, "labels", where, isList: false))
        {
            AddName(names, text, language, NameKind.Primary, "labels");
        }

        foreach (var (text, language) in Terms(item, "aliases", where, isList: true))
        {
            AddName(names, text, language, NameKind.Alias, "aliases");
        }

        return names;
    }

    private void AddName(List<LocalizedName> names, string text, string language, NameKind kind, string member)
    {
        // An alias equal to the label in its language adds nothing.
        if (names.Any(name => name.Text == text && name.Language == language))
        {
            return;
        }

        if (!LanguageTag().IsMatch(language))
        {
            report.Unmapped($"{member} (language code not BCP 47: {JsonInput.Shorten(language)})");
            return;
        }

        names.Add(new LocalizedName(text, language, kind));
    }

    private ValueList<LocalizedText> Texts(JsonElement item, string member, string where)
    {
        var texts = new List<LocalizedText>();
        foreach (var (text, language) in Terms(item, member, where, isList: false))
        {
            if (LanguageTag().IsMatch(language))
            {
                texts.Add(new LocalizedText(text, language));
            }
            else
            {
                report.Unmapped($"{member} (language code not BCP 47: {JsonInput.Shorten(language)})");
            }
        }

        return ValueList.From(texts);
    }

    // Labels and descriptions: {"en": {"language": "en", "value": "Ukraine"}}; aliases: {"en": [{…}, …]}; none: {} or [].
    private IEnumerable<(string Text, string Language)> Terms(JsonElement item, string member, string where, bool isList)
    {
        if (!item.TryGetProperty(member, out var terms) || terms.ValueKind == JsonValueKind.Null || (terms.ValueKind == JsonValueKind.Array && terms.GetArrayLength() == 0))
        {
            yield break;
        }

        if (terms.ValueKind != JsonValueKind.Object)
        {
            throw new InteropFormatException($"{where}.{member}", $"expected an object of terms by language, found {JsonInput.Describe(terms.ValueKind)}");
        }

        foreach (var byLanguage in terms.EnumerateObject())
        {
            var languageWhere = $"{where}.{member}.{JsonInput.Shorten(byLanguage.Name)}";
            IEnumerable<(JsonElement Term, string Where)> list = isList
                ? JsonInput.Items(terms, byLanguage.Name, $"{where}.{member}")
                : [(byLanguage.Value, languageWhere)];
            foreach (var (term, termWhere) in list)
            {
                if (term.ValueKind != JsonValueKind.Object)
                {
                    throw new InteropFormatException(termWhere, $"expected a term (an object with language and value), found {JsonInput.Describe(term.ValueKind)}");
                }

                var text = Checked(() => JsonInput.Text(term, "value", termWhere), termWhere);
                if (text is null)
                {
                    report.Unmapped($"{member} (empty)");
                    continue;
                }

                yield return (text, JsonInput.Text(term, "language", termWhere) ?? byLanguage.Name);
            }
        }
    }

    /// <summary>The source every fact of an entity cites: Wikidata's page of the entity at the revision the input holds.</summary>
    private SourceId EntitySource(WikidataDocuments.Entity item)
    {
        var revision = item.Json.TryGetProperty("lastrevid", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number > 0 ? number : (long?)null;
        var id = new SourceId(revision is { } at ? string.Create(CultureInfo.InvariantCulture, $"wikidata-{item.Id}-{at}") : $"wikidata-{item.Id}");
        if (!sources.ContainsKey(id.Value))
        {
            var uri = revision is { } oldId
                ? string.Create(CultureInfo.InvariantCulture, $"https://www.wikidata.org/w/index.php?title={item.Id}&oldid={oldId}")
                : $"https://www.wikidata.org/wiki/{item.Id}";
            sources[id.Value] = new Source(id, SourceKind.Other)
            {
                Title = [new LocalizedText(revision is { } shown ? string.Create(CultureInfo.InvariantCulture, $"Wikidata, {item.Id}, revision {shown}") : $"Wikidata, {item.Id}", "en")],
                Uri = new Uri(uri),
                Published = WikidataTime.Modified(JsonInput.Text(item.Json, "modified", item.Where)),
                Cites = ReferenceSources(item),
            };
            report.Created("source");
        }

        return id;
    }

    private static JsonElement? Claims(WikidataDocuments.Entity item)
    {
        if (!item.Json.TryGetProperty("claims", out var claims) || claims.ValueKind == JsonValueKind.Null || (claims.ValueKind == JsonValueKind.Array && claims.GetArrayLength() == 0))
        {
            return null;
        }

        return claims.ValueKind == JsonValueKind.Object
            ? claims
            : throw new InteropFormatException($"{item.Where}.claims", $"expected an object of statements by property, found {JsonInput.Describe(claims.ValueKind)}");
    }

    private static string? Checked(Func<string?> read, string where)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException error)
        {
            // A string escape that is not valid UTF-16, such as a lone surrogate.
            throw new InteropFormatException(where, "text that is not valid Unicode", error);
        }
    }
}
