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

        json.Should().Contain($"\"schemaVersion\": \"{SchemaVersion.Current}\"", "a record the library creates declares the version it writes")
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
        error.Path?.ToString().Should().Be("$['actors'][0]['id']");
    }

    [Fact]
    public void A_broken_invariant_is_reported_as_the_documented_exception_with_its_path()
    {
        var read = () => NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"x","actors":[{"id":"a","kind":"person","names":[]}]}""");

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Problem.Should().Be("An actor needs at least one name.");
        error.Path?.ToString().Should().Be("$['actors'][0]['names']");
    }

    [Fact]
    public void An_unknown_enum_value_is_rejected()
    {
        var read = () => NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"x","actors":[{"id":"a","kind":"robot","names":[{"text":"A","language":"en"}]}]}""");

        read.Should().Throw<NegotiationJsonException>().Which.Path?.ToString().Should().Be("$['actors'][0]['kind']");
    }

    [Fact]
    public void A_newer_major_schema_version_is_refused_with_a_message_saying_so()
    {
        var read = () => NegotiationJson.Deserialize("""{"schemaVersion":"2.0","title":"x"}""");

        read.Should().Throw<NegotiationJsonException>()
            .WithMessage($"*schema version 2.0, a newer major version than this library reads ({SchemaVersion.Current})*");
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

        read.Should().Throw<NegotiationJsonException>().Which.Path?.ToString().Should().Be("$");
    }

    [Fact]
    public void The_sample_record_loads()
    {
        var record = NegotiationJson.Deserialize(File.ReadAllBytes(SampleFiles.MiamiTalks));

        record.Find(new ActorId("ushakov"))!.Names.Should().Contain(n => n.Text == "ウィシャコフ");
    }

    [Fact]
    public void The_sync_stream_API_round_trips_and_writes_the_same_bytes_as_the_other_writers()
    {
        var record = SmallRecord();
        using var stream = new MemoryStream();

        NegotiationJson.Serialize(stream, record);

        stream.ToArray().Should().Equal(NegotiationJson.SerializeToUtf8Bytes(record));
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(NegotiationJson.Serialize(record));
        stream.Position = 0;
        NegotiationJson.Deserialize(stream).Should().Be(record);
    }

    [Fact]
    public void The_canonical_form_has_no_byte_order_mark_two_space_indents_and_unix_line_ends()
    {
        var bytes = NegotiationJson.SerializeToUtf8Bytes(SmallRecord());
        var text = Encoding.UTF8.GetString(bytes);

        bytes[0].Should().Be((byte)'{');
        text.Should().NotContain("\r").And.StartWith($"{{\n  \"schemaVersion\": \"{SchemaVersion.Current}\",\n  \"title\"").And.EndWith("\n}");
    }

    [Fact]
    public void Reading_options_apply_to_every_overload()
    {
        var json = """{"schemaVersion":"1.0","title":"t","extra":1}""";
        var strict = NegotiationJsonReadOptions.Strict;

        FluentActions.Invoking(() => NegotiationJson.Deserialize(json, strict)).Should().Throw<NegotiationJsonException>().Which.Path?.ToString().Should().Be("$['extra']");
        FluentActions.Invoking(() => NegotiationJson.Deserialize(Encoding.UTF8.GetBytes(json), strict)).Should().Throw<NegotiationJsonException>();
        FluentActions.Invoking(() => NegotiationJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(json)), strict)).Should().Throw<NegotiationJsonException>();
        FluentActions.Awaiting(() => NegotiationJson.DeserializeAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), strict, TestContext.Current.CancellationToken)).Should().ThrowAsync<NegotiationJsonException>();
        NegotiationJson.Deserialize(json).UnknownMembers.Should().ContainKey("extra");
    }

    [Fact]
    public void Default_options_are_documented_values()
    {
        NegotiationJsonReadOptions.Default.MaxInputBytes.Should().Be(64L * 1024 * 1024);
        NegotiationJsonReadOptions.Default.MaxDepth.Should().Be(64);
        NegotiationJsonReadOptions.Default.RejectUnknownMembers.Should().BeFalse();
        NegotiationJsonReadOptions.Strict.Should().Be(NegotiationJsonReadOptions.Default with { RejectUnknownMembers = true });
        NegotiationJsonReadOptions.Strict.ToString().Should().Be("MaxInputBytes=67108864, MaxDepth=64, RejectUnknownMembers=True");
    }

    [Fact]
    public void A_lone_surrogate_built_in_code_is_refused_at_construction()
    {
        // UTF-8 cannot carry a lone surrogate and readers reject one: a writer would have to replace it with U+FFFD
        // and lose it, so the model refuses it where it is given.
        var build = () => new NegotiationRecord("broken \uD800 text");

        build.Should().Throw<ArgumentException>().WithMessage("*lone surrogate*index 7*").And.ParamName.Should().Be("Title");
    }

    [Fact]
    public void An_older_minor_version_loads_and_keeps_its_version()
    {
        var record = NegotiationJson.Deserialize("""{"schemaVersion":"1.0","title":"t"}""");
        var newer = NegotiationJson.Deserialize("""{"schemaVersion":"1.7","title":"t"}""");

        record.SchemaVersion.Should().Be(new SchemaVersion(1, 0));
        NegotiationJson.Serialize(record).Should().Contain("\"schemaVersion\": \"1.0\"", "a record read is written back with the version it declares");
        newer.SchemaVersion.Should().Be(new SchemaVersion(1, 7));
        NegotiationJson.Serialize(newer).Should().Contain("\"schemaVersion\": \"1.7\"");
    }

    [Fact]
    public void A_newer_major_version_is_refused_before_its_members_are_read()
    {
        // Version 2 may have changed what "actors" holds: the message must say "upgrade", not report that.
        var read = () => NegotiationJson.Deserialize("""{"title":"x","actors":"changed in 2.0","schemaVersion":"2.1"}""");

        var error = read.Should().Throw<NegotiationJsonException>().Which;
        error.Problem.Should().Contain("newer major version").And.Contain("upgrade");
        error.Path?.ToString().Should().Be("$['schemaVersion']");
    }
}
