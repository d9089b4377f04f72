using NegotiationModel.TestData;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NegotiationModel.Actors;
using NegotiationModel.Serialization;
using NegotiationModel.Statements;

namespace NegotiationModel.Tests.Serialization;

/// <summary>An application's own message that carries the library's entities, as a consumer would write it.</summary>
public sealed record BriefingPayload(string Channel, Actor Speaker, Statement Statement);

/// <summary>The application's own source-generated context: it knows its payload, not the library's contract.</summary>
[JsonSerializable(typeof(BriefingPayload))]
internal sealed partial class BriefingContext : JsonSerializerContext;

/// <summary>
/// <see cref="JsonSerializerOptionsExtensions.ConfigureForNegotiationModel"/> lets an application embed entities in
/// its own System.Text.Json payloads, written exactly as the library writes them and read back equal.
/// </summary>
public sealed class ConsumerContextTest
{
    private static readonly string Fixtures = RepositoryFiles.PathOf("tests/NegotiationModel.Tests/Fixtures/v1.0");

    public static TheoryData<string> Records() => [SampleFiles.MiamiTalks, Path.Combine(Fixtures, "newer-minor-with-unknown-members.json")];

    [Theory]
    [MemberData(nameof(Records))]
    public void Entities_in_a_consumers_context_are_written_as_the_library_writes_them_and_read_back_equal(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var record = NegotiationJson.Deserialize(bytes);
        using var library = JsonDocument.Parse(NegotiationJson.SerializeToUtf8Bytes(record));
        var options = ConsumerOptions().ConfigureForNegotiationModel();

        foreach (var (speaker, speakerJson) in record.Actors.Zip(library.RootElement.GetProperty("actors").EnumerateArray()))
        {
            var (statement, statementJson) = record.Statements.Count > 0
                ? (record.Statements[0], library.RootElement.GetProperty("statements")[0])
                : (new Statement(new("only"), [speaker.Id], [new LocalizedText("Text.", "en")]), default);
            var payload = new BriefingPayload("briefings", speaker, statement);

            var json = JsonSerializer.Serialize(payload, (JsonTypeInfo<BriefingPayload>)options.GetTypeInfo(typeof(BriefingPayload)));
            using var written = JsonDocument.Parse(json);

            Compact(written.RootElement.GetProperty("speaker")).Should().Be(Compact(speakerJson), "the actor is written with the library's members, names and values");
            if (statementJson.ValueKind != JsonValueKind.Undefined)
            {
                Compact(written.RootElement.GetProperty("statement")).Should().Be(Compact(statementJson));
            }

            written.RootElement.GetProperty("channel").GetString().Should().Be("briefings", "the application's own members keep its own naming policy");
            JsonSerializer.Deserialize(json, (JsonTypeInfo<BriefingPayload>)options.GetTypeInfo(typeof(BriefingPayload))).Should().Be(payload);
        }
    }

    [Fact]
    public void Unknown_members_of_an_embedded_entity_survive_the_consumers_round_trip()
    {
        var record = NegotiationJson.Deserialize(File.ReadAllBytes(Path.Combine(Fixtures, "newer-minor-with-unknown-members.json")));
        var options = new JsonSerializerOptions { TypeInfoResolver = BriefingContext.Default }.ConfigureForNegotiationModel();
        var payload = new BriefingPayload("briefings", record.Actors[0], new Statement(new("only"), [record.Actors[0].Id], [new LocalizedText("Text.", "en")]));

        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize(payload, options), (JsonTypeInfo<BriefingPayload>)options.GetTypeInfo(typeof(BriefingPayload)))!;

        read.Speaker.UnknownMembers.Should().ContainKey("mood");
        read.Speaker.Citations[0].UnknownMembers.Should().ContainKey("archivedAt");
    }

    [Fact]
    public void Options_already_in_use_are_refused()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = BriefingContext.Default };
        options.MakeReadOnly();

        var configure = () => options.ConfigureForNegotiationModel();

        configure.Should().Throw<InvalidOperationException>().WithMessage("*read-only*");
    }

    // An application's own choices, unlike the format's in every way that could change an entity's JSON.
    private static JsonSerializerOptions ConsumerOptions() => new()
    {
        TypeInfoResolver = BriefingContext.Default,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString,
        WriteIndented = true,
    };

    // The same JSON text in one spelling: no indentation, non-ASCII as itself, so that only members and values count.
    private static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
