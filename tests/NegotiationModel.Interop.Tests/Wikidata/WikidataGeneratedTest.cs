using System.Text.Json.Nodes;
using CsCheck;
using NegotiationModel.Interop.Wikidata;
using NegotiationModel.Serialization;
using NegotiationModel.Time;
using NegotiationModel.Validation;

namespace NegotiationModel.Interop.Tests.Wikidata;

public sealed class WikidataGeneratedTest
{
    private static readonly string[] Languages = ["en", "de", "uk", "ru", "fr", "ja", "mul", "be-tarask", "zh-hans", "sr-ec"];

    private static readonly Gen<string> Text = Gen.String[Gen.Char["abcxyz АБВЇ日本'\"\\"], 1, 12].Where(text => !string.IsNullOrWhiteSpace(text));

    private static readonly Gen<string> Language = Gen.Int[0, Languages.Length - 1].Select(index => Languages[index]);

    private static readonly Gen<(int Year, int Month, int Day, int Precision)> Time = Gen.Select(Gen.Int[1800, 2030], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[9, 11]);

    private sealed record Item(string Id, Dictionary<string, string> Labels, List<(string Language, string Text)> Aliases, (int Year, int Month, int Day, int Precision) Born);

    private static readonly Gen<Item[]> Items =
        from count in Gen.Int[1, 4]
        from items in Gen.Select(Gen.Select(Language, Text).Array[0, 5], Gen.Select(Language, Text).Array[0, 5], Time).Array[count]
        select items.Select((item, index) => new Item(
            $"Q{index + 1}",
            item.Item1.GroupBy(label => label.Item1).ToDictionary(byLanguage => byLanguage.Key, byLanguage => byLanguage.First().Item2),
            [.. item.Item2],
            item.Item3)).ToArray();

    [Fact]
    public void Generated_entities_keep_every_label_and_alias_and_the_precision_of_their_times_and_the_record_validates_and_round_trips()
    {
        Items.Sample(items =>
        {
            var json = new JsonObject { ["entities"] = new JsonObject(items.Select(item => KeyValuePair.Create(item.Id, (JsonNode?)Entity(item)))) }.ToJsonString();

            var record = WikidataImporter.Import([new InteropInput("generated.json", json)], WikidataImportOptions.Default).Record;

            record.Actors.Should().HaveCount(items.Length);
            foreach (var item in items)
            {
                var actor = record.Actors.Single(actor => actor.Id == WikidataImporter.ActorIdOf(item.Id));
                foreach (var (language, text) in item.Labels)
                {
                    actor.Names.Should().Contain(new LocalizedName(text, language));
                }

                foreach (var (language, text) in item.Aliases)
                {
                    actor.Names.Should().Contain(name => name.Text == text && name.Language == language);
                }

                var born = (CalendarWhen)actor.ExistsFrom!;
                born.Precision.Should().Be(item.Born.Precision switch { 9 => WhenPrecision.Year, 10 => WhenPrecision.Month, _ => WhenPrecision.Day });
                born.ToString().Should().Be(item.Born.Precision switch
                {
                    9 => $"{item.Born.Year:D4}",
                    10 => $"{item.Born.Year:D4}-{item.Born.Month:D2}",
                    _ => $"{item.Born.Year:D4}-{item.Born.Month:D2}-{item.Born.Day:D2}",
                });
            }

            RecordValidator.Default.Validate(record).Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
            NegotiationJson.Deserialize(NegotiationJson.Serialize(record)).Should().Be(record);
        });
    }

    private static JsonObject Entity(Item item)
    {
        var (year, month, day, precision) = item.Born;
        var time = precision switch
        {
            9 => $"+{year:D4}-00-00T00:00:00Z",
            10 => $"+{year:D4}-{month:D2}-00T00:00:00Z",
            _ => $"+{year:D4}-{month:D2}-{day:D2}T00:00:00Z",
        };
        return new JsonObject
        {
            ["type"] = "item",
            ["id"] = item.Id,
            ["labels"] = new JsonObject(item.Labels.Select(label => KeyValuePair.Create(label.Key, (JsonNode?)new JsonObject { ["language"] = label.Key, ["value"] = label.Value }))),
            ["aliases"] = new JsonObject(item.Aliases.GroupBy(alias => alias.Language).Select(group => KeyValuePair.Create(group.Key, (JsonNode?)new JsonArray([.. group.Select(alias => (JsonNode)new JsonObject { ["language"] = alias.Language, ["value"] = alias.Text })])))),
            ["claims"] = new JsonObject
            {
                ["P31"] = new JsonArray(Statement("P31", new JsonObject { ["value"] = new JsonObject { ["entity-type"] = "item", ["id"] = "Q5" }, ["type"] = "wikibase-entityid" })),
                ["P569"] = new JsonArray(Statement("P569", new JsonObject
                {
                    ["value"] = new JsonObject { ["time"] = time, ["timezone"] = 0, ["before"] = 0, ["after"] = 0, ["precision"] = precision, ["calendarmodel"] = "http://www.wikidata.org/entity/Q1985727" },
                    ["type"] = "time",
                })),
            },
        };
    }

    private static JsonObject Statement(string property, JsonObject datavalue) => new()
    {
        ["mainsnak"] = new JsonObject { ["snaktype"] = "value", ["property"] = property, ["datavalue"] = datavalue },
        ["type"] = "statement",
        ["rank"] = "normal",
    };
}
