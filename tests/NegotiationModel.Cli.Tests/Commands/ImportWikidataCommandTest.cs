using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Tests.Commands;

public sealed class ImportWikidataCommandTest
{
    // The Special:EntityData form, trimmed by hand (Wikidata is CC0): a person holding a position in a state.
    private const string Entities = """
        {"entities": {
          "Q3874799": {"type": "item", "id": "Q3874799",
            "labels": {"uk": {"language": "uk", "value": "Володимир Зеленський"}, "en": {"language": "en", "value": "Volodymyr Zelenskyy"}},
            "aliases": {"en": [{"language": "en", "value": "Volodymyr Zelensky"}]},
            "claims": {
              "P31": [{"mainsnak": {"snaktype": "value", "property": "P31", "datavalue": {"value": {"entity-type": "item", "id": "Q5"}, "type": "wikibase-entityid"}}, "type": "statement", "rank": "normal"}],
              "P39": [{"mainsnak": {"snaktype": "value", "property": "P39", "datavalue": {"value": {"entity-type": "item", "id": "Q1857208"}, "type": "wikibase-entityid"}}, "type": "statement", "rank": "preferred",
                "qualifiers": {"P580": [{"snaktype": "value", "property": "P580", "datavalue": {"value": {"time": "+2019-05-20T00:00:00Z", "timezone": 0, "before": 0, "after": 0, "precision": 11, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}, "type": "time"}}]},
                "qualifiers-order": ["P580"]}],
              "P106": [{"mainsnak": {"snaktype": "value", "property": "P106", "datavalue": {"value": {"entity-type": "item", "id": "Q82955"}, "type": "wikibase-entityid"}}, "type": "statement", "rank": "normal"}]}},
          "Q212": {"type": "item", "id": "Q212", "labels": {"en": {"language": "en", "value": "Ukraine"}},
            "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31", "datavalue": {"value": {"entity-type": "item", "id": "Q3624078"}, "type": "wikibase-entityid"}}, "type": "statement", "rank": "normal"}]}},
          "Q1857208": {"type": "item", "id": "Q1857208", "labels": {"en": {"language": "en", "value": "President of Ukraine"}},
            "claims": {"P1001": [{"mainsnak": {"snaktype": "value", "property": "P1001", "datavalue": {"value": {"entity-type": "item", "id": "Q212"}, "type": "wikibase-entityid"}}, "type": "statement", "rank": "normal"}]}}
        }}
        """;

    [Fact]
    public async Task Import_wikidata_writes_actors_with_their_positions_and_reports_unmapped_properties()
    {
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "wikidata", CliRun.TempFile(Entities), "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("created:\n  actor: 2\n  membership: 1\n").And.Contain("  claims.P106: 1\n");
        var record = NegotiationJson.Deserialize(File.ReadAllText(output));
        var person = record.Actors.Single(actor => actor.Id.Value == "wikidata-Q3874799");
        person.Memberships.Should().ContainSingle().Which.Organisation!.Value.Value.Should().Be("wikidata-Q212");
        person.Memberships[0].Start!.ToString().Should().Be("2019-05-20");
        (await CliRun.InvokeAsync("validate", output)).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Import_into_a_record_merges_an_actor_by_its_wikidata_id()
    {
        var existing = CliRun.TempFile("""{"schemaVersion": "1.1", "title": "Talks", "actors": [{"id": "zelensky", "kind": "person", "names": [{"text": "Zelensky", "language": "en"}], "identifiers": [{"scheme": "wikidata", "value": "Q3874799"}]}]}""");
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "wikidata", CliRun.TempFile(Entities), "--into", existing, "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("merged:\n  actor: 1\n");
        var record = NegotiationJson.Deserialize(File.ReadAllText(output));
        record.Title.Should().Be("Talks");
        record.Actors.Select(actor => actor.Id.Value).Should().Equal("zelensky", "wikidata-Q212");
        var zelensky = record.Actors[0];
        zelensky.Names.Select(name => name.Text).Should().Equal("Zelensky", "Володимир Зеленський", "Volodymyr Zelenskyy", "Volodymyr Zelensky");
        zelensky.Memberships.Should().ContainSingle().Which.Organisation!.Value.Value.Should().Be("wikidata-Q212");
        (await CliRun.InvokeAsync("validate", output)).ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("AgtId,Con,Agt\n1,Ukraine,Minsk\n", "not Wikidata entity JSON: not JSON")]
    [InlineData("""{"persons": [{"id": "a", "name": "A"}]}""", "not Wikidata entity JSON: an entity needs an 'id'")]
    [InlineData("""{"id": "Q1", "claims": {"P569": [{"mainsnak": {"snaktype": "value", "property": "P569", "datavalue": {"value": {"time": "+2019-13-45T00:00:00Z", "precision": 11}, "type": "time"}}, "rank": "normal"}]}}""", "claims.P569[0].mainsnak.datavalue.value.time: '+2019-13-45T00:00:00Z' is not a date")]
    public async Task Input_not_of_the_format_exits_1_with_where_and_no_stack_trace(string content, string message)
    {
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "wikidata", CliRun.TempFile(content), "-o", output);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message).And.NotContain("   at ");
        File.ReadAllText(output).Should().BeEmpty();
    }
}
