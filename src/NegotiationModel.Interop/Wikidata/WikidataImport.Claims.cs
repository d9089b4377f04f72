using System.Text.Json;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Sources;
using NegotiationModel.Time;
using static NegotiationModel.Interop.Wikidata.WikidataVocabulary;

namespace NegotiationModel.Interop.Wikidata;

/// <summary>The mapping of an item's statements: its class, existence dates, identifiers and memberships (docs/interop.md has it as a table).</summary>
internal sealed partial class WikidataImport
{
    private (ActorKind Kind, OrganisationKind? Organisation) KindOf(WikidataDocuments.Entity item)
    {
        var statements = Statements(item, InstanceOf);
        var classes = new List<string>();
        foreach (var statement in statements.Where(statement => statement.Rank == FactRank.Preferred).Concat(statements.Where(statement => statement.Rank == FactRank.Normal)))
        {
            if (ItemValue(statement.MainSnak, $"{statement.Where}.mainsnak").Id is not { } itemClass)
            {
                continue;
            }

            if (WikidataVocabulary.KindOf(itemClass) is { } kind)
            {
                return kind;
            }

            classes.Add(itemClass);
        }

        report.Unmapped("claims.P31 (no class in the mapping: actor kind Other)");
        report.Warn(classes.Count == 0
            ? $"{item.Where}: {item.Id} has no instance of (P31); its actor is of kind Other"
            : $"{item.Where}: {item.Id} is an instance of {string.Join(", ", classes)}, none of them in the mapping; its actor is of kind Other");
        return (ActorKind.Other, null);
    }

    private (When? From, When? Until) Existence(WikidataDocuments.Entity item, ActorKind kind)
    {
        // A person is born and dies; anything else is founded and dissolved. Either pair is read, the fitting one first.
        var (first, second) = kind == ActorKind.Person ? ((DateOfBirth, DateOfDeath), (Inception, Dissolved)) : ((Inception, Dissolved), (DateOfBirth, DateOfDeath));
        var from = BestTime(item, first.Item1) ?? BestTime(item, second.Item1);
        var until = BestTime(item, first.Item2) ?? BestTime(item, second.Item2);
        return (from, until);
    }

    private When? BestTime(WikidataDocuments.Entity item, string property)
    {
        var best = WikidataStatement.Best(Statements(item, property));
        if (best.Count == 0)
        {
            return null;
        }

        if (best.Count > 1)
        {
            report.Unmapped($"claims.{property} (more than one value at the best rank; the first is kept)", best.Count - 1);
        }

        return Time(best[0].MainSnak, $"{best[0].Where}.mainsnak", $"claims.{property}");
    }

    private When? Time(JsonElement snak, string where, string field)
    {
        var (value, type, noValue) = WikidataStatement.Value(snak, where);
        if (noValue is not null || value is null)
        {
            report.Unmapped($"{field} ({noValue})");
            return null;
        }

        if (type != "time")
        {
            report.Unmapped($"{field} (value not a time)");
            return null;
        }

        var result = WikidataTime.Read(value.Value, $"{where}.datavalue.value");
        if (result.NotKept is { } reason)
        {
            report.Unmapped($"{field} {reason}");
            report.Warn($"{where}: not imported: {reason}");
        }

        if (result.Note is { } note)
        {
            report.Warn($"{where}: {note}");
        }

        return result.When;
    }

    private ValueList<ExternalIdentifier> Identifiers(WikidataDocuments.Entity item)
    {
        var identifiers = new List<ExternalIdentifier> { new(IdentifierSchemes.Wikidata, item.Id) };
        foreach (var (property, scheme) in WikidataVocabulary.Identifiers)
        {
            foreach (var statement in WikidataStatement.Best(Statements(item, property)))
            {
                var (value, type, noValue) = WikidataStatement.Value(statement.MainSnak, $"{statement.Where}.mainsnak");
                if (value is { ValueKind: JsonValueKind.String } text && type is "string" or "external-id" && text.GetString() is { Length: > 0 } code && !string.IsNullOrWhiteSpace(code))
                {
                    var identifier = new ExternalIdentifier(scheme, code);
                    if (!identifiers.Contains(identifier))
                    {
                        identifiers.Add(identifier);
                    }
                }
                else
                {
                    report.Unmapped($"claims.{property} ({noValue ?? "value not text"})");
                }
            }
        }

        return ValueList.From(identifiers);
    }

