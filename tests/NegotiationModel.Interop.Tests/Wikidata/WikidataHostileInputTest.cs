using NegotiationModel.Interop.Wikidata;

namespace NegotiationModel.Interop.Tests.Wikidata;

public sealed class WikidataHostileInputTest
{
    private static ImportResult Import(string json) => WikidataImporter.Import([new InteropInput("input.json", json)], WikidataImportOptions.Default);

    private static string Born(string time, int precision, string type = "time") => $$$"""
        {"id": "Q1", "labels": {"en": {"language": "en", "value": "A"}}, "claims": {
          "P31": [{"mainsnak": {"snaktype": "value", "property": "P31", "datavalue": {"value": {"entity-type": "item", "id": "Q5"}, "type": "wikibase-entityid"}}, "rank": "normal"}],
          "P569": [{"mainsnak": {"snaktype": "value", "property": "P569", "datavalue": {"value": {"time": "{{{time}}}", "precision": {{{precision}}}, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}, "type": "{{{type}}}"}}, "rank": "normal"}]}}
        """;

    [Theory]
    [InlineData("AgtId,Con,Agt\n1,Ukraine,Minsk", "input.json: not Wikidata entity JSON: not JSON (line 1, byte 1)")]
    [InlineData("[\n{\"id\": \"Q1\"},\n{\"id\": \"Q2\", oops},\n", "input.json: line 3: not Wikidata entity JSON (a dump has one entity a line): not JSON")]
    [InlineData("42", "not Wikidata entity JSON: expected {\"entities\": …}, an entity or a list of entities, found a number")]
    [InlineData("""{"id": "1", "date": "2020-01-01", "actor": [{"code": "USA"}], "event": ["CONSULT"]}""", "input.json.id: not Wikidata entity JSON: '1' is not a Wikidata entity id")]
    [InlineData("""{"persons": [{"id": "a", "name": "A"}]}""", "input.json: not Wikidata entity JSON: an entity needs an 'id' such as Q212")]
    [InlineData("""[{"id": "Q1"}, 7]""", "input.json: [1]: not Wikidata entity JSON: expected an entity object, found a number")]
    [InlineData("""{"entities": []}""", "entities: not Wikidata entity JSON: expected an object of entities by id, found a list")]
    [InlineData("""{"id": "Q1", "labels": {"en": "A"}}""", "input.json.labels.en: expected a term (an object with language and value), found text")]
    [InlineData("""{"id": "Q1", "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31"}, "rank": "best"}]}}""", "input.json.claims.P31[0].rank: 'best' is not a rank")]
    [InlineData("""{"id": "Q1", "claims": {"P31": [{"rank": "normal"}]}}""", "input.json.claims.P31[0]: a statement needs a 'mainsnak'")]
    public void Input_that_is_not_Wikidata_is_refused_with_a_message_that_says_where(string json, string message)
    {
        var import = () => Import(json);

        import.Should().Throw<InteropFormatException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Popolo_and_PLOVER_json_lines_fed_to_it_are_refused()
    {
        var plover = """
            {"id": "e1", "date": "2020-01-01", "actor": [{"code": "USA"}], "event": ["CONSULT"]}
            {"id": "e2", "date": "2020-01-02", "actor": [{"code": "RUS"}], "event": ["CONSULT"]}
            """;
        var popolo = File.ReadAllText(Path.Combine(Fixtures.Folder("popolo-spec"), "person.json"));

        ((Func<ImportResult>)(() => Import(plover))).Should().Throw<InteropFormatException>().Which.Message.Should().Contain("line 1").And.Contain("'e1' is not a Wikidata entity id");
        ((Func<ImportResult>)(() => Import(popolo))).Should().Throw<InteropFormatException>().Which.Message.Should().Contain("not Wikidata entity JSON");
    }

    [Theory]
    [InlineData("+2019-13-45T00:00:00Z", 11, "P569[0].mainsnak.datavalue.value.time: '+2019-13-45T00:00:00Z' is not a date: month 13, day 45")]
    [InlineData("+2019-02-30T00:00:00Z", 11, "'+2019-02-30T00:00:00Z' is not a date: 2019-02 has no day 30")]
    [InlineData("2019-05-20", 11, "'2019-05-20' is not a Wikidata time (+YYYY-MM-DDT00:00:00Z)")]
    [InlineData("+2019-00-00T00:00:00Z", 11, "is not a date: month 00, day 00 at precision 11")]
    [InlineData("+2019-05-20T00:00:00Z", 15, "P569[0].mainsnak.datavalue.value.precision: 15 is not a Wikidata precision (0 to 14)")]
    public void A_time_that_is_not_a_time_is_refused_with_where(string time, int precision, string message)
    {
        var import = () => Import(Born(time, precision));

        import.Should().Throw<InteropFormatException>().Which.Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("+1990-00-00T00:00:00Z", 8, "1990/1999")]
    [InlineData("+1978-00-00T00:00:00Z", 9, "1978")]
    [InlineData("+1978-01-00T00:00:00Z", 10, "1978-01")]
    [InlineData("+1978-01-25T00:00:00Z", 11, "1978-01-25")]
    [InlineData("+00000001978-01-25T00:00:00Z", 11, "1978-01-25")]
    [InlineData("+1978-01-25T00:00:00Z", 14, "1978-01-25")]
    public void A_time_keeps_its_precision_and_a_decade_becomes_the_range_of_its_years(string time, int precision, string expected)
    {
        Import(Born(time, precision)).Record.Actors[0].ExistsFrom!.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("+1900-00-00T00:00:00Z", 7, "claims.P569 time (precision coarser than a decade)")]
    [InlineData("-0044-03-15T00:00:00Z", 11, "claims.P569 time (year outside 1 to 9999)")]
    [InlineData("+12019-05-20T00:00:00Z", 11, "claims.P569 time (year outside 1 to 9999)")]
    public void A_time_the_model_cannot_hold_is_reported_never_shifted(string time, int precision, string reported)
    {
        var result = Import(Born(time, precision));

        result.Record.Actors[0].ExistsFrom.Should().BeNull();
        result.Report.Unmapped[reported].Should().Be(1);
    }

    [Fact]
    public void A_julian_day_is_converted_to_the_same_day_of_the_gregorian_calendar_and_a_julian_month_is_reported()
    {
        var julianDay = Born("+1917-10-25T00:00:00Z", 11).Replace("Q1985727", "Q1985786", StringComparison.Ordinal);
        var julianMonth = Born("+1917-10-00T00:00:00Z", 10).Replace("Q1985727", "Q1985786", StringComparison.Ordinal);

        var day = Import(julianDay);
        var month = Import(julianMonth);

        day.Record.Actors[0].ExistsFrom!.ToString().Should().Be("1917-11-07");
        day.Report.Warnings.Should().Contain(warning => warning.Contains("Julian calendar day, converted to Gregorian", StringComparison.Ordinal));
        month.Record.Actors[0].ExistsFrom.Should().BeNull();
        month.Report.Unmapped["claims.P569 time (Julian calendar at month precision or coarser)"].Should().Be(1);
    }

    [Fact]
    public void An_unknown_datavalue_type_is_reported_and_skipped()
    {
        var result = Import(Born("+1978-01-25T00:00:00Z", 11, "hologram"));

        result.Record.Actors[0].ExistsFrom.Should().BeNull();
        result.Report.Unmapped["claims.P569 (datavalue type 'hologram' unknown)"].Should().Be(1);
    }

    [Fact]
    public void A_duplicate_entity_is_imported_once_and_the_copy_reported()
    {
        var result = Import("""[{"id": "Q1", "labels": {"en": {"language": "en", "value": "A"}}}, {"id": "Q1", "labels": {"en": {"language": "en", "value": "B"}}}]""");

        result.Record.Actors.Should().ContainSingle().Which.Names.Should().ContainSingle().Which.Text.Should().Be("A");
        result.Report.Unmapped["entities (duplicate id; the later copy is skipped)"].Should().Be(1);
        result.Report.Warnings.Should().Contain("input.json: [1]: entity Q1 is already at input.json: [0]; this copy is skipped");
    }

    [Fact]
    public void An_unknown_class_is_reported_not_guessed_and_a_language_code_that_is_not_bcp47_is_skipped()
    {
        var result = Import("""
            {"id": "Q9", "labels": {"en": {"language": "en", "value": "A"}, "zh-classical": {"language": "zh-classical", "value": "甲"}}, "claims": {
              "P31": [{"mainsnak": {"snaktype": "value", "property": "P31", "datavalue": {"value": {"entity-type": "item", "numeric-id": 123456}, "type": "wikibase-entityid"}}, "rank": "normal"}]}}
            """);

        var actor = result.Record.Actors.Single();
        actor.Kind.Should().Be(Actors.ActorKind.Other);
        actor.Names.Should().ContainSingle();
        result.Report.Unmapped["claims.P31 (no class in the mapping: actor kind Other)"].Should().Be(1);
        result.Report.Unmapped["labels (language code not BCP 47: zh-classical)"].Should().Be(1);
        result.Report.Warnings.Should().Contain(warning => warning.Contains("Q123456, none of them in the mapping", StringComparison.Ordinal));
    }

    [Fact]
    public void A_huge_string_is_imported_whole_and_shortened_in_messages()
    {
        var huge = new string('x', 1_000_000);

        Import("{\"id\": \"Q1\", \"labels\": {\"en\": {\"language\": \"en\", \"value\": \"" + huge + "\"}}}").Record.Actors[0].Names[0].Text.Should().HaveLength(huge.Length);
        var refused = () => Import($$"""{"id": "Q{{huge}}"}""");
        refused.Should().Throw<InteropFormatException>().Which.Message.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_as_text_that_is_not_unicode()
    {
        var import = () => Import("""{"id": "Q1", "labels": {"en": {"language": "en", "value": "A\ud800"}}}""");

        import.Should().Throw<InteropFormatException>().Which.Message.Should().Contain("not valid Unicode");
    }

    [Fact]
    public void A_deeply_nested_document_is_refused_as_not_json_not_with_a_crash()
    {
        var import = () => Import(new string('[', 10_000) + new string(']', 10_000));

        import.Should().Throw<InteropFormatException>().Which.Message.Should().Contain("not JSON");
    }
}
