using System.Text.Json;
using System.Text.Json.Nodes;
using NegotiationModel.Comparison;
using NegotiationModel.Kinds;
using NegotiationModel.Serialization;
using NegotiationModel.Tests.Validation;
using NegotiationModel.Timelines;
using NodaTime;

namespace NegotiationModel.Tests;

/// <summary>
/// The entity kinds are described once (the generated <see cref="EntityKinds"/> table) and every place that needs
/// each kind reads that description. A record in which every member of every type holds a value has an entity of
/// every kind; each test fails when a kind is missing from one of the places that follow from the table.
/// </summary>
public sealed class EntityKindsTest
{
    private static readonly NegotiationRecord Filled = FilledRecord.Build();

    private static IEnumerable<EntityKind> EntityKindsOfTheRecord => Enum.GetValues<EntityKind>().Where(k => k != EntityKind.Phase);

    [Fact]
    public void Every_kind_but_the_phase_is_held_by_the_record_and_every_collection_is_a_kind()
    {
        EntityKinds.InRecordOrder.Select(k => k.Kind).Should().BeEquivalentTo(EntityKindsOfTheRecord);
        Filled.Entities().Select(e => e.Reference.Kind).Distinct().Should().BeEquivalentTo(EntityKindsOfTheRecord);

        EntityKinds.InRecordOrder.Select(k => k.EntityType).Should().Contain(EntityCollections().Select(p => p.PropertyType.GetGenericArguments()[0]));
    }

    [Fact]
    public void The_comparison_of_two_records_compares_no_collection_as_a_member_of_the_record()
    {
        var json = FilledRecord.Json().AsObject();
        foreach (var collection in EntityCollections())
        {
            json[JsonNamingPolicy.CamelCase.ConvertName(collection.Name)] = new JsonArray();
        }

        var changes = RecordDiff.Compare(Filled, NegotiationJson.Deserialize(json.ToJsonString()));

        changes.Should().NotContain(c => c.Reference == null, "the record's own members are equal; its collections are compared entity by entity");
        changes.Should().OnlyContain(c => c.Kind == ChangeKind.Removed).And.HaveCount(Filled.Entities().Select(e => e.Reference).Distinct().Count());
    }

    [Fact]
    public void The_record_as_known_before_any_of_its_citations_holds_no_entity_of_any_kind()
    {
        var json = FilledRecord.Json().AsObject();
        CiteOnly(json, "future");
        json["sources"]!.AsArray().Add(new JsonObject { ["id"] = "future", ["kind"] = "news-report", ["title"] = new JsonArray(new JsonObject { ["text"] = "Later", ["language"] = "en" }), ["published"] = "2030-01-01" });
        var record = NegotiationJson.Deserialize(json.ToJsonString());
        record.Entities().Select(e => e.Reference.Kind).Distinct().Should().BeEquivalentTo(EntityKindsOfTheRecord);

        var known = record.AsKnownAt(Instant.FromUtc(2020, 1, 1, 0, 0));

        known.Entities().Select(e => e.Reference.ToString()).Should().BeEmpty("every entity is cited only by a source published in 2030");
    }

    [Fact]
    public void A_stream_of_JSON_Lines_holds_entities_of_every_kind()
    {
        NegotiationJsonLines.Kinds.Should().BeEquivalentTo(EntityKindsOfTheRecord);
        foreach (var entity in Filled.Entities())
        {
            using var stream = new MemoryStream();
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(EntityKinds.Of(entity).EntityType!))!;
            list.Add(entity);
            typeof(NegotiationJsonLines).GetMethods().Single(m => m.Name == nameof(NegotiationJsonLines.Write) && m.GetParameters().Length == 2)
                .MakeGenericMethod(EntityKinds.Of(entity).EntityType!).Invoke(null, [stream, list]);
            stream.Position = 0;

            NegotiationJsonLines.ReadEntities(stream, entity.Reference.Kind).Should().ContainSingle().Which.Should().Be(entity);
        }
    }

    [Fact]
    public void Every_entity_is_labelled_by_more_than_its_reference()
    {
        var labels = new EntityLabels(Filled, "en");
        foreach (var entity in Filled.Entities())
        {
            labels.Of(entity).Should().NotBe(entity.Reference.ToString(), $"a {entity.Reference.Kind} is labelled by a sentence or by its names ([FoundByName])");
        }
    }

    private static IEnumerable<System.Reflection.PropertyInfo> EntityCollections() => typeof(NegotiationRecord).GetProperties()
        .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ValueList<>)
            && typeof(IRecordEntity).IsAssignableFrom(p.PropertyType.GetGenericArguments()[0]));

    private static void CiteOnly(JsonNode node, string source)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey("citations"))
                {
                    obj["citations"] = new JsonArray(new JsonObject { ["source"] = source });
                }

                foreach (var (_, value) in obj.ToList())
                {
                    if (value is not null)
                    {
                        CiteOnly(value, source);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        CiteOnly(item, source);
                    }
                }

                break;
        }
    }
}