    private ValueList<Membership> Memberships(WikidataDocuments.Entity item)
    {
        var memberships = new List<Membership>();
        foreach (var property in MembershipProperties)
        {
            foreach (var statement in Statements(item, property))
            {
                // Several terms of one position are each a statement; a rank marks the current one, not a rival value: all but the deprecated are kept.
                if (statement.Rank == FactRank.Deprecated)
                {
                    continue;
                }

                if (Membership(item, statement) is { } membership)
                {
                    memberships.Add(membership);
                    report.Created("membership");
                }
            }
        }

        return ValueList.From(memberships);
    }

    private Membership? Membership(WikidataDocuments.Entity item, WikidataStatement statement)
    {
        var property = statement.Property;
        var (target, reason) = ItemValue(statement.MainSnak, $"{statement.Where}.mainsnak");
        if (target is null)
        {
            report.Unmapped($"claims.{property} ({reason})");
            return null;
        }

        ValueList<LocalizedText> role = [];
        string? organisation;
        if (property == PositionHeld)
        {
            var inInput = entities.TryGetValue(target, out var position);
            role = inInput ? Texts(position.Json, "labels", position.Where) : [];
            if (role.IsEmpty)
            {
                // The position's name is not in the input: its Q-id names the role, so that nothing is invented.
                report.Unmapped("claims.P39 (position not in the input: the role is its Q-id)");
                role = [new LocalizedText(target, "und")];
            }

            organisation = QualifierItem(statement, Of, AppliesToJurisdiction, Employer) ?? (inInput ? Jurisdiction(position) : null);
        }
        else
        {
            organisation = target;
        }

        if (property != PositionHeld && !actors.ContainsKey(target))
        {
            report.Unmapped($"claims.{property} (organisation not in the input)");
            report.Warn($"{statement.Where}: the organisation {target} is not in the input; the membership is not imported");
            return null;
        }

        var organisationId = Known(organisation, statement, "organisation");

        if (statement.Qualifiers is { } qualifiers)
        {
            foreach (var qualifier in qualifiers.EnumerateObject().Where(qualifier => !MembershipQualifiers.Contains(qualifier.Name)))
            {
                report.Unmapped($"claims.{property}.qualifiers.{qualifier.Name}", qualifier.Value.ValueKind == JsonValueKind.Array ? qualifier.Value.GetArrayLength() : 1);
            }
        }

        return new Membership
        {
            Role = role,
            Organisation = organisationId,
            OnBehalfOf = Known(QualifierItem(statement, ParliamentaryGroup), statement, "parliamentary group"),
            Start = QualifierTime(statement, StartTime),
            End = QualifierTime(statement, EndTime),
            Citations = [new Citation(EntitySource(item)) { Locator = statement.Id ?? property, Notes = $"{property} {target}" }],
        };
    }

    private ActorId? Known(string? item, WikidataStatement statement, string what)
    {
        if (item is null)
        {
            return null;
        }

        if (actors.ContainsKey(item))
        {
            return ActorIdOf(item);
        }

        report.Warn($"{statement.Where}: the {what} {item} is not in the input, so the membership names none");
        return null;
    }

    private static string? Jurisdiction(WikidataDocuments.Entity position)
    {
        var best = WikidataStatement.Best(Statements(position, AppliesToJurisdiction));
        return best.Count == 0 ? null : ItemValue(best[0].MainSnak, $"{best[0].Where}.mainsnak").Id;
    }

    private static string? QualifierItem(WikidataStatement statement, params ReadOnlySpan<string> properties)
    {
        foreach (var property in properties)
        {
            foreach (var (snak, where) in statement.QualifierSnaks(property))
            {
                if (ItemValue(snak, where).Id is { } item)
                {
                    return item;
                }
            }
        }

        return null;
    }

