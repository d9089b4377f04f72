using System.Text.Json.Nodes;
using CsCheck;
using NegotiationModel.Interop.Popolo;
using NegotiationModel.Serialization;

namespace NegotiationModel.Interop.Tests.Popolo;

public sealed class PopoloRoundTripTest
{
    private static readonly PopoloImportOptions English = new() { Language = "en" };

    [Fact]
    public void The_specification_examples_exported_again_validate_against_the_Popolo_schemas()
    {
        var exported = JsonNode.Parse(PopoloExporter.Export(PopoloImportTest.ImportSpecificationExamples().Record, "en"))!;

        SchemaErrors(exported).Should().BeEmpty();
        exported.AsObject().Select(list => list.Key).Should().Equal("persons", "organizations", "memberships", "areas", "events", "speeches");
    }

    [Theory]
    [InlineData("person.json", "persons", new[] { "id", "name", "identifiers", "birth_date", "death_date", "summary" })]
    [InlineData("organization.json", "organizations", new[] { "id", "name", "identifiers", "parent_id", "founding_date", "dissolution_date" })]
    [InlineData("metadata.json", "persons", new[] { "id", "name", "sources" })]
    [InlineData("area.json", "areas", new[] { "name", "identifier", "parent_id" })]
    [InlineData("speech.json", "speeches", new[] { "creator_id", "text", "date", "event_id" })]
    [InlineData("event.json", "events", new[] { "id", "name", "description", "start_date", "end_date", "location", "identifiers", "organization_id", "attendees", "parent_id" })]
    public void A_round_trip_keeps_every_mapped_member_of_an_example(string file, string list, string[] members)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.Folder("popolo-spec"), file)))!;

        var imported = PopoloImporter.Import([Fixtures.Input("popolo-spec", file)], English).Record;
        var exported = JsonNode.Parse(PopoloExporter.Export(imported, "en"))![list]!.AsArray().Single()!;

        foreach (var member in members)
        {
            JsonNode.DeepEquals(exported[member], original[member]).Should().BeTrue($"{member} was {original[member]?.ToJsonString()} and is {exported[member]?.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("organizations", "party")]
    [InlineData("organizations", "legislature")]
    [InlineData("organizations", "state")]
    [InlineData("areas", "district")]
    [InlineData("areas", "city")]
    public void A_classification_in_the_mapping_table_survives_the_round_trip_and_its_synonyms_become_its_first_word(string list, string classification)
    {
        var json = $$"""{"{{list}}": [{"id": "x", "name": "X", "classification": "{{classification.ToUpperInvariant()}}"}]}""";

        var exported = JsonNode.Parse(PopoloExporter.Export(PopoloImporter.Import(json).Record, "und"))!;

        exported[list]![0]!["classification"]!.GetValue<string>().Should().Be(classification);
    }

    [Fact]
    public void Memberships_keep_member_organization_role_and_period()
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(Fixtures.Folder("popolo-spec"), "membership.json")))!;
        var imported = PopoloImporter.Import([Fixtures.Input("popolo-spec", "person.json"), Fixtures.Input("popolo-spec", "membership.json")], English).Record;

        var exported = JsonNode.Parse(PopoloExporter.Export(imported, "en"))!["memberships"]!.AsArray().Single()!;

        foreach (var member in new[] { "person_id", "organization_id", "role", "start_date", "end_date" })
        {
            JsonNode.DeepEquals(exported[member], original[member]).Should().BeTrue(member);
        }
    }

    [Fact]
    public void Generated_Popolo_survives_import_export_import_unchanged_and_its_export_validates()
    {
        PopoloGenerator.Document.Sample(json =>
        {
            var first = PopoloImporter.Import([new InteropInput("generated.json", json)], English).Record;
            var exported = PopoloExporter.Export(first, "en");
            var second = PopoloImporter.Import([new InteropInput("exported.json", exported)], English).Record;

            NegotiationJson.Serialize(second).Should().Be(NegotiationJson.Serialize(first));
            PopoloExporter.Export(second, "en").Should().Be(exported);
            SchemaErrors(JsonNode.Parse(exported)!).Should().BeEmpty();
        }, iter: 100);
    }

    private static List<string> SchemaErrors(JsonNode document)
    {
        var errors = new List<string>();
        foreach (var (list, items) in document.AsObject())
        {
            var schema = list switch { "persons" => "person", "organizations" => "organization", "memberships" => "membership", "areas" => "area", "events" => "event", _ => "speech" };
            var index = 0;
            foreach (var item in items!.AsArray())
            {
                errors.AddRange(PopoloSchemas.Errors(item!, schema).Select(error => $"{list}[{index}]{error}"));
                index++;
            }
        }

        return errors;
    }
}
