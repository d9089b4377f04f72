using System.Text.Json.Nodes;
using NegotiationModel.Serialization;

namespace NegotiationModel.Cli.Tests.Commands;

public sealed class ImportExportCommandTest
{
    // Hand-written in the shape of the combined form EveryPolitician publishes for a legislature.
    private const string Legislature = """
        {
          "persons": [
            {"id": "p1", "name": "Ana Diaz", "email": "ana@example.org", "identifiers": [{"scheme": "wikidata", "identifier": "Q101"}], "birth_date": "1954"},
            {"id": "party/abigenga_mizero_y’abarundi", "name": "Abigenga", "gender": "female"}
          ],
          "organizations": [{"id": "parl", "name": "Parliament", "classification": "legislature", "founding_date": "1920-01"}],
          "memberships": [{"person_id": "p1", "organization_id": "parl", "role": "member", "start_date": "2015-07", "post_id": "seat-1"}]
        }
        """;

    [Fact]
    public async Task Import_writes_a_valid_record_and_reports_created_and_unmapped_counts()
    {
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "popolo", CliRun.TempFile(Legislature), "-o", output, "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("created:\n  actor: 3\n  membership: 1\n").And.Contain("not mapped:\n").And.Contain("  persons[].email: 1\n").And.Contain("  memberships[].post_id: 1\n");
        var record = NegotiationJson.Deserialize(File.ReadAllText(output));
        record.Actors.Should().HaveCount(3);
        record.Actors.Single(actor => actor.Id.Value == "p1").ExistsFrom!.ToString().Should().Be("1954");
        (await CliRun.InvokeAsync("validate", output)).ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Import_into_a_record_merges_actors_that_share_an_external_identifier()
    {
        var existing = CliRun.TempFile("""{"schemaVersion": "1.1", "title": "Talks", "actors": [{"id": "ana", "kind": "person", "names": [{"text": "Ana Díaz", "language": "es"}], "identifiers": [{"scheme": "wikidata", "value": "Q101"}]}]}""");
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "popolo", CliRun.TempFile(Legislature), "--into", existing, "-o", output, "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("merged:\n  actor: 1\n");
        var record = NegotiationJson.Deserialize(File.ReadAllText(output));
        record.Title.Should().Be("Talks");
        var ana = record.Actors.Single(actor => actor.Id.Value == "ana");
        ana.Names.Select(name => name.Text).Should().Equal("Ana Díaz", "Ana Diaz");
        ana.Memberships.Should().ContainSingle().Which.Organisation!.Value.Value.Should().Be("parl");
        record.Actors.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("AgtId,Con,Agt\n1,Ukraine,Minsk\n", "not Popolo: not JSON")]
    [InlineData("""{"persons": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}""", "persons[1].id: duplicate id 'a'")]
    [InlineData("""{"persons": [{"id": "a", "name": "A", "birth_date": "the fifties"}]}""", "persons[0].birth_date: 'the fifties' is not a date")]
    public async Task Input_not_of_the_format_exits_1_with_where_and_no_stack_trace(string content, string message)
    {
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "popolo", CliRun.TempFile(content), "-o", output);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message).And.NotContain("   at ");
        File.ReadAllText(output).Should().BeEmpty();
    }

    [Fact]
    public async Task Import_plover_reads_json_lines_and_refuses_popolo()
    {
        var events = CliRun.TempFile("{\"id\": \"e1\", \"date\": \"2022-03-29\", \"actor\": [{\"code\": \"UKR\", \"sector\": \"GOV\"}], \"event\": [\"CONSULT\"], \"mode\": [\"phone\"], \"coder\": \"x\"}\n", ".jsonl");
        var output = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("import", "plover", events, "-o", output);
        var wrong = await CliRun.InvokeAsync("import", "plover", CliRun.TempFile(Legislature), "-o", CliRun.TempFile(string.Empty));

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("  statement: 1\n").And.Contain("  coder: 1\n");
        NegotiationJson.Deserialize(File.ReadAllText(output)).Events.Should().ContainSingle();
        wrong.ExitCode.Should().Be(1);
        wrong.Error.Should().Contain("line 1: not PLOVER JSON Lines");
        var exported = CliRun.TempFile(string.Empty, ".jsonl");
        (await CliRun.InvokeAsync("export", "plover", output, "-o", exported)).ExitCode.Should().Be(0);
        File.ReadAllText(exported).Should().StartWith("{\"id\":\"e1\",\"date\":\"2022-03-29\",\"actor\":[{\"code\":\"UKR\",\"sector\":\"GOV\"").And.Contain("\"mode\":[\"phone\"]").And.EndWith("}\n");
    }

    [Fact]
    public async Task Bytes_that_are_not_UTF8_exit_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"negotiation-cli-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(path, [0x7B, 0xFF, 0xFE, 0x7D], TestContext.Current.CancellationToken);

        var run = await CliRun.InvokeAsync("import", "popolo", path, "-o", CliRun.TempFile(string.Empty));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("is not popolo: it is not UTF-8 text");
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("import", "gedcom", CliRun.TempFile("{}"), "-o", CliRun.TempFile(string.Empty));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("gedcom");
    }

    [Fact]
    public async Task Export_writes_Popolo_that_imports_back_to_the_same_actors()
    {
        var record = CliRun.TempFile(string.Empty);
        (await CliRun.InvokeAsync("import", "popolo", CliRun.TempFile(Legislature), "-o", record, "--language", "en")).ExitCode.Should().Be(0);
        var popolo = CliRun.TempFile(string.Empty);

        var run = await CliRun.InvokeAsync("export", "popolo", record, "-o", popolo, "--language", "en");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("persons: 2");
        var exported = JsonNode.Parse(File.ReadAllText(popolo))!;
        exported["persons"]!.AsArray().Select(person => person!["id"]!.GetValue<string>()).Should().Equal("p1", "party/abigenga_mizero_y’abarundi");
        var again = CliRun.TempFile(string.Empty);
        (await CliRun.InvokeAsync("import", "popolo", popolo, "-o", again, "--language", "en")).ExitCode.Should().Be(0);
        NegotiationJson.Deserialize(File.ReadAllText(again)).Actors.Should().Equal(NegotiationJson.Deserialize(File.ReadAllText(record)).Actors);
    }

    [Fact]
    public async Task Export_of_a_file_that_is_not_a_record_exits_1()
    {
        var run = await CliRun.InvokeAsync("export", "popolo", CliRun.TempFile(Legislature), "-o", CliRun.TempFile(string.Empty));

        run.ExitCode.Should().Be(1);
        run.Error.Should().NotContain("   at ");
    }

    [Theory]
    [InlineData("resolved", ".jsonl")]
    [InlineData("csv", ".csv")]
    [InlineData("parquet", ".parquet")]
    public async Task Export_of_the_analytics_formats_writes_every_dated_item_and_counts_them(string format, string extension)
    {
        var output = CliRun.TempFile(string.Empty, extension);

        var run = await CliRun.InvokeAsync("export", format, CliRun.Sample, "-o", output);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("created:\n").And.Contain("  event: ").And.Contain("  status-change: ");
        var bytes = File.ReadAllBytes(output);
        var expected = format switch
        {
            "parquet" => "PAR1",
            "csv" => "entry,kind,id,item,path,when,until,precision,start,end,known_from,",
            _ => "{\"entry\":",
        };
        System.Text.Encoding.UTF8.GetString(bytes, 0, expected.Length).Should().Be(expected);
    }

    [Theory]
    [InlineData("resolved")]
    [InlineData("parquet")]
    public async Task Export_to_a_folder_that_does_not_exist_exits_2_naming_the_file_without_a_stack_trace(string format)
    {
        var output = Path.Combine(Path.GetTempPath(), $"negotiation-cli-missing-{Guid.NewGuid():N}", "out.parquet");

        var run = await CliRun.InvokeAsync("export", format, CliRun.Sample, "-o", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"cannot write '{output}'").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task Export_of_a_record_that_does_not_read_exits_1_without_a_stack_trace(string format)
    {
        var output = CliRun.TempFile(string.Empty, ".out");

        var run = await CliRun.InvokeAsync("export", format, CliRun.TempFile("""{"schemaVersion": "1.1", "title": "t", "events": [{"id": "e", "kind": "meeting", "when": "2025-02-30"}]}"""), "-o", output);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("2025-02-30").And.NotContain("   at ");
        File.ReadAllText(output).Should().BeEmpty();
    }
}