    private When? QualifierTime(WikidataStatement statement, string property)
    {
        var snaks = statement.QualifierSnaks(property).ToList();
        if (snaks.Count > 1)
        {
            report.Unmapped($"claims.{statement.Property}.qualifiers.{property} (beyond the first)", snaks.Count - 1);
        }

        return snaks.Count == 0 ? null : Time(snaks[0].Snak, snaks[0].Where, $"claims.{statement.Property}.qualifiers.{property}");
    }

    private static (string? Id, string? Reason) ItemValue(JsonElement snak, string where)
    {
        var (value, type, noValue) = WikidataStatement.Value(snak, where);
        if (noValue is not null || value is null)
        {
            return (null, noValue);
        }

        return type != "wikibase-entityid" ? (null, "value not an item") : (WikidataStatement.ItemId(value.Value, $"{where}.datavalue.value"), "value not an item");
    }

    private static List<WikidataStatement> Statements(WikidataDocuments.Entity item, string property)
    {
        if (Claims(item) is not { } claims)
        {
            return [];
        }

        var statements = WikidataStatement.Of(claims, property, $"{item.Where}.claims");
        return statements;
    }

    private void ReportClaimsNotImported(WikidataDocuments.Entity item)
    {
        if (Claims(item) is not { } claims)
        {
            return;
        }

        foreach (var property in claims.EnumerateObject())
        {
            var count = property.Value.ValueKind == JsonValueKind.Array ? property.Value.GetArrayLength() : 1;
            if (!MappedProperties.Contains(property.Name))
            {
                report.Unmapped($"claims.{property.Name}", count);
                continue;
            }

            // Deprecated statements are kept on Wikidata to show what was once claimed; they are not imported as facts.
            var deprecated = WikidataStatement.Of(claims, property.Name, $"{item.Where}.claims").Count(statement => statement.Rank == FactRank.Deprecated);
            if (deprecated > 0)
            {
                report.Unmapped($"claims.{property.Name} (deprecated: not imported)", deprecated);
                report.Warn($"{item.Where}: {deprecated} deprecated statement(s) of {property.Name} not imported");
            }
        }
    }

    // The reference URLs (P854) of the statements imported: the sources Wikidata cites for them.
    private ValueList<SourceId> ReferenceSources(WikidataDocuments.Entity item)
    {
        var cited = new List<SourceId>();
        if (Claims(item) is not { } claims)
        {
            return [];
        }

        foreach (var property in MappedProperties)
        {
            foreach (var statement in WikidataStatement.Of(claims, property, $"{item.Where}.claims").Where(statement => statement.Rank != FactRank.Deprecated && statement.References is not null))
            {
                foreach (var reference in statement.References!.Value.EnumerateArray())
                {
                    if (reference.ValueKind != JsonValueKind.Object || JsonInput.Object(reference, "snaks", $"{statement.Where}.references") is not { } snaks)
                    {
                        continue;
                    }

                    foreach (var byProperty in snaks.EnumerateObject())
                    {
                        if (byProperty.Name != ReferenceUrl || byProperty.Value.ValueKind != JsonValueKind.Array)
                        {
                            report.Unmapped($"references[].{byProperty.Name}");
                            continue;
                        }

                        foreach (var snak in byProperty.Value.EnumerateArray())
                        {
                            var (value, _, _) = WikidataStatement.Value(snak, $"{statement.Where}.references");
                            if (value is { ValueKind: JsonValueKind.String } url && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
                            {
                                var id = new SourceId(DerivedIds.FromContent("wikidata-reference", uri.OriginalString));
                                if (!sources.ContainsKey(id.Value))
                                {
                                    sources[id.Value] = new Source(id, SourceKind.Other) { Uri = uri };
                                    report.Created("source");
                                }

                                if (!cited.Contains(id))
                                {
                                    cited.Add(id);
                                }
                            }
                            else
                            {
                                report.Unmapped("references[].P854 (not an absolute URL)");
                            }
                        }
                    }
                }
            }
        }

        return ValueList.From(cited);
    }
}
