using System.Text.Json;
using NegotiationModel.Actors;
using NegotiationModel.Events;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Statements;
using NegotiationModel.Territories;

namespace NegotiationModel.Interop.Popolo;

/// <summary>One import: reads documents, detects their classes, and keeps what it built until <see cref="Finish"/>.</summary>
internal sealed partial class PopoloImport(PopoloImportOptions options) : IInteropImport
{
    private readonly ReportBuilder report = new();
    private readonly Dictionary<string, Actor> actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Territory> territories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NegotiationEvent> events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Statement> statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> sources = new(StringComparer.Ordinal);
    private readonly List<(string Holder, Membership Membership)> memberships = [];
    private readonly HashSet<string> membershipIds = new(StringComparer.Ordinal);

    public void Read(InteropInput input)
    {
        using var document = JsonInput.Parse(input, "Popolo");
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && IsCombined(root))
        {
            ReadCombined(root, input.Name);
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            ReadObject(root, ClassOf(root, input.Name, input.Name), input.Name);
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            ReadList(root, null, input.Name, input.Name);
        }
        else
        {
            throw new InteropFormatException(input.Name, $"not Popolo: expected an object or a list, found {JsonInput.Describe(root.ValueKind)}");
        }
    }

    public ImportResult Finish()
    {
        foreach (var (holder, membership) in memberships)
        {
            if (!actors.TryGetValue(holder, out var actor))
            {
                report.Unmapped("memberships[] (member not in the input)");
                report.Warn($"membership of '{holder}' dropped: the input holds no person or organization with that id");
                continue;
            }

            actors[holder] = actor with { Memberships = actor.Memberships.Add(membership) };
        }

        WarnOfUnresolvedReferences();
        var record = new NegotiationRecord(options.Title)
        {
            Actors = ValueList.From(actors.Values),
            Sources = ValueList.From(sources.Values),
            Events = ValueList.From(events.Values),
            Statements = ValueList.From(statements.Values),
            Territories = ValueList.From(territories.Values),
        };
        return new ImportResult(record, report.Build());
    }

    private static bool IsCombined(JsonElement root)
    {
        foreach (var (list, _) in PopoloVocabulary.Lists)
        {
            if (root.TryGetProperty(list, out _))
            {
                return true;
            }
        }

        return PopoloVocabulary.UnmappedLists.Any(list => root.TryGetProperty(list, out _));
    }

    private void ReadCombined(JsonElement root, string name)
    {
        foreach (var (list, popoloClass) in PopoloVocabulary.Lists)
        {
            if (root.TryGetProperty(list, out var items) && items.ValueKind != JsonValueKind.Null)
            {
                if (items.ValueKind != JsonValueKind.Array)
                {
                    throw new InteropFormatException($"{name}: {list}", $"expected a list, found {JsonInput.Describe(items.ValueKind)}");
                }

                ReadList(items, popoloClass, $"{name}: {list}", list);
            }
        }

        foreach (var property in root.EnumerateObject())
        {
            if (PopoloVocabulary.UnmappedLists.Contains(property.Name))
            {
                report.Unmapped(property.Name, property.Value.ValueKind == JsonValueKind.Array ? property.Value.GetArrayLength() : 1);
            }
            else if (!PopoloVocabulary.Lists.Any(entry => entry.List == property.Name))
            {
                report.Unmapped(property.Name);
            }
        }
    }

    private void ReadList(JsonElement items, PopoloClass? popoloClass, string where, string name)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var itemWhere = $"{where}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new InteropFormatException(itemWhere, $"expected an object, found {JsonInput.Describe(item.ValueKind)}");
            }

            if (JsonInput.Text(item, "id", itemWhere) is { } id && !seen.TryAdd(id, index))
            {
                throw new InteropFormatException($"{itemWhere}.id", $"duplicate id '{JsonInput.Shorten(id)}' (first at [{seen[id]}])");
            }

            ReadObject(item, popoloClass ?? ClassOf(item, name, itemWhere), itemWhere);
            index++;
        }
    }

    private void ReadObject(JsonElement item, PopoloClass popoloClass, string where)
    {
        switch (popoloClass)
        {
            case PopoloClass.Person: ReadPerson(item, where); break;
            case PopoloClass.Organization: ReadOrganization(item, where); break;
            case PopoloClass.Membership: ReadMembership(item, where, null, null); break;
            case PopoloClass.Area: ReadArea(item, where); break;
            case PopoloClass.Event: ReadEvent(item, where); break;
            case PopoloClass.Speech: ReadSpeech(item, where); break;
            default: report.Unmapped("posts"); break;
        }
    }

    // The class of an object the combined form does not name: the members only one class has, else the input's name.
    private static PopoloClass ClassOf(JsonElement item, string name, string where)
    {
        bool Has(params string[] members) => members.Any(member => item.TryGetProperty(member, out _));
        if (Has("creator_id", "creator", "attribution_text", "audio", "video", "text"))
        {
            return PopoloClass.Speech;
        }

        if (Has("person_id", "member", "person", "on_behalf_of_id", "legislative_period_id", "post_id"))
        {
            return PopoloClass.Membership;
        }

        if (Has("other_label") || (Has("label") && !Has("name")))
        {
            return PopoloClass.Post;
        }

        if (Has("birth_date", "death_date", "gender", "given_name", "family_name", "email", "honorific_prefix", "honorific_suffix", "sort_name", "national_identity", "biography", "summary", "patronymic_name", "pronouns"))
        {
            return PopoloClass.Person;
        }

        if (Has("attendees", "location", "status", "start_date", "end_date", "organization_id"))
        {
            return PopoloClass.Event;
        }

        if (Has("identifier", "geometry"))
        {
            return PopoloClass.Area;
        }

        if (Has("classification", "founding_date", "dissolution_date", "parent_id", "posts", "memberships", "area_id", "abstract"))
        {
            return PopoloClass.Organization;
        }

        var file = Path.GetFileNameWithoutExtension(name).ToLowerInvariant();
        foreach (var (hint, popoloClass) in NameHints)
        {
            if (file.Contains(hint, StringComparison.Ordinal))
            {
                return popoloClass;
            }
        }

        throw new InteropFormatException(where, "not Popolo, or a Popolo object whose class its members do not tell: name the file after its class (person.json, organization.json, membership.json, area.json, event.json, speech.json) or use the combined form");
    }

    private static readonly (string Hint, PopoloClass Class)[] NameHints =
    [
        ("membership", PopoloClass.Membership), ("person", PopoloClass.Person), ("people", PopoloClass.Person),
        ("organi", PopoloClass.Organization), ("area", PopoloClass.Area), ("event", PopoloClass.Event),
        ("speech", PopoloClass.Speech), ("post", PopoloClass.Post), ("metadata", PopoloClass.Person),
    ];

    private void WarnOfUnresolvedReferences()
    {
        void Check(string? id, string what)
        {
            if (id is not null && !actors.ContainsKey(id))
            {
                report.Warn($"{what} refers to '{id}', which the input does not hold (the reference is kept)");
            }
        }

        foreach (var actor in actors.Values)
        {
            Check(actor.Parent?.Value, $"actor '{actor.Id}' parent");
            foreach (var membership in actor.Memberships)
            {
                Check(membership.Organisation?.Value, $"a membership of '{actor.Id}'");
                Check(membership.OnBehalfOf?.Value, $"a membership of '{actor.Id}' on behalf of");
            }
        }

        foreach (var statement in statements.Values)
        {
            Check(statement.Speakers[0].Value, $"statement '{statement.Id}' creator");
            if (statement.Event is { } at && !events.ContainsKey(at.Value))
            {
                report.Warn($"statement '{statement.Id}' refers to event '{at}', which the input does not hold (the reference is kept)");
            }
        }

        foreach (var territory in territories.Values)
        {
            if (territory.Parent is { } parent && !territories.ContainsKey(parent.Value))
            {
                report.Warn($"territory '{territory.Id}' parent refers to '{parent}', which the input does not hold (the reference is kept)");
            }
        }
    }
}
