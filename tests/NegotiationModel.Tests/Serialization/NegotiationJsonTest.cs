using System.Text;
using NegotiationModel.Actors;
using NegotiationModel.Identifiers;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;
using NodaTime;

namespace NegotiationModel.Tests.Serialization;

public sealed class NegotiationJsonTest
{
    private static NegotiationRecord SmallRecord() => new("Miami talks")
    {
        LastUpdated = Instant.FromUtc(2025, 12, 29, 10, 31),
        Actors = [new Actor(new ActorId("trump"), ActorKind.Person, [new("Donald Trump", "en"), new("トランプ", "ja")])],
        Statements =
        [
            new Statement(new StatementId("trump-thorny"), [new ActorId("trump")], [new LocalizedText("One or two thorny issues remain.", "en")]),
        ],
    };

    [Fact]
    public void A_record_reads_back_equal_to_what_was_written()
    {
        var record = SmallRecord();

        var json = NegotiationJson.Serialize(record);

        NegotiationJson.Deserialize(json).Should().Be(record);
        NegotiationJson.Deserialize(Encoding.UTF8.GetBytes(json)).Should().Be(record);
    }

    [Fact]
    public async Task The_stream_API_round_trips_too()
    {
        var record = SmallRecord();
        using var stream = new MemoryStream();

        await NegotiationJson.SerializeAsync(stream, record, TestContext.Current.CancellationToken);
        stream.Position = 0;

        (await NegotiationJson.DeserializeAsync(stream, TestContext.Current.CancellationToken)).Should().Be(record);
    }

    [Fact]
    public void The_format_uses_camel_case_kebab_case_enums_plain_ids_and_iso_instants()
    {
        var json = NegotiationJson.Serialize(SmallRecord());

        json.Should().Contain("\"schemaVersion\": \"1.0\"")
            .And.Contain("\"lastUpdated\": \"2025-12-29T10:31:00Z\"")
            .And.Contain("\"kind\": \"person\"")
            .And.Contain("\"speakers\": [\n        \"trump\"\n      ]")
            .And.Contain("トランプ", "non-ASCII text is written as itself, not escaped");
    }

    [Fact]
    public void Malformed_json_gives_the_documented_exception_with_its_location()
    {
        var read = () => NegotiationJson.Deserialize("{\n  \"title\": \"x\",\n  \"actors\": [ { \"id\": \"a\" ");

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.LineNumber.Should().Be(2);
        error.Message.Should().Contain("line 3");
    }

    [Fact]
    public void An_invalid_identifier_is_reported_with_its_path()
    {
        var read = () => NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"x","actors":[{"id":"bad id","kind":"person","names":[{"text":"A","language":"en"}]}]}""");

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Problem.Should().StartWith("'bad id' is not a valid identifier");
        error.Path.Should().Be("$.actors[0].id");
    }

    [Fact]
    public void A_broken_invariant_is_reported_as_the_documented_exception_with_its_path()
    {
        var read = () => NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"x","actors":[{"id":"a","kind":"person","names":[]}]}""");

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Problem.Should().Be("An actor needs at least one name.");
        error.Path.Should().Be("$.actors[0].names");
    }

    [Fact]
    public void An_unknown_enum_value_is_rejected()
    {
        var read = () => NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"x","actors":[{"id":"a","kind":"robot","names":[{"text":"A","language":"en"}]}]}""");

        read.Should().Throw<NegotiationJsonException>().Which.Path.Should().Be("$.actors[0].kind");
    }

    [Fact]
    public void A_newer_major_schema_version_is_refused_with_a_message_saying_so()
    {
        var read = () => NegotiationJson.Deserialize("""{"schemaVersion":"2.0","title":"x"}""");

        read.Should().Throw<NegotiationJsonException>()
            .WithMessage("*schema version 2.0, a newer major version than this library reads (1.0)*");
    }

    [Fact]
    public void The_schema_version_is_required()
    {
        var read = () => NegotiationJson.Deserialize("""{"title":"x"}""");

        read.Should().Throw<NegotiationJsonException>().Which.Problem.Should().Contain("schemaVersion");
    }

    [Fact]
    public void The_null_literal_is_not_a_record()
    {
        var read = () => NegotiationJson.Deserialize("null");

        read.Should().Throw<NegotiationJsonException>().Which.Path.Should().Be("$");
    }

    [Fact]
    public void The_sample_record_loads()
    {
        var record = NegotiationJson.Deserialize(File.ReadAllBytes(SampleFiles.MiamiTalks));

        record.Find(new ActorId("ushakov"))!.Names.Should().Contain(n => n.Text == "ウィシャコフ");
    }
}
